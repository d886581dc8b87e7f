import { isSealBroken, isSealed, openSealed, sealText, SEAL_PREFIX } from './seal'

const key = Uint8Array.from({ length: 32 }, (_, i) => i * 7 + 1)
const otherKey = Uint8Array.from({ length: 32 }, (_, i) => 255 - i)
const nonce = (n: number) => Uint8Array.from({ length: 24 }, (_, i) => (i + n) % 256)

function brokenBy(sealed: string, k = key): unknown {
  try {
    openSealed(k, sealed)
  } catch (error) {
    return error
  }
  return null
}

describe('sealing text for storage', () => {
  it('round-trips any text, and the sealed form shows none of it', () => {
    const plain = JSON.stringify({ 'passport.number': 'E12345678', name: '爱丽丝·马丁', note: 'Zürich ✓ 😀' })
    const sealed = sealText(key, nonce(1), plain)
    expect(isSealed(sealed)).toBe(true)
    expect(sealed.startsWith(SEAL_PREFIX)).toBe(true)
    expect(sealed).not.toContain('E12345678')
    expect(sealed.toLowerCase()).not.toContain('e12345678')
    expect(openSealed(key, sealed)).toBe(plain)
  })

  it('gives a different sealed value for each nonce', () => {
    expect(sealText(key, nonce(1), 'same')).not.toBe(sealText(key, nonce(2), 'same'))
  })

  it('rejects a changed byte, a cut-off value, another key and plain text as SealBroken', () => {
    const sealed = sealText(key, nonce(3), 'passport A12345678')
    const body = sealed.slice(SEAL_PREFIX.length)
    const at = Math.floor(body.length / 2)
    const flipped = SEAL_PREFIX + body.slice(0, at) + (body[at] === 'A' ? 'B' : 'A') + body.slice(at + 1)
    for (const bad of [flipped, sealed.slice(0, -4), SEAL_PREFIX + 'AAAA', SEAL_PREFIX + '!!', '{"passport":"A12345678"}']) {
      const error = brokenBy(bad)
      expect(isSealBroken(error)).toBe(true)
      // The error never echoes what it was given.
      expect(String((error as Error).message)).not.toContain('A12345678')
    }
    expect(isSealBroken(brokenBy(sealed, otherKey))).toBe(true)
  })

  it('refuses keys and nonces of the wrong size', () => {
    expect(() => sealText(key.slice(1), nonce(1), 'x')).toThrow(RangeError)
    expect(() => sealText(key, nonce(1).slice(2), 'x')).toThrow(RangeError)
  })
})
