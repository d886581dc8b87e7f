import fc from 'fast-check'
import { discountedFen, formatFen } from './money'

describe('formatFen', () => {
  it('shows yuan with exactly two decimals', () => {
    expect(formatFen(18000)).toBe('¥180.00')
    expect(formatFen(9000)).toBe('¥90.00')
    expect(formatFen(6173)).toBe('¥61.73')
    expect(formatFen(5)).toBe('¥0.05')
    expect(formatFen(0)).toBe('¥0.00')
    expect(formatFen(123456789)).toBe('¥1,234,567.89')
    expect(formatFen(-250)).toBe('-¥2.50')
  })

  it('refuses non-integer amounts instead of rounding silently', () => {
    expect(() => formatFen(12.5)).toThrow(RangeError)
  })

  it('round-trips every amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_00 }), (fen) => {
        const digits = formatFen(fen).replace(/[¥,.]/g, '')
        expect(Number(digits)).toBe(fen)
      })
    )
  })
})

describe('discountedFen', () => {
  it('halves prices in whole fen, rounding half up', () => {
    expect(discountedFen(18000, 50)).toBe(9000)
    expect(discountedFen(12345, 50)).toBe(6173)
    expect(discountedFen(12344, 50)).toBe(6172)
    expect(discountedFen(999, 30)).toBe(699)
    expect(discountedFen(1, 50)).toBe(1)
    expect(discountedFen(8000, 0)).toBe(8000)
    expect(discountedFen(8000, 100)).toBe(0)
  })

  it('always gives an integer no larger than the list price', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 100 }), (fen, pct) => {
        const d = discountedFen(fen, pct)
        expect(Number.isInteger(d)).toBe(true)
        expect(d).toBeLessThanOrEqual(fen)
        expect(d).toBeGreaterThanOrEqual(0)
      })
    )
  })
})
