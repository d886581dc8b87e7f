/**
 * Secure random bytes (the certificate's device key, the key that seals personal data in storage). This
 * file is the default (and the type every platform file matches); random.h5.ts and random.weapp.ts are
 * picked by the Taro build for their platform.
 */
export async function secureRandomBytes(length: number): Promise<Uint8Array> {
  const cryptoApi = (globalThis as { crypto?: { getRandomValues?: (array: Uint8Array) => Uint8Array } }).crypto
  if (typeof cryptoApi?.getRandomValues !== 'function') throw new Error('No secure random source on this device')
  return cryptoApi.getRandomValues(new Uint8Array(length))
}
