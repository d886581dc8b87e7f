/**
 * The device key kept sealed in app storage (lib/sealKey.ts, as passport data is): the mini-program's
 * way, and H5's where the browser has no Ed25519 in WebCrypto. The secret half stays in this module's
 * memory once opened; it is never written in plain form, and never sent anywhere.
 */
import type { DeviceKeyHandle } from '@/domain/certificate/present'
import { base64UrlEncode } from '@/domain/certificate/encoding'
import { generateDeviceKeyPair, keyBytes, publicKeyOf, SECRET_KEY_BYTES, signMessage } from '@/domain/certificate/keys'
import { isSealed } from '@/lib/seal'
import { openFromStorage, prepareSealing } from '@/lib/sealKey'
import { writeSealed } from '@/lib/sealedStorage'
import { secureRandomBytes } from '@/lib/random'
import { taroStateStorage } from '@/lib/storage'

export const DEVICE_KEY_STORAGE_KEY = 'wic.deviceKey'
const BASE64URL_32 = /^[A-Za-z0-9_-]{43}$/

export interface DeviceKey extends DeviceKeyHandle {
  /** How the secret half is kept on this phone (docs/privacy.md). */
  protection: 'non_extractable' | 'sealed'
}

interface StoredSecret {
  version: 1
  secretKey: string
  publicKey: string
}

function parseSecret(text: string): StoredSecret | null {
  try {
    const stored = JSON.parse(text) as Partial<StoredSecret>
    if (stored?.version !== 1 || typeof stored.secretKey !== 'string' || typeof stored.publicKey !== 'string') return null
    if (!BASE64URL_32.test(stored.secretKey) || !BASE64URL_32.test(stored.publicKey)) return null
    // A record whose halves do not match would bind one key and sign with another.
    return base64UrlEncode(publicKeyOf(stored.secretKey)) === stored.publicKey ? (stored as StoredSecret) : null
  } catch {
    return null
  }
}

function handle(stored: StoredSecret): DeviceKey {
  const secret = keyBytes(stored.secretKey, SECRET_KEY_BYTES, 'device secret key')
  return { publicKey: stored.publicKey, protection: 'sealed', sign: (message) => Promise.resolve(signMessage(message, secret)) }
}

/**
 * The secret as stored by this or an earlier version: sealed, or plain JSON from before sealing (sealed at
 * once, so the plain entry is gone after the first read). null when there is none or it does not open.
 */
export async function readSealedSecret(): Promise<StoredSecret | null> {
  const raw = taroStateStorage.getItem(DEVICE_KEY_STORAGE_KEY)
  if (typeof raw !== 'string') return null
  await prepareSealing()
  if (!isSealed(raw)) {
    const legacy = parseSecret(raw)
    if (legacy) writeSealed(DEVICE_KEY_STORAGE_KEY, JSON.stringify(legacy))
    else taroStateStorage.removeItem(DEVICE_KEY_STORAGE_KEY)
    return legacy
  }
  try {
    return parseSecret(openFromStorage(raw))
  } catch {
    // Sealed under a key this install no longer has: the phone makes a new key and binds again.
    return null
  }
}

export function removeSealedSecret(): void {
  taroStateStorage.removeItem(DEVICE_KEY_STORAGE_KEY)
}

export async function loadSealedDeviceKey(): Promise<DeviceKey | null> {
  const stored = await readSealedSecret()
  return stored ? handle(stored) : null
}

export async function createSealedDeviceKey(): Promise<DeviceKey> {
  const bytes = await secureRandomBytes(SECRET_KEY_BYTES)
  const pair = generateDeviceKeyPair(() => bytes)
  const stored: StoredSecret = { version: 1, secretKey: base64UrlEncode(pair.secretKey), publicKey: base64UrlEncode(pair.publicKey) }
  await prepareSealing()
  writeSealed(DEVICE_KEY_STORAGE_KEY, JSON.stringify(stored))
  return handle(stored)
}

/**
 * The key's life on one phone, whatever keeps it: loaded once, made at most once (two screens asking at once
 * must not make two keys), forgotten in memory by tests.
 */
export function deviceKeyStore(platform: { load: () => Promise<DeviceKey | null>; create: () => Promise<DeviceKey> }) {
  let loaded: Promise<DeviceKey | null> | null = null
  let pending: Promise<DeviceKey> | null = null
  const loadDeviceKey = (): Promise<DeviceKey | null> => {
    loaded ??= platform.load().then((key) => {
      if (!key) loaded = null
      return key
    })
    return loaded
  }
  const ensureDeviceKey = (): Promise<DeviceKey> => {
    pending ??= loadDeviceKey()
      .then(async (existing) => {
        if (existing) return existing
        const made = await platform.create()
        loaded = Promise.resolve(made)
        return made
      })
      .finally(() => {
        pending = null
      })
    return pending
  }
  const reset = () => {
    loaded = null
    pending = null
  }
  return { loadDeviceKey, ensureDeviceKey, reset }
}
