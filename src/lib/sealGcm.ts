/**
 * The second seal format, for large values on H5 (the demo backend's world):
 * `wic-seal:2:<base64url(nonce ‖ ciphertext ‖ tag)>`, AES-256-GCM with a 12-byte nonce, under a key
 * derived from the install's seal key with HKDF-SHA256 (one key never serves two ciphers). Sealed and
 * opened by the browser's WebCrypto (native, off the page's thread); opened synchronously in JavaScript
 * (@noble) where a caller cannot wait. Same bytes either way.
 *
 * Only the demo backend's storage imports this, so the JavaScript cipher loads with it, not with the app
 * (H5's launch uses only the WebCrypto half, lib/sealGcmWebCrypto.ts). The mini-program, with no
 * WebCrypto, never writes this format and builds lib/sealGcm.weapp.ts instead.
 */
import { utf8Decode, utf8Encode } from '@/domain/certificate/encoding'
import { packSealed, sealBroken, unpackSealed } from './seal'
import {
  checkGcmNonce,
  checkSealKey,
  GCM_HKDF_INFO,
  GCM_NONCE_BYTES,
  isSealedGcm,
  openWithWebCrypto,
  SEAL_PREFIX_GCM,
  sealForStorageAsync,
  sealsAsynchronously,
  sealWithWebCrypto,
  webCrypto
} from './sealGcmWebCrypto'
import { openFromStorage, storedSealKey } from './sealKey'

export { GCM_NONCE_BYTES, isSealedGcm, SEAL_PREFIX_GCM, sealForStorageAsync, sealsAsynchronously, webCrypto }

let derived: { from: Uint8Array; key: Uint8Array } | null = null

/**
 * The JavaScript cipher, loaded at its first use: building AES's tables costs ~15 ms of the page's
 * thread, which H5 (sealing with WebCrypto) would otherwise pay at every start for a path it rarely takes.
 */
function jsGcm(): typeof import('@noble/ciphers/aes.js').gcm {
  return (require('@noble/ciphers/aes.js') as typeof import('@noble/ciphers/aes.js')).gcm
}

/** The AES key for a seal key, in JavaScript (the same bytes WebCrypto derives; cached). */
function aesKeyOf(key: Uint8Array): Uint8Array {
  checkSealKey(key)
  if (derived?.from !== key) {
    const { hkdf } = require('@noble/hashes/hkdf.js') as typeof import('@noble/hashes/hkdf.js')
    const { sha256 } = require('@noble/hashes/sha2.js') as typeof import('@noble/hashes/sha2.js')
    derived = { from: key, key: hkdf(sha256, key, undefined, utf8Encode(GCM_HKDF_INFO), 32) }
  }
  return derived.key
}

/** Seals in JavaScript: the same bytes as sealTextAsync for the same nonce. */
export function sealTextGcm(key: Uint8Array, nonce: Uint8Array, plain: string): string {
  checkGcmNonce(nonce)
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
  return subtle ? sealWithWebCrypto(subtle, key, nonce, plain) : sealTextGcm(key, nonce, plain)
}

/** openSealedGcm through WebCrypto where there is one. */
export async function openSealedGcmAsync(key: Uint8Array, sealed: string): Promise<string> {
  const subtle = webCrypto()
  return subtle ? openWithWebCrypto(subtle, key, sealed) : openSealedGcm(key, sealed)
}

// ---------------------------------------------------------------- with this install's key

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
