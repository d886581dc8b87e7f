/**
 * The mini-program has no WebCrypto, so it never writes the AES-GCM format (lib/seal.ts), and its storage
 * is its own: it never meets one. It keeps the cipher out of its main package; a value in that format
 * reads as one that does not open.
 */
const unsupported = (): never => {
  throw new Error('The AES-GCM seal is not used in the mini-program')
}

export const gcmEncrypt = (_key: Uint8Array, _nonce: Uint8Array, _plain: Uint8Array): Uint8Array => unsupported()
export const gcmDecrypt = (_key: Uint8Array, _nonce: Uint8Array, _box: Uint8Array): Uint8Array => unsupported()
export const gcmEncryptNative = (_subtle: SubtleCrypto, _key: Uint8Array, _nonce: Uint8Array, _plain: Uint8Array): Promise<Uint8Array> => new Promise<Uint8Array>(() => unsupported())
export const gcmDecryptNative = (_subtle: SubtleCrypto, _key: Uint8Array, _nonce: Uint8Array, _box: Uint8Array): Promise<Uint8Array> => new Promise<Uint8Array>(() => unsupported())
