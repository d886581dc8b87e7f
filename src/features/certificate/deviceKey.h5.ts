/**
 * H5: the device key is a non-extractable WebCrypto Ed25519 key, kept in IndexedDB (which stores the
 * CryptoKey object itself). Script on the page can ask the browser to sign with it, but can never read the
 * secret out, so a copy of storage is not enough to make codes on another phone. Browsers without Ed25519
 * in WebCrypto, or without IndexedDB, keep it sealed as the mini-program does (deviceKeySealed.ts).
 */
import { base64UrlEncode, base64UrlDecode } from '@/domain/certificate/encoding'
import { createSealedDeviceKey, deviceKeyStore, loadSealedDeviceKey, readSealedSecret, removeSealedSecret, type DeviceKey } from './deviceKeySealed'

export type { DeviceKey } from './deviceKeySealed'

const DB_NAME = 'wic-device-key'
const STORE = 'keys'
const RECORD = 'device'
/** RFC 8410 PKCS#8 wrapping of a 32-byte Ed25519 private key (the seed follows). */
const PKCS8_ED25519_PREFIX = Uint8Array.of(0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20)

interface StoredPair {
  publicKey: string
  privateKey: CryptoKey
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

function openDb(): Promise<IDBDatabase> {
  const open = indexedDB.open(DB_NAME, 1)
  open.onupgradeneeded = () => open.result.createObjectStore(STORE)
  return request(open)
}

async function readPair(): Promise<StoredPair | null> {
  const db = await openDb()
  try {
    const value = (await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(RECORD))) as Partial<StoredPair> | undefined
    return value && typeof value.publicKey === 'string' && value.privateKey instanceof CryptoKey ? (value as StoredPair) : null
  } finally {
    db.close()
  }
}

async function writePair(pair: StoredPair): Promise<void> {
  const db = await openDb()
  try {
    const tx = db.transaction(STORE, 'readwrite')
    tx.objectStore(STORE).put(pair, RECORD)
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
      tx.onabort = () => reject(tx.error)
    })
  } finally {
    db.close()
  }
}

function handle(pair: StoredPair): DeviceKey {
  return {
    publicKey: pair.publicKey,
    protection: 'non_extractable',
    sign: async (message) => new Uint8Array(await crypto.subtle.sign('Ed25519', pair.privateKey, Uint8Array.from(message)))
  }
}

let nativeSupport: Promise<boolean> | null = null
/** The pair the support check made: the first key `create` keeps, so a new phone makes one key, not two. */
let spare: CryptoKeyPair | null = null

const generatePair = async () => (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair

/** Whether this browser can make and keep a non-extractable Ed25519 key. */
function supportsNative(): Promise<boolean> {
  nativeSupport ??= (async () => {
    if (typeof indexedDB === 'undefined' || !globalThis.crypto?.subtle) return false
    try {
      spare = await generatePair()
      return true
    } catch {
      return false
    }
  })()
  return nativeSupport
}

/** A key sealed by an earlier version moves into WebCrypto (same key: the binding stays), and leaves storage. */
async function migrateSealed(): Promise<DeviceKey | null> {
  const stored = await readSealedSecret()
  if (!stored) return null
  const der = new Uint8Array(PKCS8_ED25519_PREFIX.length + 32)
  der.set(PKCS8_ED25519_PREFIX)
  der.set(base64UrlDecode(stored.secretKey), PKCS8_ED25519_PREFIX.length)
  const privateKey = await crypto.subtle.importKey('pkcs8', der, { name: 'Ed25519' }, false, ['sign'])
  der.fill(0)
  const pair = { publicKey: stored.publicKey, privateKey }
  await writePair(pair)
  removeSealedSecret()
  return handle(pair)
}

/**
 * A stored pair proves the browser can keep one: no probe on this path (the certificate screen waits for it).
 * Support is asked only when a sealed key could move into WebCrypto.
 */
async function load(): Promise<DeviceKey | null> {
  try {
    const pair = typeof indexedDB === 'undefined' ? null : await readPair()
    if (pair) return handle(pair)
    return (await supportsNative()) ? await migrateSealed() : await loadSealedDeviceKey()
  } catch {
    // IndexedDB refused (private mode in some browsers): the sealed key, if there is one.
    return loadSealedDeviceKey()
  }
}

async function create(): Promise<DeviceKey> {
  if (await supportsNative()) {
    try {
      const keys = spare ?? (await generatePair())
      spare = null
      const pair = { publicKey: base64UrlEncode(new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey))), privateKey: keys.privateKey }
      await writePair(pair)
      return handle(pair)
    } catch {
      // Falls through to the sealed key.
    }
  }
  return createSealedDeviceKey()
}

const store = deviceKeyStore({ load, create })

export const { loadDeviceKey, ensureDeviceKey } = store

export function resetDeviceKeyForTests(): void {
  store.reset()
  nativeSupport = null
  spare = null
}
