import { maskPassport, mrzCheckDigit, normalizePassportNumber, validatePassportNumber } from './passport'

describe('mrzCheckDigit (ICAO 9303 Part 3 §4.9, weights 7-3-1)', () => {
  // Specimens of ICAO 9303: TD3 'L898902C3<6UTO...', TD1 'I<UTOD231458907...'.
  it.each([
    ['L898902C3', 6],
    ['D23145890', 7],
    ['740812', 2],
    ['120415', 9],
    ['ZE184226B<<<<<', 1],
    ['', 0]
  ])('%p -> %p', (field, digit) => expect(mrzCheckDigit(field)).toBe(digit))

  it('reproduces the composite check digit of the TD3 specimen', () => {
    const line2 = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'
    const composite = line2.slice(0, 10) + line2.slice(13, 20) + line2.slice(21, 43)
    expect(mrzCheckDigit(composite)).toBe(Number(line2[43]))
    expect(mrzCheckDigit(composite)).toBe(0)
  })

  it('reproduces the composite check digit of the TD1 specimen', () => {
    const line1 = 'I<UTOD231458907<<<<<<<<<<<<<<<'
    const line2 = '7408122F1204159UTO<<<<<<<<<<<6'
    const composite = line1.slice(5, 30) + line2.slice(0, 7) + line2.slice(8, 15) + line2.slice(18, 29)
    expect(mrzCheckDigit(composite)).toBe(6)
  })

  it('counts the filler as 0, so padding does not change the digit', () => {
    expect(mrzCheckDigit('AB12345<<')).toBe(mrzCheckDigit('AB12345'))
  })

  it('weights by position: letters A=10 ... Z=35', () => {
    expect(mrzCheckDigit('A')).toBe(0) // 10 * 7 = 70
    expect(mrzCheckDigit('Z')).toBe(5) // 35 * 7 = 245
    expect(mrzCheckDigit('<Z')).toBe(5) // 35 * 3 = 105
    expect(mrzCheckDigit('<<Z')).toBe(5) // 35 * 1
  })

  it('rejects characters the MRZ cannot hold', () => {
    expect(() => mrzCheckDigit('l898902c3')).toThrow(RangeError)
    expect(() => mrzCheckDigit('E-123')).toThrow(RangeError)
    // A passport number never travels in an error message (messages end up in logs).
    expect(() => mrzCheckDigit('e12345678')).toThrow(expect.objectContaining({ message: expect.not.stringMatching(/12345678/) }))
  })
})

describe('validatePassportNumber', () => {
  it('normalises: trim, upper case, no spaces (full-width too)', () => {
    expect(normalizePassportNumber('  e12 345 67 ')).toBe('E1234567')
    expect(validatePassportNumber(' l8989 02c3 ')).toEqual({ ok: true, value: 'L898902C3' })
    expect(validatePassportNumber('Ｅ１２３４５６７\u3000')).toEqual({ ok: true, value: 'E1234567' })
  })

  it('upper-cases ASCII letters only: letters that turn into other letters are refused, not rewritten', () => {
    // 'ß'.toUpperCase() is 'SS' and 'ı'.toUpperCase() is 'I': the code typed is not the code checked.
    for (const typed of ['E12ß4567', 'ıE1234567', 'E1234567ﬁ', 'ſ1234567']) {
      expect(validatePassportNumber(typed)).toEqual({ ok: false, code: 'passport.badChars' })
    }
  })

  it.each([
    ['', 'passport.empty'],
    ['   ', 'passport.empty'],
    ['E123-4567', 'passport.badChars'],
    ['L898902C3<', 'passport.badChars'],
    ['E1234567.', 'passport.badChars'],
    ['É1234567', 'passport.badChars']
  ])('%p -> %s', (value, code) => expect(validatePassportNumber(value)).toEqual({ ok: false, code }))

  it('accepts 1 to 9 characters, not 10', () => {
    expect(validatePassportNumber('A').ok).toBe(true)
    expect(validatePassportNumber('123456789').ok).toBe(true)
    expect(validatePassportNumber('1234567890')).toEqual({ ok: false, code: 'passport.tooLong', params: { max: 9 } })
  })

  it('checks the number against the MRZ check digit when given', () => {
    expect(validatePassportNumber('L898902C3', '6')).toEqual({ ok: true, value: 'L898902C3' })
    expect(validatePassportNumber('L898902C3', 6).ok).toBe(true)
    expect(validatePassportNumber('D23145890', ' 7 ').ok).toBe(true)
    expect(validatePassportNumber('L898902C3', '5')).toEqual({ ok: false, code: 'passport.checkDigit' })
    expect(validatePassportNumber('L898902C3', '<')).toEqual({ ok: false, code: 'passport.checkDigit' })
    // A typo (O for 0) is caught by the digit.
    expect(validatePassportNumber('L8989O2C3', '6')).toEqual({ ok: false, code: 'passport.checkDigit' })
  })

  it('pads a short number with fillers before computing the digit', () => {
    // 'AB12345<<': A 10*7 + B 11*3 + 1*1 + 2*7 + 3*3 + 4*1 + 5*7 = 166
    expect(validatePassportNumber('AB12345', '6').ok).toBe(true)
  })
})

describe('maskPassport', () => {
  it.each([
    ['E1234567', 'E1****67'],
    ['e1234567', 'E1****67'],
    ['G12345678', 'G1*****78'],
    ['AB12345', 'A*****5'],
    ['AB12', 'A**2'],
    ['ABC', '***'],
    ['', '']
  ])('%p -> %p', (value, masked) => expect(maskPassport(value)).toBe(masked))

  it('always hides at least half of the number', () => {
    for (let n = 1; n <= 9; n++) {
      const masked = maskPassport('9'.repeat(n))
      expect(masked.split('*').length - 1).toBeGreaterThanOrEqual(n / 2)
    }
  })
})
