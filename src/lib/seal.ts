/**
 * Sealing text for storage: XChaCha20-Poly1305 (@noble/ciphers, pure JS, so it runs in the mini-program
 * too) under a 32-byte key, written as `wic-seal:1:<base64url(nonce ‖ ciphertext ‖ tag)>`.
 *
 * lib/sealGcm.ts adds a second format for large values on H5 (AES-GCM through WebCrypto).
 *
 * Pure functions, no Taro: the key and the nonces come from the caller (lib/sealKey.ts keeps the
 * per-install key). A sealed value that was changed, cut short or sealed under another key does not
 * open: `openSealed` throws a SealBroken error and the caller treats the data as missing.
 */
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js'
import { base64UrlDecode, base64UrlEncode, utf8Decode, utf8Encode } from '@/domain/certificate/encoding'

export const SEAL_PREFIX = 'wic-seal:1:'
export const SEAL_KEY_BYTES = 32
export const SEAL_NONCE_BYTES = 24
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
  return typeof value === 'string' && value.startsWith(SEAL_PREFIX)
}

/**
 * Seals `plain` under `key` with `nonce` (24 bytes). A nonce must never repeat under one key: the
 * caller draws it at random or from a random prefix and a counter.
 */
export function sealText(key: Uint8Array, nonce: Uint8Array, plain: string): string {
  if (key.length !== SEAL_KEY_BYTES) throw new RangeError('Seal key must be 32 bytes')
  if (nonce.length !== SEAL_NONCE_BYTES) throw new RangeError('Seal nonce must be 24 bytes')
  return packSealed(SEAL_PREFIX, nonce, xchacha20poly1305(key, nonce).encrypt(utf8Encode(plain)))
}

/** `prefix` + base64url(nonce ‖ box): the layout of every seal format. */
export function packSealed(prefix: string, nonce: Uint8Array, box: Uint8Array): string {
  const out = new Uint8Array(nonce.length + box.length)
  out.set(nonce, 0)
  out.set(box, nonce.length)
  return prefix + base64UrlEncode(out)
}

/** The nonce and the box (ciphertext ‖ tag) of a sealed value; throws SealBroken when it cannot be read. */
export function unpackSealed(sealed: string, prefix: string, nonceBytes: number): { nonce: Uint8Array; box: Uint8Array } {
  if (typeof sealed !== 'string' || !sealed.startsWith(prefix)) throw sealBroken('not sealed')
  let bytes: Uint8Array
  try {
    bytes = base64UrlDecode(sealed.slice(prefix.length))
  } catch {
    throw sealBroken('bad encoding')
  }
  if (bytes.length < nonceBytes + TAG_BYTES) throw sealBroken('too short')
  return { nonce: bytes.subarray(0, nonceBytes), box: bytes.subarray(nonceBytes) }
}

/** Opens a value made by sealText under the same key; throws SealBroken on anything else. */
export function openSealed(key: Uint8Array, sealed: string): string {
  const { nonce, box } = unpackSealed(sealed, SEAL_PREFIX, SEAL_NONCE_BYTES)
  let plain: Uint8Array
  try {
    plain = xchacha20poly1305(key, nonce).decrypt(box)
  } catch {
    // Poly1305 tag mismatch: changed bytes or another key. The library's message is not passed on.
    throw sealBroken('authentication failed')
  }
  return utf8Decode(plain)
}
