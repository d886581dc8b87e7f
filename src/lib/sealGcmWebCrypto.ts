/**
 * The second seal format's WebCrypto half (lib/sealGcm.ts has the format and the JavaScript cipher):
 * `wic-seal:2:<base64url(nonce ‖ ciphertext ‖ tag)>`, AES-256-GCM under a key derived from the install's
 * seal key with HKDF-SHA256. Apart so that H5's launch can open and seal with it (lib/sealedStorageAhead.h5.ts)
 * without bringing the JavaScript AES and HKDF code into the app's first scripts.
 */
import { utf8Decode, utf8Encode } from '@/domain/certificate/encoding'
import { packSealed, sealBroken, SEAL_KEY_BYTES, unpackSealed } from './seal'
import { sealForStorage, sealingMaterial } from './sealKey'

export const SEAL_PREFIX_GCM = 'wic-seal:2:'
export const GCM_NONCE_BYTES = 12
export const GCM_HKDF_INFO = 'wic-seal:2 AES-256-GCM'

let imported: { from: Uint8Array; key: Promise<CryptoKey> } | null = null

export function checkSealKey(key: Uint8Array): void {
  if (key.length !== SEAL_KEY_BYTES) throw new RangeError('Seal key must be 32 bytes')
}

export function checkGcmNonce(nonce: Uint8Array): void {
  if (nonce.length !== GCM_NONCE_BYTES) throw new RangeError('Seal nonce must be 12 bytes')
}

/** The browser's WebCrypto, or null (old browsers, jsdom). */
export function webCrypto(): SubtleCrypto | null {
  return (globalThis as { crypto?: Crypto }).crypto?.subtle ?? null
}

export function isSealedGcm(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(SEAL_PREFIX_GCM)
}

/** The AES key for a seal key, derived by WebCrypto (HKDF-SHA256 with no salt; cached: one install has one key). */
function cryptoKeyOf(subtle: SubtleCrypto, key: Uint8Array): Promise<CryptoKey> {
  if (imported?.from !== key) {
    checkSealKey(key)
    const info = Uint8Array.from(utf8Encode(GCM_HKDF_INFO))
    const derivedKey = subtle
      .importKey('raw', Uint8Array.from(key), 'HKDF', false, ['deriveKey'])
      .then((base) =>
        subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info }, base, { name: 'AES-GCM', length: 256 }, false, [
          'encrypt',
          'decrypt'
        ])
      )
    imported = { from: key, key: derivedKey }
  }
  return imported.key
}

/** Seals with WebCrypto. */
export async function sealWithWebCrypto(subtle: SubtleCrypto, key: Uint8Array, nonce: Uint8Array, plain: string): Promise<string> {
  checkGcmNonce(nonce)
  const box = await subtle.encrypt({ name: 'AES-GCM', iv: Uint8Array.from(nonce) }, await cryptoKeyOf(subtle, key), Uint8Array.from(utf8Encode(plain)))
  return packSealed(SEAL_PREFIX_GCM, nonce, new Uint8Array(box))
}

/** Opens with WebCrypto; throws SealBroken when the value was changed or sealed under another key. */
export async function openWithWebCrypto(subtle: SubtleCrypto, key: Uint8Array, sealed: string): Promise<string> {
  const { nonce, box } = unpackSealed(sealed, SEAL_PREFIX_GCM, GCM_NONCE_BYTES)
  let plain: ArrayBuffer
  try {
    plain = await subtle.decrypt({ name: 'AES-GCM', iv: Uint8Array.from(nonce) }, await cryptoKeyOf(subtle, key), Uint8Array.from(box))
  } catch {
    throw sealBroken('authentication failed')
  }
  return utf8Decode(new Uint8Array(plain))
}

// ---------------------------------------------------------------- with this install's key

/** True where sealForStorageAsync seals with WebCrypto. */
export function sealsAsynchronously(): boolean {
  return !!webCrypto() && sealingMaterial() !== null
}

/** Seals in this format with WebCrypto where it can; elsewhere as sealForStorage (the first format). */
export async function sealForStorageAsync(plain: string): Promise<string | null> {
  const subtle = webCrypto()
  const material = subtle ? sealingMaterial() : null
  if (!subtle || !material) return sealForStorage(plain)
  return sealWithWebCrypto(subtle, material.key, material.random(GCM_NONCE_BYTES), plain)
}
