/**
 * Sealing text for storage: XChaCha20-Poly1305 (@noble/ciphers, pure JS, so it runs in the mini-program
 * too) under a 32-byte key, written as `wic-seal:1:<base64url(nonce ‖ ciphertext ‖ tag)>`.
 *
 * Pure functions, no Taro: the key and the nonces come from the caller (lib/sealKey.ts keeps the
 * per-install key). A sealed value that was changed, cut short or sealed under another key does not
 * open: `openSealed` throws a SealBroken error and the caller treats the data as missing.
 */
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js'
import { base64UrlDecode, base64UrlEncode, utf8Decode, utf8Encode } from '@/domain/certificate/encoding'

/** What every sealed value starts with; the format's number follows. */
export const SEALED_MARK = 'wic-seal:'
export const SEAL_PREFIX = `${SEALED_MARK}1:`
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
  const box = xchacha20poly1305(key, nonce).encrypt(utf8Encode(plain))
  const out = new Uint8Array(nonce.length + box.length)
  out.set(nonce, 0)
  out.set(box, nonce.length)
  return SEAL_PREFIX + base64UrlEncode(out)
}

/** Opens a value made by sealText under the same key; throws SealBroken on anything else. */
export function openSealed(key: Uint8Array, sealed: string): string {
  if (!isSealed(sealed)) throw sealBroken('not sealed')
  let bytes: Uint8Array
  try {
    bytes = base64UrlDecode(sealed.slice(SEAL_PREFIX.length))
  } catch {
    throw sealBroken('bad encoding')
  }
  if (bytes.length < SEAL_NONCE_BYTES + TAG_BYTES) throw sealBroken('too short')
  let plain: Uint8Array
  try {
    plain = xchacha20poly1305(key, bytes.subarray(0, SEAL_NONCE_BYTES)).decrypt(bytes.subarray(SEAL_NONCE_BYTES))
  } catch {
    // Poly1305 tag mismatch: changed bytes or another key. The library's message is not passed on.
    throw sealBroken('authentication failed')
  }
  return utf8Decode(plain)
}
