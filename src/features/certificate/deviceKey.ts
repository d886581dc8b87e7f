/**
 * The holder's device key (docs/certificate-format.md): made on this phone, the secret half kept in
 * app storage under its own key and never sent anywhere; only the public half is bound to the certificate.
 */
import { base64UrlEncode } from '@/domain/certificate/encoding'
import { generateDeviceKeyPair } from '@/domain/certificate/keys'
import { readJson, writeJson } from '@/lib/storage'
import { secureRandomBytes } from '@/lib/random'

export const DEVICE_KEY_STORAGE_KEY = 'wic.deviceKey'
const SECRET_KEY_BYTES = 32
const BASE64URL_32 = /^[A-Za-z0-9_-]{43}$/

export interface StoredDeviceKey {
  version: 1
  /** base64url */
  secretKey: string
  /** base64url */
  publicKey: string
}

export function loadDeviceKey(): StoredDeviceKey | null {
  const stored = readJson<Partial<StoredDeviceKey>>(DEVICE_KEY_STORAGE_KEY)
  if (!stored || stored.version !== 1) return null
  if (typeof stored.secretKey !== 'string' || typeof stored.publicKey !== 'string') return null
  if (!BASE64URL_32.test(stored.secretKey) || !BASE64URL_32.test(stored.publicKey)) return null
  return stored as StoredDeviceKey
}

let pending: Promise<StoredDeviceKey> | null = null

/** The stored key, or a new one (random bytes drawn first: on weapp the source is asynchronous). */
export function ensureDeviceKey(): Promise<StoredDeviceKey> {
  const existing = loadDeviceKey()
  if (existing) return Promise.resolve(existing)
  // Two screens asking at once must not make two keys.
  pending ??= secureRandomBytes(SECRET_KEY_BYTES)
    .then((bytes) => {
      const pair = generateDeviceKeyPair(() => bytes)
      const key: StoredDeviceKey = { version: 1, secretKey: base64UrlEncode(pair.secretKey), publicKey: base64UrlEncode(pair.publicKey) }
      writeJson(DEVICE_KEY_STORAGE_KEY, key)
      return key
    })
    .finally(() => {
      pending = null
    })
  return pending
}
