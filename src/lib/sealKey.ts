/**
 * The per-install key that seals personal data in app storage (drafts holding passport numbers, the
 * embedded demo backend's state, the signed certificate), and the nonces sealing uses.
 *
 * Threat model, honestly: the key is random per install and lives in app storage too, in its own entry
 * (`wic.sealKey`; on H5 a separate localStorage item). Sealing keeps passport numbers out of storage
 * dumps, exported or backed-up storage, logs and bug reports that copy storage as text, and away from
 * other scripts that scan storage for plain personal data (an analytics or crash SDK, an extension
 * reading localStorage by pattern). It does NOT protect against code running in the app's own origin
 * (or inside the mini-program), which can read the key exactly as the app does, nor against someone
 * holding the unlocked phone with the app open. On weapp, wx storage is already private to the
 * mini-program and the WeChat user; sealing there guards against the same casual exposures.
 *
 * Randomness: H5 (and Node/jsdom in tests) has a synchronous source, so a key and a fresh random nonce
 * are available at once. WeChat's wx.getRandomValues is asynchronous: prepareSealing() draws the key
 * and a 16-byte nonce prefix at launch, and nonces are that prefix plus a counter (never repeating
 * within a launch; a new random prefix each launch). Until then sealForStorage() returns null and the
 * caller holds the write back (writeSealed, lib/sealedStorage.ts).
 */
import Taro from '@tarojs/taro'
import { base64UrlDecode, base64UrlEncode } from '@/domain/certificate/encoding'
import { secureRandomBytes } from './random'
import { openSealed, sealBroken, sealText, SEAL_KEY_BYTES, SEAL_NONCE_BYTES } from './seal'

export const SEAL_KEY_STORAGE_KEY = 'wic.sealKey'
const PREFIX_BYTES = 16

type SyncRandom = (bytes: Uint8Array) => Uint8Array

function syncRandom(): SyncRandom | null {
  const source = (globalThis as { crypto?: { getRandomValues?: SyncRandom } }).crypto
  return typeof source?.getRandomValues === 'function' ? (bytes) => source.getRandomValues!(bytes) : null
}

let cached: { text: string; key: Uint8Array } | null = null
let noncePrefix: Uint8Array | null = null
let counter = 0
let preparing: Promise<void> | null = null

function readStoredKey(): Uint8Array | null {
  let text: unknown
  try {
    text = Taro.getStorageSync(SEAL_KEY_STORAGE_KEY)
  } catch {
    return null
  }
  if (typeof text !== 'string' || text === '') return null
  if (cached?.text === text) return cached.key
  try {
    const key = base64UrlDecode(text)
    if (key.length !== SEAL_KEY_BYTES) return null
    cached = { text, key }
    return key
  } catch {
    return null
  }
}

function storeKey(key: Uint8Array): Uint8Array {
  const text = base64UrlEncode(key)
  Taro.setStorageSync(SEAL_KEY_STORAGE_KEY, text)
  cached = { text, key }
  return key
}

/** The key, made on the spot where a synchronous random source exists; null until prepareSealing() on weapp. */
function currentKey(): Uint8Array | null {
  const stored = readStoredKey()
  if (stored) return stored
  const random = syncRandom()
  return random ? storeKey(random(new Uint8Array(SEAL_KEY_BYTES))) : null
}

function nextNonce(): Uint8Array | null {
  const random = syncRandom()
  if (random) return random(new Uint8Array(SEAL_NONCE_BYTES))
  if (!noncePrefix) return null
  const nonce = new Uint8Array(SEAL_NONCE_BYTES)
  nonce.set(noncePrefix, 0)
  counter += 1
  // 8-byte big-endian counter after the prefix (2^53 seals per launch is more than enough).
  let n = counter
  for (let i = SEAL_NONCE_BYTES - 1; i >= PREFIX_BYTES; i--) {
    nonce[i] = n % 256
    n = Math.floor(n / 256)
  }
  return nonce
}

/** True when a value can be sealed right now. */
export function sealingReady(): boolean {
  return !!syncRandom() || (!!noncePrefix && !!readStoredKey())
}

/** Makes the key (if this install has none) and the nonce prefix; call at launch. Safe to call often. */
export function prepareSealing(): Promise<void> {
  if (sealingReady()) return Promise.resolve()
  preparing ??= (async () => {
    if (!readStoredKey()) storeKey(await secureRandomBytes(SEAL_KEY_BYTES))
    noncePrefix ??= await secureRandomBytes(PREFIX_BYTES)
  })().finally(() => {
    preparing = null
  })
  return preparing
}

/** Seals under this install's key; null when the key or a nonce is not available yet (weapp, first launch). */
export function sealForStorage(plain: string): string | null {
  const key = currentKey()
  const nonce = key ? nextNonce() : null
  return key && nonce ? sealText(key, nonce, plain) : null
}

/** Opens a value this install sealed. Throws SealBroken when it was changed or the key is gone. */
export function openFromStorage(sealed: string): string {
  const key = readStoredKey()
  if (!key) throw sealBroken('no key on this device')
  return openSealed(key, sealed)
}

/** Tests: forget what is held in memory (the stored key stays where it is). */
export function resetSealingForTests(): void {
  cached = null
  noncePrefix = null
  counter = 0
  preparing = null
}
