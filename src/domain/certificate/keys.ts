/**
 * Ed25519 keys, key ids, signatures, and the hash tree over a certificate's claims. Pure JS (@noble): the mini-program has no crypto.subtle.
 */
import * as ed from '@noble/ed25519'
import { sha256, sha512 } from '@noble/hashes/sha2.js'
import { base64UrlDecode, base64UrlEncode, concatBytes, DIGEST_BYTES, KID_BYTES, PUBLIC_KEY_BYTES, SIGNATURE_BYTES } from './encoding'
import type { RandomBytes, TrustedIssuerKey } from './types'

// The sync API needs a SHA-512; noble's default is WebCrypto (async), absent in WeChat.
ed.hashes.sha512 = sha512

export const SECRET_KEY_BYTES = 32

export interface KeyPair {
  secretKey: Uint8Array
  publicKey: Uint8Array
  /** Short id of the public key (see keyId). */
  kid: string
}

/** globalThis.crypto.getRandomValues when the platform has it (browsers, Node); null in old WeChat base libraries. */
export function systemRandomBytes(): RandomBytes | null {
  const cryptoApi = (globalThis as { crypto?: { getRandomValues?: (array: Uint8Array) => Uint8Array } }).crypto
  if (typeof cryptoApi?.getRandomValues !== 'function') return null
  return (length) => cryptoApi.getRandomValues!(new Uint8Array(length))
}

/** Draws `length` bytes from the injected source, else the system one; refuses to fall back to Math.random. */
export function drawRandomBytes(length: number, source?: RandomBytes): Uint8Array {
  const random = source ?? systemRandomBytes()
  if (!random) throw new Error('No secure random source: inject one (e.g. from wx.getRandomValues)')
  const bytes = random(length)
  if (bytes?.length !== length) throw new Error('Random source returned the wrong length')
  // Copy: normalises arrays from another realm (e.g. a test environment) for @noble's type checks.
  return Uint8Array.from(bytes)
}

/** Accepts raw bytes or base64url (the form keys are stored in), checking the length. */
export function keyBytes(key: Uint8Array | string, length: number, label: string): Uint8Array {
  const bytes = typeof key === 'string' ? base64UrlDecode(key) : key
  if (bytes.length !== length) throw new Error(`${label} must be ${length} bytes`)
  return bytes
}

/** base64url of the first 8 bytes of SHA-256(public key): short enough for every QR code, unique enough for a handful of issuer keys. */
export function keyId(publicKey: Uint8Array): string {
  return base64UrlEncode(sha256(publicKey).slice(0, KID_BYTES))
}

export function publicKeyOf(secretKey: Uint8Array | string): Uint8Array {
  return ed.getPublicKey(keyBytes(secretKey, SECRET_KEY_BYTES, 'secret key'))
}

/** A fresh Ed25519 key pair. On the holder's phone this is the device key: the secret half never leaves it. */
export function generateKeyPair(randomBytes?: RandomBytes): KeyPair {
  const secretKey = drawRandomBytes(SECRET_KEY_BYTES, randomBytes)
  const publicKey = ed.getPublicKey(secretKey)
  return { secretKey, publicKey, kid: keyId(publicKey) }
}

export const generateDeviceKeyPair = generateKeyPair

export function signMessage(message: Uint8Array, secretKey: Uint8Array | string): Uint8Array {
  return ed.sign(message, keyBytes(secretKey, SECRET_KEY_BYTES, 'secret key'))
}

/** Never throws: malformed keys or signatures simply do not verify. Strict RFC 8032 checks (no ZIP-215 leniency). */
export function verifyMessage(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    if (signature.length !== SIGNATURE_BYTES || publicKey.length !== PUBLIC_KEY_BYTES) return false
    return ed.verify(signature, message, publicKey, { zip215: false })
  } catch {
    return false
  }
}

// ---------------------------------------------------------------- claims tree

/**
 * Hashes are SHA-256 truncated to 128 bits: forging a claim needs a second preimage (2^128 work) and
 * the holder never picks the salts, so truncation keeps codes small without weakening them.
 * Leaf and inner nodes are prefixed differently so one can never pass for the other.
 */
function truncatedHash(prefix: number, ...parts: Uint8Array[]): Uint8Array {
  return sha256(concatBytes(Uint8Array.of(prefix), ...parts)).slice(0, DIGEST_BYTES)
}

/** Leaf of one salted claim: hashes the disclosure text's UTF-8 bytes exactly as transmitted. */
export function claimLeaf(disclosureBytes: Uint8Array): Uint8Array {
  return truncatedHash(0x00, disclosureBytes)
}

function parentOf(left: Uint8Array, right: Uint8Array): Uint8Array {
  return truncatedHash(0x01, left, right)
}

/** Tree levels from the leaves (length a power of two) up to the root. */
function treeLevels(leaves: readonly Uint8Array[]): Uint8Array[][] {
  if (leaves.length === 0 || (leaves.length & (leaves.length - 1)) !== 0) throw new Error('leaf count must be a power of two')
  const levels = [leaves.slice()]
  while (levels[levels.length - 1].length > 1) {
    const below = levels[levels.length - 1]
    levels.push(Array.from({ length: below.length / 2 }, (_, i) => parentOf(below[2 * i], below[2 * i + 1])))
  }
  return levels
}

export function claimsRoot(leaves: readonly Uint8Array[]): Uint8Array {
  const levels = treeLevels(leaves)
  return levels[levels.length - 1][0]
}

/** Sibling hashes from leaf `index` up to (not including) the root. */
export function claimPath(leaves: readonly Uint8Array[], index: number): Uint8Array[] {
  return treeLevels(leaves)
    .slice(0, -1)
    .map((level, height) => level[(index >> height) ^ 1])
}

/** The root a leaf and its path lead to; the verifier compares it with the signed root. */
export function rootFromPath(leaf: Uint8Array, index: number, path: readonly Uint8Array[]): Uint8Array {
  return path.reduce((node, sibling, height) => ((index >> height) & 1 ? parentOf(sibling, node) : parentOf(node, sibling)), leaf)
}

export { sha256 }

/**
 * The cached issuer key with this id, or null. A record whose key does not hash to its kid is
 * ignored, so a corrupted cache cannot make one key stand in for another.
 */
export function trustedPublicKey(issuerKeys: readonly TrustedIssuerKey[], kid: string): Uint8Array | null {
  for (const record of issuerKeys) {
    if (record?.kid !== kid) continue
    try {
      const publicKey = keyBytes(record.publicKey, PUBLIC_KEY_BYTES, 'issuer key')
      if (keyId(publicKey) === kid) return publicKey
    } catch {
      // Unreadable record: keep looking.
    }
  }
  return null
}
