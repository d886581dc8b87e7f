import Taro from '@tarojs/taro'
import { MockBackend } from '@mock/backend'
import { regionCores } from '@mock/node/regionsFromDisk'
import { SEAL_PREFIX } from '@/lib/seal'
import { prepareSealing, resetSealingForTests, SEAL_KEY_STORAGE_KEY } from '@/lib/sealKey'
import { MOCK_STORAGE_KEY, createMockTransport } from './mock'
import { sealedMockPersistence } from './mockPersistence'

// The mini-program's random source is asynchronous; tests of that path take it from Node.
jest.mock('@/lib/random', () => ({ secureRandomBytes: async (n: number) => new Uint8Array(require('node:crypto').randomBytes(n)) }))

const backend = () => new MockBackend({ regions: regionCores, persistence: sealedMockPersistence(MOCK_STORAGE_KEY) })
const stored = () => Taro.getStorageSync(MOCK_STORAGE_KEY) as string

function seededPassportNumbers(b: MockBackend): string[] {
  return [...b.state.employees.map((e) => e.passportNumber), ...b.state.certificates.map((c) => c.passportNumber)]
}

describe('the embedded backend in app storage', () => {
  it('is sealed: no passport number, name or date of birth is readable in storage', () => {
    const first = backend()
    first.state.cases[0].form['passport.number'] = 'K7Q40Z218'
    first.persist()
    const raw = stored()
    const numbers = [...seededPassportNumbers(first), 'K7Q40Z218']
    expect(numbers.length).toBeGreaterThan(5)
    for (const number of numbers) {
      expect(raw).not.toContain(number)
      expect(raw.toLowerCase()).not.toContain(number.toLowerCase())
    }
    expect(raw).not.toContain('Alice Martin')
    expect(raw).not.toContain('1988-04-12')
    const outer = JSON.parse(raw) as { box: string; faults: unknown }
    expect(outer.box.startsWith(SEAL_PREFIX)).toBe(true)
    // ... and the next start reads it all back.
    const second = backend()
    expect(second.state.cases[0].form['passport.number']).toBe('K7Q40Z218')
    expect(second.state.employees).toEqual(first.state.employees)
    // The public timetables sit beside the box (nothing personal in them; the box opens faster without them).
    const plain = JSON.parse(raw) as Record<string, unknown>
    expect(plain.hospitalSlots).toEqual(first.state.hospitalSlots)
    expect(plain.theatreShows).toEqual(first.state.theatreShows)
    expect(second.state.hospitalSlots).toEqual(first.state.hospitalSlots)
    expect(second.state).toEqual(first.state)
  })

  it('keeps fault settings and the clock readable, and honours them when changed in storage', () => {
    const first = backend()
    first.persist()
    const outer = JSON.parse(stored()) as { faults: Record<string, unknown>; clock: Record<string, unknown> }
    Taro.setStorageSync(
      MOCK_STORAGE_KEY,
      JSON.stringify({ ...outer, faults: { ...outer.faults, offline: true }, clock: { frozenAt: '2026-06-10T02:00:00.000Z', offsetMs: 0 } })
    )
    const second = backend()
    expect(second.faults.offline).toBe(true)
    expect(second.state.clock.frozenAt).toBe('2026-06-10T02:00:00.000Z')
  })

  it('starts from the demo world again when the sealed state was tampered with', () => {
    const first = backend()
    first.state.cases = first.state.cases.slice(1)
    first.persist()
    const outer = JSON.parse(stored()) as { box: string }
    const tampered = outer.box.slice(0, -3) + (outer.box.endsWith('AAA') ? 'BBB' : 'AAA')
    Taro.setStorageSync(MOCK_STORAGE_KEY, JSON.stringify({ ...outer, box: tampered }))
    const second = backend()
    expect(second.state.cases.length).toBe(first.state.cases.length + 1)
  })

  it('seals a state saved in plain text before sealing existed as soon as it is read', () => {
    const plain = new MockBackend({ regions: regionCores })
    Taro.setStorageSync(MOCK_STORAGE_KEY, JSON.stringify(plain.state))
    const restored = backend()
    expect(restored.state.employees).toEqual(plain.state.employees)
    for (const number of seededPassportNumbers(plain)) expect(stored()).not.toContain(number)
  })

  it('gives a fresh demo world for a box in the AES-GCM format of earlier H5 versions, keeping its fault settings', () => {
    const first = backend()
    first.state.cases = first.state.cases.slice(1)
    first.state.faults = { ...first.state.faults, latencyMs: 300 }
    first.persist()
    const outer = JSON.parse(stored()) as { box: string }
    Taro.setStorageSync(MOCK_STORAGE_KEY, JSON.stringify({ ...outer, box: `wic-seal:2:${outer.box.slice(SEAL_PREFIX.length)}` }))
    const second = backend()
    expect(second.faults.latencyMs).toBe(300)
    expect(second.state.cases.length).toBe(first.state.cases.length + 1)
  })

  it("on the mini-program's first launch holds the state in memory until the key exists, then writes it sealed", async () => {
    Taro.removeStorageSync(SEAL_KEY_STORAGE_KEY)
    resetSealingForTests()
    const original = globalThis.crypto.getRandomValues
    Object.defineProperty(globalThis.crypto, 'getRandomValues', { value: undefined, configurable: true })
    try {
      const first = backend()
      first.state.cases[0].form['passport.number'] = 'K7Q40Z218'
      first.persist()
      expect(stored()).toBe('')
      // Another backend in this run reads the newest state, not the empty storage.
      expect(backend().state.cases[0].form['passport.number']).toBe('K7Q40Z218')
      await prepareSealing()
      await new Promise((resolve) => setTimeout(resolve, 0))
      expect((JSON.parse(stored()) as { box: string }).box.startsWith(SEAL_PREFIX)).toBe(true)
      expect(stored()).not.toContain('K7Q40Z218')
    } finally {
      Object.defineProperty(globalThis.crypto, 'getRandomValues', { value: original, configurable: true })
    }
    expect(backend().state.cases[0].form['passport.number']).toBe('K7Q40Z218')
  })

  it('answers a request the offline fault fails without opening the sealed state', async () => {
    const first = backend()
    first.state.faults = { ...first.state.faults, offline: true }
    first.persist()
    const persistence = sealedMockPersistence(MOCK_STORAGE_KEY)
    const load = jest.spyOn(persistence, 'load')
    const second = new MockBackend({ regions: regionCores, persistence })
    const transport = createMockTransport(second)
    await expect(transport.send({ method: 'GET', path: '/certificates/mine', headers: {} })).rejects.toMatchObject({ reason: 'network' })
    expect(load).not.toHaveBeenCalled()
    // The first request that gets through opens it, once.
    second.state.faults = { ...second.state.faults, offline: false }
    expect(load).toHaveBeenCalledTimes(1)
    await transport.send({ method: 'GET', path: '/regions', headers: {} })
    expect(load).toHaveBeenCalledTimes(1)
  })
})
