import {
  addMonths,
  ageOn,
  APPLICANT_AGE_RANGE,
  isIssuedWithin,
  isValidFor,
  parseDate,
  toDayNumber,
  validateBirthDate,
  validateDateRange,
  validateIssuedWithin,
  validateValidFor
} from './dates'

describe('parseDate', () => {
  it('accepts real calendar dates only', () => {
    expect(parseDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 })
    expect(parseDate(' 2000-02-29 ')).toEqual({ year: 2000, month: 2, day: 29 })
    for (const bad of [
      '2023-02-29',
      '1900-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-04-31',
      '2024-4-3',
      '2024/04/03',
      '2024-04-03T00:00',
      ''
    ])
      expect(parseDate(bad)).toBeNull()
  })
  it('counts days without the device time zone', () => {
    expect(toDayNumber('1970-01-01')).toBe(0)
    expect(toDayNumber('2024-03-01') - toDayNumber('2024-02-28')).toBe(2)
    expect(toDayNumber('0050-01-02') - toDayNumber('0050-01-01')).toBe(1)
    expect(toDayNumber('0050-01-01')).toBeLessThan(toDayNumber('1950-01-01'))
  })
})

describe('addMonths', () => {
  it.each([
    ['2024-01-15', 6, '2024-07-15'],
    ['2024-08-31', -6, '2024-02-29'],
    ['2023-08-31', -6, '2023-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2024-03-15', -15, '2022-12-15']
  ])('%s %p -> %s', (date, months, result) => expect(addMonths(date, months)).toBe(result))
})

describe('ageOn', () => {
  it('counts whole years', () => {
    expect(ageOn('2000-06-15', '2024-06-14')).toBe(23)
    expect(ageOn('2000-06-15', '2024-06-15')).toBe(24)
  })
  it('a 29 February birthday counts from 1 March in common years', () => {
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(17)
    expect(ageOn('2004-02-29', '2022-03-01')).toBe(18)
    expect(ageOn('2004-02-29', '2024-02-29')).toBe(20)
  })
  it('rejects a malformed date as a programming error', () => {
    expect(() => ageOn('2000-06-15', 'today')).toThrow(RangeError)
  })
})

describe('validateBirthDate', () => {
  const today = '2024-06-15'
  it('accepts a past date and today', () => {
    expect(validateBirthDate('1990-01-01', today)).toEqual({ ok: true, value: '1990-01-01' })
    expect(validateBirthDate('2024-06-15', today).ok).toBe(true)
  })
  it.each([
    ['', 'date.required'],
    ['1990-02-30', 'date.invalid'],
    ['15/06/1990', 'date.invalid'],
    ['2024-06-16', 'date.future']
  ])('%p -> %s', (date, code) => expect(validateBirthDate(date, today)).toEqual({ ok: false, code }))

  it('checks an age range, both ends inclusive', () => {
    expect(validateBirthDate('2006-06-15', today, APPLICANT_AGE_RANGE).ok).toBe(true) // 18 today
    expect(validateBirthDate('2006-06-16', today, APPLICANT_AGE_RANGE)).toEqual({
      ok: false,
      code: 'date.ageOutOfRange',
      params: { min: 18, max: 100 }
    })
    expect(validateBirthDate('1924-06-15', today, APPLICANT_AGE_RANGE).ok).toBe(true) // 100
    expect(validateBirthDate('1923-06-15', today, APPLICANT_AGE_RANGE)).toMatchObject({ code: 'date.ageOutOfRange' }) // 101
    expect(validateBirthDate('1923-06-16', today, APPLICANT_AGE_RANGE).ok).toBe(true) // 100 until tomorrow
    expect(validateBirthDate('1850-01-01', today)).toMatchObject({
      code: 'date.ageOutOfRange',
      params: { min: 0, max: 120 }
    })
  })
})

describe('validateDateRange', () => {
  it('needs from before to', () => {
    expect(validateDateRange('2024-01-01', '2024-12-31')).toEqual({
      ok: true,
      value: { from: '2024-01-01', to: '2024-12-31' }
    })
    expect(validateDateRange('2024-12-31', '2024-01-01')).toEqual({ ok: false, code: 'date.rangeOrder' })
    expect(validateDateRange('2024-05-01', '2024-05-01')).toEqual({ ok: false, code: 'date.rangeOrder' })
    expect(validateDateRange('2024-05-01', '2024-05-01', { allowSameDay: true }).ok).toBe(true)
  })
  it('reports a missing or malformed end', () => {
    expect(validateDateRange('', '2024-01-01')).toEqual({ ok: false, code: 'date.required' })
    expect(validateDateRange('2024-01-01', '2024-02-31')).toEqual({ ok: false, code: 'date.invalid' })
  })
})

describe('isIssuedWithin (e.g. a photo taken within 6 months)', () => {
  const today = '2024-08-31'
  it.each([
    ['2024-08-31', true],
    ['2024-02-29', true], // 6 months back, clamped to the end of February
    ['2024-02-28', false],
    ['2024-09-01', false], // future
    ['not a date', false]
  ])('%s -> %p', (date, expected) => expect(isIssuedWithin(date, 6, today)).toBe(expected))

  it('has a validator with a message code', () => {
    expect(validateIssuedWithin('2024-03-01', 6, today)).toEqual({ ok: true, value: '2024-03-01' })
    expect(validateIssuedWithin('2024-01-01', 6, today)).toEqual({
      ok: false,
      code: 'date.issuedTooLongAgo',
      params: { months: 6 }
    })
    expect(validateIssuedWithin('2024-09-01', 6, today)).toEqual({ ok: false, code: 'date.future' })
  })
})

describe('isValidFor (e.g. a passport valid for 6 more months)', () => {
  const today = '2024-03-15'
  it.each([
    ['2024-09-15', true],
    ['2024-09-14', false],
    ['2030-01-01', true],
    ['2024-03-14', false],
    ['bad', false]
  ])('%s -> %p', (expiry, expected) => expect(isValidFor(expiry, 6, today)).toBe(expected))

  it('has a validator that tells expired from expiring soon', () => {
    expect(validateValidFor('2030-01-01', 6, today).ok).toBe(true)
    expect(validateValidFor('2024-03-14', 6, today)).toEqual({ ok: false, code: 'date.expired' })
    expect(validateValidFor('2024-03-15', 6, today)).toEqual({
      ok: false,
      code: 'date.expiresTooSoon',
      params: { months: 6 }
    })
    expect(validateValidFor('', 6, today)).toEqual({ ok: false, code: 'date.required' })
  })
})
