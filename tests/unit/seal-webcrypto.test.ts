/** @jest-environment node */
// The AES-GCM seal (wic-seal:2) through WebCrypto, as H5 uses it, against the JavaScript opener that
// the mini-program and any synchronous reader use: one format, either side can open the other's.
import Taro from '@tarojs/taro'
import { MockBackend } from '@mock/backend'
import { regionCores } from '@mock/node/regionsFromDisk'
import { MOCK_STORAGE_KEY } from '@/api/transport/mock'
import { sealedMockPersistence } from '@/api/transport/mockPersistence'
import { isSealBroken, sealText } from '@/lib/seal'
import { openSealedGcm, openSealedGcmAsync, sealTextAsync, sealTextGcm, SEAL_PREFIX_GCM } from '@/lib/sealGcm'

const key = Uint8Array.from({ length: 32 }, (_, i) => i * 7 + 1)
const nonce = Uint8Array.from({ length: 12 }, (_, i) => i + 1)
const plain = JSON.stringify({ 'passport.number': 'E12345678', name: '爱丽丝·马丁' })

describe('AES-GCM seal through WebCrypto', () => {
  it('gives the same bytes as the JavaScript sealer, and each opens the other', async () => {
    const native = await sealTextAsync(key, nonce, plain)
    expect(native.startsWith(SEAL_PREFIX_GCM)).toBe(true)
    expect(native).toBe(sealTextGcm(key, nonce, plain))
    expect(native).not.toContain('E12345678')
    expect(openSealedGcm(key, native)).toBe(plain)
    await expect(openSealedGcmAsync(key, sealTextGcm(key, nonce, plain))).resolves.toBe(plain)
  })

  it('refuses a changed byte, another key or the other format as SealBroken', async () => {
    expect(isSealBroken(await openSealedGcmAsync(key, sealText(key, new Uint8Array(24), plain)).catch((e: unknown) => e))).toBe(true)
    const sealed = await sealTextAsync(key, nonce, plain)
    const at = SEAL_PREFIX_GCM.length + 20
    const changed = sealed.slice(0, at) + (sealed[at] === 'A' ? 'B' : 'A') + sealed.slice(at + 1)
    for (const [k, value] of [[key, changed], [Uint8Array.from(key).reverse(), sealed]] as const) {
      const error = await openSealedGcmAsync(k, value).then(
        () => null,
        (e: unknown) => e
      )
      expect(isSealBroken(error)).toBe(true)
    }
  })
})

describe('the embedded backend sealed by WebCrypto (H5)', () => {
  const backend = () => new MockBackend({ regions: regionCores, persistence: sealedMockPersistence(MOCK_STORAGE_KEY) })
  const stored = () => Taro.getStorageSync(MOCK_STORAGE_KEY) as string

  it('writes the newest state in the AES-GCM format, and the next start opens it without blocking', async () => {
    const first = backend()
    first.state.cases[0].form['passport.number'] = 'K7Q40Z218'
    first.persist()
    first.state.cases[1].form['passport.number'] = 'P1234567Z'
    first.persist()
    // Sealed off the thread: in storage once saved() resolves, not before.
    expect(stored()).toBe('')
    await first.saved()
    const raw = stored()
    expect((JSON.parse(raw) as { box: string }).box.startsWith(SEAL_PREFIX_GCM)).toBe(true)
    expect(raw).not.toContain('K7Q40Z218')

    const second = backend()
    expect(second.isOpen).toBe(false)
    await second.open()
    expect(second.isOpen).toBe(true)
    expect(second.state.cases[0].form['passport.number']).toBe('K7Q40Z218')
    expect(second.state.cases[1].form['passport.number']).toBe('P1234567Z')
    expect(second.state).toEqual(first.state)
  })

  it('gives a fresh demo world when the box was tampered with', async () => {
    const first = backend()
    first.state.cases = first.state.cases.slice(1)
    first.persist()
    await first.saved()
    const outer = JSON.parse(stored()) as { box: string }
    Taro.setStorageSync(MOCK_STORAGE_KEY, JSON.stringify({ ...outer, box: outer.box.slice(0, -3) + (outer.box.endsWith('AAA') ? 'BBB' : 'AAA') }))
    const second = backend()
    await second.open()
    expect(second.state.cases.length).toBe(first.state.cases.length + 1)
  })
})
