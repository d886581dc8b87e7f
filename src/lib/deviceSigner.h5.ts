/**
 * The device key's Ed25519 through the browser's WebCrypto: native code, off the page's thread, and
 * with no curve tables to build in JavaScript first (the first @noble signature on a cold page spends
 * ~60 ms doing that, on the certificate screen's critical moment). Browsers without Ed25519 in
 * WebCrypto (older Safari, older Firefox) get the JavaScript signer; Ed25519 is deterministic, so the
 * codes are the same bytes either way.
 */
import type { DeviceSigner } from '@/domain/certificate/present'
import { base64UrlDecode, base64UrlEncode } from '@/domain/certificate/encoding'
import { publicKeyOf, signMessage } from '@/domain/certificate/keys'

/** RFC 8410 PKCS#8 wrapping of a 32-byte Ed25519 private key (the seed follows). */
const PKCS8_ED25519_PREFIX = Uint8Array.of(0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20)

interface ImportedKey {
  key: CryptoKey
  publicKey: Uint8Array
}

let native: boolean | null = null
/** One import per device key: its codes are renewed every minute. */
const imported = new Map<string, Promise<ImportedKey>>()

async function importKey(subtle: SubtleCrypto, secretKey: Uint8Array): Promise<ImportedKey> {
  const der = new Uint8Array(PKCS8_ED25519_PREFIX.length + secretKey.length)
  der.set(PKCS8_ED25519_PREFIX)
  der.set(secretKey, PKCS8_ED25519_PREFIX.length)
  // Extractable so the public half can be read back (JWK `x`); the secret is already in this page's storage.
  const key = await subtle.importKey('pkcs8', der, { name: 'Ed25519' }, true, ['sign'])
  const jwk = await subtle.exportKey('jwk', key)
  if (typeof jwk.x !== 'string') throw new Error('No public key in the exported JWK')
  return { key, publicKey: base64UrlDecode(jwk.x) }
}

/** The imported key, or null where this browser's WebCrypto has no Ed25519. */
async function nativeKey(secretKey: Uint8Array): Promise<ImportedKey | null> {
  const subtle = (globalThis as { crypto?: Crypto }).crypto?.subtle
  if (!subtle || native === false) return null
  const id = base64UrlEncode(secretKey)
  let entry = imported.get(id)
  if (!entry) {
    entry = importKey(subtle, secretKey)
    imported.set(id, entry)
  }
  try {
    const key = await entry
    native = true
    return key
  } catch {
    imported.delete(id)
    native = false
    return null
  }
}

export const deviceSigner: DeviceSigner = {
  async publicKey(secretKey) {
    const key = await nativeKey(secretKey)
    return key ? key.publicKey.slice() : publicKeyOf(secretKey)
  },
  async sign(message, secretKey) {
    const key = await nativeKey(secretKey)
    if (!key) return signMessage(message, secretKey)
    return new Uint8Array(await crypto.subtle.sign('Ed25519', key.key, Uint8Array.from(message)))
  }
}
