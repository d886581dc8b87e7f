/** H5: the browser's Web Crypto random source (synchronous, wrapped to match the other platforms). */
export async function secureRandomBytes(length: number): Promise<Uint8Array> {
  const cryptoApi = globalThis.crypto
  if (typeof cryptoApi?.getRandomValues !== 'function') throw new Error('No secure random source in this browser')
  return cryptoApi.getRandomValues(new Uint8Array(length))
}
