// H5's storage for the certificate cache (src/lib/sealedStorageAhead.h5.ts): opened by WebCrypto at launch,
// sealed by it on every save, with nothing lost when the page goes before a seal is made.
import { webcrypto } from 'node:crypto'
import Taro from '@tarojs/taro'
import { SEAL_PREFIX } from '@/lib/seal'
import { SEAL_PREFIX_GCM } from '@/lib/sealGcm'
import { openFromStorage, prepareSealing, resetSealingForTests, sealForStorage } from '@/lib/sealKey'
import * as sealedStorage from '@/lib/sealedStorage'
import * as sealKey from '@/lib/sealKey'

const { useUnreadableStorage } = sealedStorage

// jsdom has no WebCrypto digest/cipher; the browser's is Node's here.
Object.defineProperty(globalThis.crypto, 'subtle', { value: webcrypto.subtle, configurable: true })

const NAME = 'wic.certificate'
const value = (fetchedAt: number) =>
  JSON.stringify({
    state: { byUser: { u1: { certificate: { passportNumber: 'K7Q40Z218' }, fetchedAt } }, issuerKeys: [], issuerKeysFetchedAt: null },
    version: 1
  })

type Ahead = typeof import('@/lib/sealedStorageAhead.h5')
/** Within a fresh module registry, the storage, key and unreadable list are still the ones this test sees. */
function shareStorage(): void {
  jest.doMock('@tarojs/taro', () => ({ __esModule: true, default: Taro }))
  jest.doMock('@/lib/sealKey', () => sealKey)
  jest.doMock('@/lib/sealedStorage', () => sealedStorage)
}

/** The module as a fresh launch of the app finds it. */
function launch(): Ahead {
  let loaded: Ahead | undefined
  jest.isolateModules(() => {
    shareStorage()
    loaded = require('@/lib/sealedStorageAhead.h5') as Ahead
  })
  return loaded!
}
const settled = () => new Promise((resolve) => setTimeout(resolve, 20))

beforeEach(async () => {
  resetSealingForTests()
  await prepareSealing()
  useUnreadableStorage.setState({ names: [] })
})

describe('a sealed store opened ahead (H5)', () => {
  it('seals each save with WebCrypto in the AES-GCM format, never in plain text', async () => {
    const ahead = launch()
    ahead.sealedStorageOpenedAhead().setItem(NAME, value(1))
    await ahead.sealedSavesWritten()
    const stored = Taro.getStorageSync(NAME) as string
    expect(stored.startsWith(SEAL_PREFIX_GCM)).toBe(true)
    expect(stored).not.toContain('K7Q40Z218')
  })

  it('hands the next launch its value at once when opened ahead, and as a promise when not opened yet', async () => {
    const first = launch()
    first.sealedStorageOpenedAhead().setItem(NAME, value(1))
    await first.sealedSavesWritten()

    const opened = launch()
    opened.openAhead([NAME])
    await settled()
    expect(opened.sealedStorageOpenedAhead().getItem(NAME)).toBe(value(1))

    const busy = launch()
    const read = busy.sealedStorageOpenedAhead().getItem(NAME)
    expect(read).toBeInstanceOf(Promise)
    await expect(read).resolves.toBe(value(1))
  })

  it('reads the newest save while its seal is still being made', async () => {
    const ahead = launch()
    const storage = ahead.sealedStorageOpenedAhead()
    storage.setItem(NAME, value(1))
    storage.setItem(NAME, value(2))
    expect(storage.getItem(NAME)).toBe(value(2))
    await ahead.sealedSavesWritten()
    const next = launch()
    await expect(Promise.resolve(next.sealedStorageOpenedAhead().getItem(NAME))).resolves.toBe(value(2))
  })

  it('writes a save still being sealed when the page is hidden, sealed, at once', () => {
    const ahead = launch()
    ahead.sealedStorageOpenedAhead().setItem(NAME, value(3))
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    document.dispatchEvent(new Event('visibilitychange'))
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true })
    const stored = Taro.getStorageSync(NAME) as string
    expect(stored.startsWith(SEAL_PREFIX)).toBe(true)
    expect(openFromStorage(stored)).toBe(value(3))
  })

  it('still reads a value sealed in the first format, and writes the next save in the second', async () => {
    Taro.setStorageSync(NAME, sealForStorage(value(4)))
    const ahead = launch()
    ahead.openAhead([NAME])
    const storage = ahead.sealedStorageOpenedAhead()
    expect(storage.getItem(NAME)).toBe(value(4))
    storage.setItem(NAME, value(5))
    await ahead.sealedSavesWritten()
    expect((Taro.getStorageSync(NAME) as string).startsWith(SEAL_PREFIX_GCM)).toBe(true)
  })

  it('reads a changed value as missing and names it unreadable', async () => {
    const first = launch()
    first.sealedStorageOpenedAhead().setItem(NAME, value(1))
    await first.sealedSavesWritten()
    const stored = Taro.getStorageSync(NAME) as string
    const at = SEAL_PREFIX_GCM.length + 30
    Taro.setStorageSync(NAME, stored.slice(0, at) + (stored[at] === 'A' ? 'B' : 'A') + stored.slice(at + 1))
    const next = launch()
    next.openAhead([NAME])
    await settled()
    expect(next.sealedStorageOpenedAhead().getItem(NAME)).toBeNull()
    expect(useUnreadableStorage.getState().names).toContain(NAME)
  })
})

describe('the certificate cache over it', () => {
  it('keeps a certificate loaded before the stored copy was open, rather than the older stored one', async () => {
    const first = launch()
    first.sealedStorageOpenedAhead().setItem(NAME, value(1))
    await first.sealedSavesWritten()

    let store: typeof import('@/features/certificate/store') | undefined
    jest.isolateModules(() => {
      shareStorage()
      jest.doMock('@/lib/sealedStorageAhead', () => require('@/lib/sealedStorageAhead.h5'))
      store = require('@/features/certificate/store') as typeof import('@/features/certificate/store')
    })
    const cache = store!.useCertificateCache
    expect(cache.persist.hasHydrated()).toBe(false)
    cache.getState().save('u1', null, 2)
    await new Promise<void>((resolve) => cache.persist.onFinishHydration(() => resolve()))
    expect(cache.getState().byUser.u1).toEqual({ certificate: null, fetchedAt: 2 })
  })
})
