import { validatePermitNumber } from './permitNumber'

describe('validatePermitNumber', () => {
  it('accepts 18 digits, spaces and hyphens dropped', () => {
    expect(validatePermitNumber('123456789012345678')).toEqual({ ok: true, value: '123456789012345678' })
    expect(validatePermitNumber(' 1234 5678 9012 3456 78 ')).toEqual({ ok: true, value: '123456789012345678' })
    expect(validatePermitNumber('123456-789012-345678').ok).toBe(true)
    expect(validatePermitNumber('１２３４５６７８９０１２３４５６７８').ok).toBe(true)
  })
  it.each([
    ['', 'permitNumber.empty', undefined],
    ['12345678901234567X', 'permitNumber.notDigits', undefined],
    ['12345678901234567', 'permitNumber.length', { length: 18, actual: 17 }],
    ['1234567890123456789', 'permitNumber.length', { length: 18, actual: 19 }]
  ])('%p -> %s', (value, code, params) => {
    expect(validatePermitNumber(value)).toEqual(params ? { ok: false, code, params } : { ok: false, code })
  })
})
