import Taro from '@tarojs/taro'
import { SEAL_PREFIX } from './seal'
import { openFromStorage, prepareSealing, resetSealingForTests, sealForStorage, sealingReady, SEAL_KEY_STORAGE_KEY } from './sealKey'
import { discardUnreadable, sealedStateStorage, useUnreadableStorage } from './sealedStorage'

// The mini-program's random source is asynchronous; tests of that path take it from Node.
jest.mock('./random', () => ({ secureRandomBytes: async (n: number) => new Uint8Array(require('node:crypto').randomBytes(n)) }))

const NAME = 'wic.test.sealed'
const value = JSON.stringify({ state: { values: { 'passport.number': 'K7Q40Z218' } }, version: 1 })

/** Runs `body` as on weapp: no synchronous random source. */
async function withoutSyncRandom(body: () => Promise<void>): Promise<void> {
  const original = globalThis.crypto.getRandomValues
  Object.defineProperty(globalThis.crypto, 'getRandomValues', { value: undefined, configurable: true })
  try {
    await body()
  } finally {
    Object.defineProperty(globalThis.crypto, 'getRandomValues', { value: original, configurable: true })
  }
}

beforeEach(() => {
  resetSealingForTests()
  useUnreadableStorage.setState({ names: [] })
})

describe('the per-install sealing key', () => {
  it('is made on first use, kept in its own storage entry, and opens what it sealed', () => {
    expect(Taro.getStorageSync(SEAL_KEY_STORAGE_KEY)).toBe('')
    const sealed = sealForStorage('A12345678')!
    expect(sealed.startsWith(SEAL_PREFIX)).toBe(true)
    expect(Taro.getStorageSync(SEAL_KEY_STORAGE_KEY)).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(openFromStorage(sealed)).toBe('A12345678')
  })

  it('cannot open anything once the key is gone (a new install cannot read an old one)', () => {
    const sealed = sealForStorage('A12345678')!
    Taro.removeStorageSync(SEAL_KEY_STORAGE_KEY)
    resetSealingForTests()
    expect(() => openFromStorage(sealed)).toThrow(/does not open/)
  })

  it('on weapp waits for the asynchronous random source, then uses a fresh nonce every time', async () => {
    await withoutSyncRandom(async () => {
      expect(sealingReady()).toBe(false)
      expect(sealForStorage('x')).toBeNull()
      await prepareSealing()
      expect(sealingReady()).toBe(true)
      const a = sealForStorage('same')!
      const b = sealForStorage('same')!
      expect(a).not.toBe(b)
      expect(openFromStorage(a)).toBe('same')
      expect(openFromStorage(b)).toBe('same')
    })
  })
})

describe('sealed zustand storage', () => {
  it('writes only sealed text and reads it back', () => {
    sealedStateStorage.setItem(NAME, value)
    const stored = Taro.getStorageSync(NAME) as string
    expect(stored.startsWith(SEAL_PREFIX)).toBe(true)
    expect(stored).not.toContain('K7Q40Z218')
    expect(sealedStateStorage.getItem(NAME)).toBe(value)
  })

  it('treats a tampered value as missing and says which store could not be read', () => {
    sealedStateStorage.setItem(NAME, value)
    const stored = Taro.getStorageSync(NAME) as string
    Taro.setStorageSync(NAME, stored.slice(0, -6) + (stored.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA'))
    expect(sealedStateStorage.getItem(NAME)).toBeNull()
    expect(useUnreadableStorage.getState().names).toEqual([NAME])
    // The next write replaces it and the notice goes.
    sealedStateStorage.setItem(NAME, value)
    expect(useUnreadableStorage.getState().names).toEqual([])
    expect(sealedStateStorage.getItem(NAME)).toBe(value)
    // Or the user discards it.
    Taro.setStorageSync(NAME, `${SEAL_PREFIX}garbage`)
    expect(sealedStateStorage.getItem(NAME)).toBeNull()
    discardUnreadable(NAME)
    expect(Taro.getStorageSync(NAME)).toBe('')
    expect(useUnreadableStorage.getState().names).toEqual([])
  })

  it('seals a value written before sealing existed as soon as it is read', () => {
    Taro.setStorageSync(NAME, value)
    expect(sealedStateStorage.getItem(NAME)).toBe(value)
    expect(Taro.getStorageSync(NAME)).not.toContain('K7Q40Z218')
    expect(sealedStateStorage.getItem(NAME)).toBe(value)
  })

  it('reads a value sealed in the AES-GCM format of earlier H5 versions as missing, and removes it', () => {
    Taro.setStorageSync(NAME, 'wic-seal:2:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
    expect(sealedStateStorage.getItem(NAME)).toBeNull()
    expect(Taro.getStorageSync(NAME)).toBe('')
  })

  it('holds writes in memory until the key exists, never writing plain text', async () => {
    await withoutSyncRandom(async () => {
      sealedStateStorage.setItem(NAME, value)
      expect(Taro.getStorageSync(NAME)).toBe('')
      expect(sealedStateStorage.getItem(NAME)).toBe(value)
      await prepareSealing()
      await new Promise((resolve) => setTimeout(resolve, 0))
      expect((Taro.getStorageSync(NAME) as string).startsWith(SEAL_PREFIX)).toBe(true)
      expect(sealedStateStorage.getItem(NAME)).toBe(value)
    })
  })
})
