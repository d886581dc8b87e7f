/**
 * Sealing text for storage, in two formats that both open anywhere:
 *
 * - `wic-seal:1:<base64url(nonce ‖ ciphertext ‖ tag)>`: XChaCha20-Poly1305 (@noble/ciphers, pure JS, so it
 *   runs in the mini-program too) under the 32-byte key, 24-byte nonce. Sealed and opened synchronously.
 * - `wic-seal:2:<base64url(nonce ‖ ciphertext ‖ tag)>`: AES-256-GCM, 12-byte nonce, under a key derived
 *   from the same one (HKDF-SHA256), so one key never serves two ciphers. Sealed and opened by the
 *   browser's WebCrypto (native, off the page's thread: large values such as the demo backend's world),
 *   and opened synchronously in JS (@noble) where a caller cannot wait. H5 only (lib/sealGcm.ts): the
 *   mini-program has no WebCrypto, never writes it, and keeps its main package without the cipher.
 *
 * Pure functions, no Taro: the key and the nonces come from the caller (lib/sealKey.ts keeps the
 * per-install key). A sealed value that was changed, cut short or sealed under another key does not
 * open: `openSealed` throws a SealBroken error and the caller treats the data as missing.
 */
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js'
import { base64UrlDecode, base64UrlEncode, utf8Decode, utf8Encode } from '@/domain/certificate/encoding'
import { gcmDecrypt, gcmDecryptNative, gcmEncrypt, gcmEncryptNative } from './sealGcm'

export const SEAL_PREFIX = 'wic-seal:1:'
export const SEAL_PREFIX_GCM = 'wic-seal:2:'
export const SEAL_KEY_BYTES = 32
export const SEAL_NONCE_BYTES = 24
export const GCM_NONCE_BYTES = 12
const TAG_BYTES = 16

/** Errors carry a flag rather than a subclass: instanceof on Error subclasses breaks in ES5 builds. */
export type SealBroken = Error & { sealBroken: true }

export function sealBroken(reason: string): SealBroken {
  return Object.assign(new Error(`Sealed value does not open: ${reason}`), { sealBroken: true as const })
}

export function isSealBroken(error: unknown): error is SealBroken {
  return (error as Partial<SealBroken> | null)?.sealBroken === true
}

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && (value.startsWith(SEAL_PREFIX) || value.startsWith(SEAL_PREFIX_GCM))
}

/**
 * Seals `plain` under `key` with `nonce` (24 bytes). A nonce must never repeat under one key: the
 * caller draws it at random or from a random prefix and a counter.
 */
export function sealText(key: Uint8Array, nonce: Uint8Array, plain: string): string {
  if (key.length !== SEAL_KEY_BYTES) throw new RangeError('Seal key must be 32 bytes')
  if (nonce.length !== SEAL_NONCE_BYTES) throw new RangeError('Seal nonce must be 24 bytes')
  return pack(SEAL_PREFIX, nonce, xchacha20poly1305(key, nonce).encrypt(utf8Encode(plain)))
}

/** The nonce and the box (ciphertext ‖ tag) of a sealed value; throws SealBroken when it cannot be read. */
function unpack(sealed: string, prefix: string, nonceBytes: number): { nonce: Uint8Array; box: Uint8Array } {
  let bytes: Uint8Array
  try {
    bytes = base64UrlDecode(sealed.slice(prefix.length))
  } catch {
    throw sealBroken('bad encoding')
  }
  if (bytes.length < nonceBytes + TAG_BYTES) throw sealBroken('too short')
  return { nonce: bytes.subarray(0, nonceBytes), box: bytes.subarray(nonceBytes) }
}

function pack(prefix: string, nonce: Uint8Array, box: Uint8Array): string {
  const out = new Uint8Array(nonce.length + box.length)
  out.set(nonce, 0)
  out.set(box, nonce.length)
  return prefix + base64UrlEncode(out)
}

/** Opens a value made by sealText or sealTextGcm under the same key; throws SealBroken on anything else. */
export function openSealed(key: Uint8Array, sealed: string): string {
  if (!isSealed(sealed)) throw sealBroken('not sealed')
  const gcmFormat = sealed.startsWith(SEAL_PREFIX_GCM)
  const { nonce, box } = gcmFormat ? unpack(sealed, SEAL_PREFIX_GCM, GCM_NONCE_BYTES) : unpack(sealed, SEAL_PREFIX, SEAL_NONCE_BYTES)
  let plain: Uint8Array
  try {
    plain = gcmFormat ? gcmDecrypt(key, nonce, box) : xchacha20poly1305(key, nonce).decrypt(box)
  } catch {
    // Tag mismatch: changed bytes or another key. The library's message is not passed on.
    throw sealBroken('authentication failed')
  }
  return utf8Decode(plain)
}

/** Seals in the AES-GCM format with JS (the WebCrypto form is sealTextAsync): same bytes for the same nonce. */
export function sealTextGcm(key: Uint8Array, nonce: Uint8Array, plain: string): string {
  if (key.length !== SEAL_KEY_BYTES) throw new RangeError('Seal key must be 32 bytes')
  if (nonce.length !== GCM_NONCE_BYTES) throw new RangeError('Seal nonce must be 12 bytes')
  return pack(SEAL_PREFIX_GCM, nonce, gcmEncrypt(key, nonce, utf8Encode(plain)))
}

// ---------------------------------------------------------------- WebCrypto

/** The browser's WebCrypto, or null (the mini-program, old browsers, jsdom). */
export function webCrypto(): SubtleCrypto | null {
  return (globalThis as { crypto?: Crypto }).crypto?.subtle ?? null
}

/** sealTextGcm through WebCrypto (needs webCrypto()): the same format and bytes, without the page's thread. */
export async function sealTextAsync(key: Uint8Array, nonce: Uint8Array, plain: string): Promise<string> {
  const subtle = webCrypto()
  if (!subtle) return sealTextGcm(key, nonce, plain)
  if (key.length !== SEAL_KEY_BYTES) throw new RangeError('Seal key must be 32 bytes')
  if (nonce.length !== GCM_NONCE_BYTES) throw new RangeError('Seal nonce must be 12 bytes')
  return pack(SEAL_PREFIX_GCM, nonce, await gcmEncryptNative(subtle, key, nonce, utf8Encode(plain)))
}

/** openSealed, with the AES-GCM format opened by WebCrypto where there is one. */
export async function openSealedAsync(key: Uint8Array, sealed: string): Promise<string> {
  const subtle = webCrypto()
  if (!subtle || typeof sealed !== 'string' || !sealed.startsWith(SEAL_PREFIX_GCM)) return openSealed(key, sealed)
  const { nonce, box } = unpack(sealed, SEAL_PREFIX_GCM, GCM_NONCE_BYTES)
  let plain: Uint8Array
  try {
    plain = await gcmDecryptNative(subtle, key, nonce, box)
  } catch {
    throw sealBroken('authentication failed')
  }
  return utf8Decode(plain)
}
