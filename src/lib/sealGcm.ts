/**
 * AES-256-GCM for the `wic-seal:2` format (lib/seal.ts), under a key derived from the seal key with
 * HKDF-SHA256 so one key never serves two ciphers. In JavaScript (@noble) and through WebCrypto: same bytes.
 * The mini-program builds lib/sealGcm.weapp.ts instead.
 */
import { gcm } from '@noble/ciphers/aes.js'
import { hkdf } from '@noble/hashes/hkdf.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { utf8Encode } from '@/domain/certificate/encoding'

let derived: { from: Uint8Array; key: Uint8Array } | null = null
let imported: { from: Uint8Array; key: Promise<CryptoKey> } | null = null

/** The AES key for a seal key (cached: one install has one key). */
function gcmKeyOf(key: Uint8Array): Uint8Array {
  if (derived?.from !== key) derived = { from: key, key: hkdf(sha256, key, undefined, utf8Encode('wic-seal:2 AES-256-GCM'), 32) }
  return derived.key
}

function cryptoKeyOf(subtle: SubtleCrypto, key: Uint8Array): Promise<CryptoKey> {
  if (imported?.from !== key) {
    imported = { from: key, key: subtle.importKey('raw', Uint8Array.from(gcmKeyOf(key)), 'AES-GCM', false, ['encrypt', 'decrypt']) }
  }
  return imported.key
}

/** ciphertext ‖ tag. */
export function gcmEncrypt(key: Uint8Array, nonce: Uint8Array, plain: Uint8Array): Uint8Array {
  return gcm(gcmKeyOf(key), nonce).encrypt(plain)
}

/** Throws when the tag does not match. */
export function gcmDecrypt(key: Uint8Array, nonce: Uint8Array, box: Uint8Array): Uint8Array {
  return gcm(gcmKeyOf(key), nonce).decrypt(box)
}

export async function gcmEncryptNative(subtle: SubtleCrypto, key: Uint8Array, nonce: Uint8Array, plain: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv: Uint8Array.from(nonce) }, await cryptoKeyOf(subtle, key), Uint8Array.from(plain)))
}

/** Rejects when the tag does not match. */
export async function gcmDecryptNative(subtle: SubtleCrypto, key: Uint8Array, nonce: Uint8Array, box: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle.decrypt({ name: 'AES-GCM', iv: Uint8Array.from(nonce) }, await cryptoKeyOf(subtle, key), Uint8Array.from(box)))
}
