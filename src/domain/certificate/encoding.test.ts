import fc from 'fast-check'
import {
  base64Encode,
  base64UrlDecode,
  base64UrlEncode,
  beijingDate,
  canonicalJson,
  decodeCore,
  encodeCore,
  epochDayToIsoDate,
  isIsoDate,
  isoDateToEpochDay,
  utf8Decode,
  utf8DecodeLoop,
  utf8Encode,
  utf8EncodeLoop,
  wireErrorKind
} from './encoding'

const kindOf = (fn: () => unknown) => {
  try {
    fn()
    return null
  } catch (error) {
    return wireErrorKind(error)
  }
}

describe('base64url', () => {
  it('matches Node for any bytes and round-trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        const text = base64UrlEncode(bytes)
        expect(text).toBe(Buffer.from(bytes).toString('base64url'))
        expect(Array.from(base64UrlDecode(text))).toEqual(Array.from(bytes))
      })
    )
  })

  it('standard base64 is padded like Node', () => {
    for (const length of [0, 1, 2, 3, 4, 5]) {
      const bytes = Uint8Array.from({ length }, (_, i) => 250 - i)
      expect(base64Encode(bytes)).toBe(Buffer.from(bytes).toString('base64'))
    }
  })

  it('rejects foreign characters, padding, impossible lengths and non-canonical spellings', () => {
    expect(kindOf(() => base64UrlDecode('ab+/'))).toBe('bad_encoding')
    expect(kindOf(() => base64UrlDecode('YQ=='))).toBe('bad_encoding')
    expect(kindOf(() => base64UrlDecode('abcde'))).toBe('bad_encoding')
    // 'YR' decodes to 'a' too, but with non-zero leftover bits.
    expect(kindOf(() => base64UrlDecode('YR'))).toBe('bad_encoding')
    expect(Array.from(base64UrlDecode('YQ'))).toEqual([0x61])
  })
})

// The platform codecs where the runtime has them, the loops where it has not (older WeChat base libraries).
describe.each([
  ['platform or fallback, as picked at load', utf8Encode, utf8Decode],
  ['fallback loops', utf8EncodeLoop, utf8DecodeLoop]
])('utf8 (%s)', (_name, encode, decode) => {
  it('matches Node for any string and round-trips well-formed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(Array.from(encode(text))).toEqual(Array.from(Buffer.from(text, 'utf8')))
        expect(decode(encode(text))).toBe(text)
      })
    )
    expect(decode(encode('北海 😀 é'))).toBe('北海 😀 é')
    const long = '北海 talent 😀 '.repeat(2000)
    expect(decode(encode(long))).toBe(long)
  })

  it('encodes lone surrogates as U+FFFD like TextEncoder', () => {
    expect(Array.from(encode('\ud800'))).toEqual([0xef, 0xbf, 0xbd])
    expect(Array.from(encode('a\udc00b'))).toEqual([0x61, 0xef, 0xbf, 0xbd, 0x62])
  })

  it('rejects malformed sequences', () => {
    for (const bytes of [[0xc0, 0x80], [0xe4, 0xb8], [0x80], [0xed, 0xa0, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xe4, 0x41, 0x41], [0xf0, 0x8f, 0xbf, 0xbf]]) {
      expect(kindOf(() => decode(Uint8Array.from(bytes)))).toBe('bad_encoding')
    }
  })

  it('decodes exactly what Node decodes, and rejects what a fatal TextDecoder rejects', () => {
    const fatal = new (require('util').TextDecoder)('utf-8', { fatal: true }) as { decode(b: Uint8Array): string }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        let expected: string | null = null
        try {
          expected = fatal.decode(bytes)
        } catch {
          expected = null
        }
        if (expected === null) expect(kindOf(() => decode(bytes))).toBe('bad_encoding')
        else expect(decode(bytes)).toBe(expected)
      }),
      { numRuns: 1000 }
    )
  })
})

describe('canonicalJson', () => {
  it('sorts keys at every level, drops undefined members, keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: true, c: null }], u: undefined, z: '北' })).toBe('{"a":[3,{"c":null,"d":true}],"b":1,"z":"北"}')
  })

  it('is independent of key order', () => {
    expect(canonicalJson({ x: 1, y: { p: 1, q: 2 } })).toBe(canonicalJson({ y: { q: 2, p: 1 }, x: 1 }))
  })

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow()
    expect(() => canonicalJson({ a: () => 1 })).toThrow()
  })
})

describe('dates', () => {
  it('round-trips calendar dates through epoch days and rejects impossible ones', () => {
    expect(epochDayToIsoDate(isoDateToEpochDay('2024-02-29'))).toBe('2024-02-29')
    expect(isIsoDate('2023-02-29')).toBe(false)
    expect(isIsoDate('2023-2-1')).toBe(false)
  })

  it('uses the Beijing calendar whatever the device zone', () => {
    expect(beijingDate(Date.parse('2025-05-31T16:30:00Z'))).toBe('2025-06-01')
    expect(beijingDate(Date.parse('2025-05-31T15:59:59Z'))).toBe('2025-05-31')
  })
})

describe('certificate core', () => {
  const core = {
    kid: new Uint8Array(8).fill(1),
    credentialId: new Uint8Array(8).fill(2),
    holderPublicKey: new Uint8Array(32).fill(3),
    validFrom: '2023-06-01',
    validTo: '2026-05-31',
    status: 'active' as const,
    treeDepth: 4,
    claimsRoot: new Uint8Array(16).fill(4)
  }

  it('round-trips', () => {
    expect(decodeCore(encodeCore(core))).toEqual(core)
  })

  it('reports truncation, trailing bytes, unknown versions and absurd trees', () => {
    const bytes = encodeCore(core)
    expect(kindOf(() => decodeCore(bytes.slice(0, bytes.length - 1)))).toBe('truncated')
    expect(kindOf(() => decodeCore(Uint8Array.from([...bytes, 0])))).toBe('malformed')
    expect(kindOf(() => decodeCore(Uint8Array.from([2, ...bytes.slice(1)])))).toBe('unsupported_version')
    expect(kindOf(() => decodeCore(encodeCore({ ...core, status: 'revoked' }).map((b, i) => (i === 53 ? 9 : b))))).toBe('malformed')
    expect(kindOf(() => decodeCore(bytes.map((b, i) => (i === 54 ? 9 : b))))).toBe('malformed')
  })
})
