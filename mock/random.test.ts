import { expandSeed, mockRandomBytes } from './random'

describe("the demo backend's random source", () => {
  it('expands a secret seed into a stream that never repeats a block and differs per seed', () => {
    const a = expandSeed(new Uint8Array(32).fill(7))
    const first = a(64)
    const second = a(64)
    expect(first).toHaveLength(64)
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false)
    expect(Buffer.from(first.subarray(0, 32)).equals(Buffer.from(first.subarray(32)))).toBe(false)
    const b = expandSeed(new Uint8Array(32).fill(8))
    expect(Buffer.from(b(64)).equals(Buffer.from(first))).toBe(false)
    // The same seed gives the same stream: the seed is the whole secret, so it must come from a secure source.
    expect(Buffer.from(expandSeed(new Uint8Array(32).fill(7))(64)).equals(Buffer.from(first))).toBe(true)
  })

  it('gives odd lengths and refuses a short seed', () => {
    expect(expandSeed(new Uint8Array(32))(5)).toHaveLength(5)
    expect(() => expandSeed(new Uint8Array(16))).toThrow(/32 bytes/)
  })

  it('draws from the platform where it has a secure source', () => {
    expect(mockRandomBytes(16)).toHaveLength(16)
  })
})
