/**
 * The second seal format, for large values on H5 (the demo backend's world):
 * `wic-seal:2:<base64url(nonce ‖ ciphertext ‖ tag)>`, AES-256-GCM with a 12-byte nonce, under a key
 * derived from the install's seal key with HKDF-SHA256 (one key never serves two ciphers). Sealed and
 * opened by the browser's WebCrypto (native, off the page's thread); opened synchronously in JavaScript
 * (@noble) where a caller cannot wait. Same bytes either way.
 *
 * Only the demo backend's storage imports this, so the cipher loads with it, not with the app. The
 * mini-program, with no WebCrypto, never writes this format and builds lib/sealGcm.weapp.ts instead.
 */
import { utf8Decode, utf8Encode } from '@/domain/certificate/encoding'
import { packSealed, sealBroken, SEAL_KEY_BYTES, unpackSealed } from './seal'
import { openFromStorage, sealForStorage, sealingMaterial, storedSealKey } from './sealKey'

export const SEAL_PREFIX_GCM = 'wic-seal:2:'
export const GCM_NONCE_BYTES = 12

const HKDF_INFO = 'wic-seal:2 AES-256-GCM'

let derived: { from: Uint8Array; key: Uint8Array } | null = null
let imported: { from: Uint8Array; key: Promise<CryptoKey> } | null = null

function checkKey(key: Uint8Array): void {
  if (key.length !== SEAL_KEY_BYTES) throw new RangeError('Seal key must be 32 bytes')
}

/**
 * The JavaScript cipher, loaded at its first use: building AES's tables costs ~15 ms of the page's
 * thread, which H5 (sealing with WebCrypto) would otherwise pay at every start for a path it rarely takes.
 */
function jsGcm(): typeof import('@noble/ciphers/aes.js').gcm {
  return (require('@noble/ciphers/aes.js') as typeof import('@noble/ciphers/aes.js')).gcm
}

/** The AES key for a seal key, in JavaScript (cached: one install has one key). */
function aesKeyOf(key: Uint8Array): Uint8Array {
  checkKey(key)
  if (derived?.from !== key) {
    const { hkdf } = require('@noble/hashes/hkdf.js') as typeof import('@noble/hashes/hkdf.js')
    const { sha256 } = require('@noble/hashes/sha2.js') as typeof import('@noble/hashes/sha2.js')
    derived = { from: key, key: hkdf(sha256, key, undefined, utf8Encode(HKDF_INFO), 32) }
  }
  return derived.key
}

/** The same AES key, derived by WebCrypto (HKDF-SHA256 with no salt: the same bytes as aesKeyOf). */
function cryptoKeyOf(subtle: SubtleCrypto, key: Uint8Array): Promise<CryptoKey> {
  if (imported?.from !== key) {
    checkKey(key)
    const info = Uint8Array.from(utf8Encode(HKDF_INFO))
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

function checkNonce(nonce: Uint8Array): void {
  if (nonce.length !== GCM_NONCE_BYTES) throw new RangeError('Seal nonce must be 12 bytes')
}

/** The browser's WebCrypto, or null (old browsers, jsdom). */
export function webCrypto(): SubtleCrypto | null {
  return (globalThis as { crypto?: Crypto }).crypto?.subtle ?? null
}

export function isSealedGcm(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(SEAL_PREFIX_GCM)
}

/** Seals in JavaScript: the same bytes as sealTextAsync for the same nonce. */
export function sealTextGcm(key: Uint8Array, nonce: Uint8Array, plain: string): string {
  checkNonce(nonce)
  return packSealed(SEAL_PREFIX_GCM, nonce, jsGcm()(aesKeyOf(key), nonce).encrypt(utf8Encode(plain)))
}

/** Opens in JavaScript; throws SealBroken when the value was changed or sealed under another key. */
export function openSealedGcm(key: Uint8Array, sealed: string): string {
  const { nonce, box } = unpackSealed(sealed, SEAL_PREFIX_GCM, GCM_NONCE_BYTES)
  try {
    return utf8Decode(jsGcm()(aesKeyOf(key), nonce).decrypt(box))
  } catch {
    throw sealBroken('authentication failed')
  }
}

/** sealTextGcm through WebCrypto where there is one. */
export async function sealTextAsync(key: Uint8Array, nonce: Uint8Array, plain: string): Promise<string> {
  const subtle = webCrypto()
  if (!subtle) return sealTextGcm(key, nonce, plain)
  checkNonce(nonce)
  const box = await subtle.encrypt({ name: 'AES-GCM', iv: Uint8Array.from(nonce) }, await cryptoKeyOf(subtle, key), Uint8Array.from(utf8Encode(plain)))
  return packSealed(SEAL_PREFIX_GCM, nonce, new Uint8Array(box))
}

/** openSealedGcm through WebCrypto where there is one. */
export async function openSealedGcmAsync(key: Uint8Array, sealed: string): Promise<string> {
  const subtle = webCrypto()
  if (!subtle) return openSealedGcm(key, sealed)
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
  const material = webCrypto() ? sealingMaterial() : null
  if (!material) return sealForStorage(plain)
  return sealTextAsync(material.key, material.random(GCM_NONCE_BYTES), plain)
}

/** Opens a value this install sealed, in either format. Throws SealBroken as openFromStorage does. */
export function openFromStorageAny(sealed: string): string {
  if (!isSealedGcm(sealed)) return openFromStorage(sealed)
  const key = storedSealKey()
  if (!key) throw sealBroken('no key on this device')
  return openSealedGcm(key, sealed)
}

/** openFromStorageAny, with this format opened by WebCrypto. */
export async function openFromStorageAnyAsync(sealed: string): Promise<string> {
  if (!isSealedGcm(sealed)) return openFromStorage(sealed)
  const key = storedSealKey()
  if (!key) throw sealBroken('no key on this device')
  return openSealedGcmAsync(key, sealed)
}
