/**
 * Property-based fuzzing of every form validator: src/domain/validation/*, the application form
 * (src/domain/forms/*), the school-admission form and the points self-check. Each property runs
 * NUM_RUNS (1000) generated inputs; see tests/fuzz/support.ts for the seed policy and how to replay one.
 *
 * Every validator must: never throw on any input its type admits, answer with a verdict (valid, or a
 * code that has a message in English and Chinese), answer the same twice, and agree with the
 * oracles below (generated valid values pass, one illegal character fails, normalisation is stable).
 */
import fc from 'fast-check'
import {
  COUNTRIES,
  VALIDATION_CODES,
  ageOn,
  addMonths,
  daysInMonth,
  findNationality,
  formatDate,
  isIssuedWithin,
  isValidDate,
  isValidFor,
  maskPassport,
  mrzCheckDigit,
  nationalityName,
  normalizePassportNumber,
  parseDate,
  passportNumberMrzField,
  searchNationalities,
  toDayNumber,
  toHalfWidth,
  validateBirthDate,
  validateDateRange,
  validateIssuedWithin,
  validateNationality,
  validateNumber,
  validatePassportNumber,
  validatePermitNumber,
  validatePhone,
  validateValidFor,
  type ValidationResult
} from '@/domain/validation'
import { FIELDS, fieldsFor, validateCaseForm, type FieldDef, type FormValues } from '@/domain/forms/caseForm'
import { ACCEPTED_MIME_TYPES, MAX_UPLOAD_BYTES, checkDocumentDate, checkFile, guessMime } from '@/domain/forms/materials'
import { checkExtensionWindow } from '@/domain/forms/extension'
import { isIsoDate } from '@/domain/time/beijing'
import { MatterAction, MatterKind } from '@/domain/regions/schema'
import { validateSchoolDraft } from '@/features/perks/schoolForm'
import type { ChildDraft, SchoolDraft } from '@/features/perks/schoolDraft'
import { POINTS_INPUT_RANGES, validatePointsInput, type PointsField } from '@/domain/eligibility/points'
import {
  FUZZ_TIMEOUT_MS,
  ensure,
  TRICKY_CHARS,
  anyString,
  anyValue,
  fieldString,
  unicodeChar,
  hasFormMessage,
  insertAt,
  padded,
  runs,
  toFullWidth
} from './support'

jest.setTimeout(FUZZ_TIMEOUT_MS)

// ---------------------------------------------------------------- verdict checks

const KNOWN_CODES: ReadonlySet<string> = new Set(VALIDATION_CODES)

/** A verdict: valid with a value, or a known code with a message in both languages and printable params. */
function expectVerdict(result: ValidationResult<unknown>): void {
  if (result.ok) {
    ensure(Object.keys(result).sort()).toEqual(['ok', 'value'])
    return
  }
  ensure(KNOWN_CODES.has(result.code)).toBe(true)
  ensure(hasFormMessage(result.code)).toBe(true)
  for (const value of Object.values(result.params ?? {})) ensure(['string', 'number']).toContain(typeof value)
}

/** Calls twice: the same input must get the same verdict (no hidden state, no input-dependent randomness). */
function deterministic<T>(check: () => T): T {
  const first = check()
  ensure(check()).toEqual(first)
  return first
}

// ---------------------------------------------------------------- generators of valid values

const ALNUM = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789']
const DIGITS = [...'0123456789']

const digitString = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...DIGITS), minLength: min, maxLength: max })

/** A real calendar date 'YYYY-MM-DD' between 1900 and 2199. */
const calendarDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

/** 'Today' as the app passes it: a real date of this or a nearby century. */
const today = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

/** 'YYYY-MM-DD'-shaped text that names no day: 30 February, month 13, day 00. */
const impossibleDate = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }))
    .chain(([y, m]) => fc.integer({ min: daysInMonth(y, m) + 1, max: 99 }).map((d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)),
  fc
    .tuple(fc.integer({ min: 1900, max: 2199 }), fc.constantFrom(0, 13, 20, 99), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.tuple(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}-00`)
)

/** Text that is no 'YYYY-MM-DD' date at all, or names no real day. */
const notADate = fc
  .oneof(anyString, impossibleDate, fc.constantFrom('2024-1-5', '2024/01/05', '20240105', '2024-01-05T00:00', '２０２４-０１-０５'))
  .filter((s) => s.trim() !== '' && !isValidDate(s))

const passportNumber = fc.string({ unit: fc.constantFrom(...ALNUM), minLength: 1, maxLength: 9 })

/** A passport number as someone may type it: any case, spaces (ASCII or ideographic) anywhere, full-width forms. */
const typedPassport = passportNumber
  .chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.mixedCase(fc.constant(n)),
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(' ', '\u3000', '\t')), { maxLength: 3 }),
      fc.boolean()
    )
  )
  .map(([n, cased, spaces, fullWidth]) => {
    let text = cased
    for (const [at, space] of spaces) text = insertAt(text, space, at)
    return { expected: n, typed: fullWidth ? toFullWidth(text) : text }
  })

/** One character that no normalisation turns into what `legal` accepts (whitespace is layout, not illegal). */
const illegalChar = (legal: RegExp, normalize: (ch: string) => string) =>
  fc
    .oneof(fc.constantFrom(...TRICKY_CHARS, '!', '*', '@', '_', '=', '~', '|', ';', ':', ',', '?', '[', ']', '€', 'é', 'Ω', 'я', 'あ', '한'), unicodeChar)
    .filter((ch) => {
      const n = normalize(ch)
      return n !== '' && !legal.test(n)
    })

const passportNormal = (ch: string) => toHalfWidth(ch).replace(/\s+/g, '').toUpperCase()

const cnMobile = fc.tuple(fc.constantFrom(...'3456789'), digitString(9, 9)).map(([second, rest]) => `1${second}${rest}`)

const landline = fc
  .tuple(
    fc.oneof(
      fc.constant('010'),
      fc.constantFrom(...DIGITS).map((d) => `02${d}`),
      fc.tuple(fc.constantFrom(...'3456789'), digitString(2, 2)).map(([a, b]) => `0${a}${b}`)
    ),
    fc.tuple(fc.constantFrom(...'23456789'), digitString(6, 7)).map(([a, b]) => a + b),
    fc.option(digitString(1, 6), { nil: undefined })
  )
  .map(([area, local, extension]) => ({ area, local, extension }))

/** E.164 outside China (+86 numbers are read as Chinese ones). */
const international = fc
  .tuple(fc.constantFrom(...'123456789'), digitString(7, 14))
  .map(([first, rest]) => `+${first}${rest}`)
  .filter((n) => !n.startsWith('+86'))

/** Characters no phone number may hold (letters that mark an extension are left out: '010-2345678x9' is fine). */
const phoneIllegalChar = fc.constantFrom(
  ...'abcdfghijklmnopqrsuvwyzABCDFGHIJKLMNOPQRSUVWYZ*/!?@$%^&_=~|;:,<>',
  '中',
  '号',
  '😀',
  '٣',
  '𝟕',
  'Ⅻ',
  '\u0000',
  '\u200b'
)

const groupedDigits = (digits: string, separators: readonly string[]) =>
  fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...separators)), { maxLength: 4 }).map((cuts) => {
    let text = digits
    for (const [at, sep] of cuts) text = insertAt(text, sep, at)
    return text
  })

// ---------------------------------------------------------------- validation/*: never throws, always a verdict

describe('validators never throw and always give a clear verdict', () => {
  const anyCheckDigit = fc.oneof(fc.constant(undefined), anyString, fc.integer({ min: -5, max: 15 }), fc.double())
  const rule = fc.oneof(
    fc.constantFrom(...Object.values(POINTS_INPUT_RANGES)),
    fc
      .tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 2000 }), fc.boolean())
      .map(([min, span, integer]) => ({ min, max: min + span, integer }))
  )
  const ageRange = fc
    .tuple(fc.integer({ min: 0, max: 130 }), fc.integer({ min: 0, max: 130 }))
    .map(([a, b]) => ({ minAge: Math.min(a, b), maxAge: Math.max(a, b) }))
  const months = fc.integer({ min: 0, max: 1200 })

  it('passport number (with and without a check digit)', () => {
    fc.assert(
      fc.property(anyString, anyCheckDigit, (value, checkDigit) => {
        expectVerdict(deterministic(() => validatePassportNumber(value)))
        expectVerdict(deterministic(() => validatePassportNumber(value, checkDigit as string | number | undefined)))
        ensure(typeof maskPassport(value)).toBe('string')
        ensure(typeof normalizePassportNumber(value)).toBe('string')
      }),
      runs()
    )
  })

  it('nationality (and looking one up by code)', () => {
    fc.assert(
      fc.property(anyString, fc.constantFrom('en', 'zh', 'zh-CN', 'EN', ''), (value, lang) => {
        expectVerdict(deterministic(() => validateNationality(value)))
        const country = findNationality(value)
        ensure(country === undefined || COUNTRIES.includes(country)).toBe(true)
        ensure(['string', 'undefined']).toContain(typeof nationalityName(value, lang))
      }),
      runs()
    )
  })

  it('nationality search', () => {
    const offered = new Set(COUNTRIES.filter((c) => !c.aliasOf).map((c) => c.code))
    fc.assert(
      fc.property(
        anyString.filter((q) => q.trim() !== ''),
        fc.constantFrom('en', 'zh-CN'),
        (query, lang) => {
          const found = searchNationalities(query, lang)
          ensure(new Set(found.map((o) => o.code)).size).toBe(found.length)
          for (const option of found) ensure(offered.has(option.code)).toBe(true)
        }
      ),
      runs()
    )
  })

  it('phone number', () => {
    fc.assert(
      fc.property(anyString, (value) => {
        expectVerdict(deterministic(() => validatePhone(value)))
      }),
      runs()
    )
  })

  it('work permit number', () => {
    fc.assert(
      fc.property(anyString, (value) => {
        expectVerdict(deterministic(() => validatePermitNumber(value)))
      }),
      runs()
    )
  })

  it('number (the value may be anything a form holds)', () => {
    fc.assert(
      fc.property(anyValue, rule, (value, r) => {
        expectVerdict(deterministic(() => validateNumber(value, r)))
      }),
      runs()
    )
  })

  it('dates: birth date, range, issued within, valid for', () => {
    fc.assert(
      fc.property(anyString, anyString, today, ageRange, months, fc.boolean(), (a, b, now, range, m, allowSameDay) => {
        expectVerdict(deterministic(() => validateBirthDate(a, now)))
        expectVerdict(deterministic(() => validateBirthDate(a, now, range)))
        expectVerdict(deterministic(() => validateDateRange(a, b, { allowSameDay })))
        expectVerdict(deterministic(() => validateIssuedWithin(a, m, now)))
        expectVerdict(deterministic(() => validateValidFor(a, m, now)))
        ensure(typeof isIssuedWithin(a, m, now)).toBe('boolean')
        ensure(typeof isValidFor(a, m, now)).toBe('boolean')
        ensure(isValidDate(a)).toBe(parseDate(a) !== null)
      }),
      runs()
    )
  })

  it('full-width folding keeps every character and is stable', () => {
    fc.assert(
      fc.property(anyString, (value) => {
        const folded = toHalfWidth(value)
        ensure([...folded].length).toBe([...value].length)
        ensure(toHalfWidth(folded)).toBe(folded)
      }),
      runs()
    )
  })

  it('MRZ check digit: a digit for MRZ text, a RangeError (and nothing else) for anything else', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: fc.constantFrom(...ALNUM, '<'), maxLength: 44 }), anyString), (field) => {
        if (/^[0-9A-Z<]*$/.test(field)) {
          const digit = mrzCheckDigit(field)
          ensure(Number.isInteger(digit) && digit >= 0 && digit <= 9).toBe(true)
        } else {
          ensure(() => mrzCheckDigit(field)).toThrow(RangeError)
        }
      }),
      runs({ examples: [['L898902C3'], ['']] })
    )
    // ICAO Doc 9303 Part 3, appendix A: the specimen passport number.
    ensure(mrzCheckDigit('L898902C3')).toBe(6)
  })
})

// ---------------------------------------------------------------- validation/*: oracles

describe('validator oracles', () => {
  it('a passport number typed in any case, spacing or width is accepted as its upper-case form', () => {
    const typed = typedPassport.chain((p) => padded(fc.constant(p.typed)).map((t) => ({ expected: p.expected, typed: t })))
    fc.assert(
      fc.property(typed, ({ expected, typed }) => {
        ensure(validatePassportNumber(typed)).toEqual({ ok: true, value: expected })
      }),
      runs()
    )
  })

  it('an accepted passport number is a fixed point, and its mask hides at least half of it', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyString,
          typedPassport.map((p) => p.typed)
        ),
        (value) => {
          const result = validatePassportNumber(value)
          if (!result.ok) return
          ensure(result.value).toMatch(/^[A-Z0-9]{1,9}$/)
          ensure(validatePassportNumber(result.value)).toEqual(result)
          const mask = maskPassport(result.value)
          ensure(mask).toHaveLength(result.value.length)
          ensure([...mask].filter((ch) => ch === '*').length * 2).toBeGreaterThanOrEqual(result.value.length)
        }
      ),
      runs()
    )
  })

  it('one illegal character anywhere in a passport number is rejected as such', () => {
    fc.assert(
      fc.property(passportNumber, illegalChar(/^[A-Z0-9]+$/, passportNormal), fc.double({ min: 0, max: 1, noNaN: true }), (number, ch, at) => {
        ensure(validatePassportNumber(insertAt(number, ch, at))).toEqual({ ok: false, code: 'passport.badChars' })
      }),
      runs()
    )
  })

  it('a passport number longer than 9 characters is too long; the MRZ check digit must match', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...ALNUM), minLength: 10, maxLength: 40 }),
        passportNumber,
        fc.integer({ min: 0, max: 9 }),
        (tooLong, number, digit) => {
          ensure(validatePassportNumber(tooLong)).toEqual({ ok: false, code: 'passport.tooLong', params: { max: 9 } })
          const expected = mrzCheckDigit(passportNumberMrzField(number))
          ensure(validatePassportNumber(number, expected)).toEqual({ ok: true, value: number })
          ensure(validatePassportNumber(number, ` ${expected} `)).toEqual({ ok: true, value: number })
          if (digit !== expected) ensure(validatePassportNumber(number, digit)).toEqual({ ok: false, code: 'passport.checkDigit' })
        }
      ),
      runs()
    )
  })

  it('every nationality code is accepted however it is typed; one extra character makes it unknown', () => {
    const codes = COUNTRIES.map((c) => c.code)
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.boolean(),
        fc.boolean(),
        fc.string({ unit: fc.constantFrom(' ', '\u3000'), maxLength: 2 }),
        unicodeChar.filter((ch) => !/\s/.test(ch)),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (code, lower, wide, space, extra, at) => {
          let typed = lower ? code.toLowerCase() : code
          if (code.endsWith('<<') && lower) typed = typed.replace(/<+$/, '') // 'd' for 'D<<'
          if (wide) typed = toFullWidth(typed)
          ensure(validateNationality(space + typed + space)).toEqual({ ok: true, value: code })
          ensure(validateNationality(insertAt(code, extra, at)).ok).toBe(false)
        }
      ),
      runs()
    )
  })

  it('searching a nationality by its code lists that country first', () => {
    const offered = COUNTRIES.filter((c) => !c.aliasOf)
    fc.assert(
      fc.property(fc.constantFrom(...offered), fc.constantFrom('en', 'zh-CN'), fc.boolean(), (country, lang, lower) => {
        const query = country.code.replace(/</g, '')
        const found = searchNationalities(lower ? query.toLowerCase() : query, lang)
        ensure(found[0]?.code).toBe(country.code)
      }),
      runs()
    )
  })

  it('Chinese mobiles, landlines and international numbers are accepted however they are laid out', () => {
    const layout = (digits: string) => groupedDigits(digits, [' ', '-', '\u3000'])
    const cases = fc.oneof(
      cnMobile.chain((m) =>
        fc.tuple(layout(m), fc.constantFrom('', '+86', '+86 ', '0086', '+86-', '(+86) '), fc.boolean()).map(([typed, prefix, wide]) => ({
          typed: wide ? toFullWidth(prefix + typed) : prefix + typed,
          expected: { kind: 'cn_mobile', normalized: m }
        }))
      ),
      landline.chain(({ area, local, extension }) =>
        fc
          .tuple(fc.constantFrom('-', '', ' ', '(', ')'), fc.constantFrom('-', '#', '转', 'ext', 'ext.', 'x', ' ext '), fc.boolean(), fc.boolean())
          .map(([sep, extSep, viaChina, wide]) => {
            const areaPart = viaChina ? `+86 ${area.slice(1)}` : sep === '(' ? `(${area})` : area
            const typed = `${areaPart}${sep === '(' || sep === ')' ? ' ' : sep}${local}${extension ? extSep + extension : ''}`
            return {
              typed: wide ? toFullWidth(typed) : typed,
              expected: { kind: 'cn_landline', normalized: extension ? `${area}-${local}-${extension}` : `${area}-${local}` }
            }
          })
      ),
      international.chain((n) =>
        fc
          .tuple(layout(n.slice(1)), fc.constantFrom('+', '00', '+ '))
          .map(([rest, plus]) => ({ typed: plus + rest, expected: { kind: 'international', normalized: n } }))
      )
    )
    fc.assert(
      fc.property(cases, ({ typed, expected }) => {
        const result = validatePhone(typed)
        ensure([typed, result]).toEqual([typed, { ok: true, value: expected }])
        // The normalised form reads back as itself.
        ensure(validatePhone(expected.normalized)).toEqual(result)
      }),
      runs({ examples: [[{ typed: '+86 779 2038430', expected: { kind: 'cn_landline', normalized: '0779-2038430' } }]] })
    )
  })

  it('one illegal character anywhere in a phone number is rejected', () => {
    const plain = fc.oneof(
      cnMobile,
      international,
      landline.map(({ area, local, extension }) => (extension ? `${area}-${local}-${extension}` : `${area}-${local}`))
    )
    fc.assert(
      fc.property(plain, phoneIllegalChar, fc.double({ min: 0, max: 1, noNaN: true }), (number, ch, at) => {
        ensure(validatePhone(insertAt(number, ch, at))).toEqual({ ok: false, code: 'phone.invalid' })
      }),
      runs()
    )
  })

  it('a work permit number is 18 digits, grouped or not; other lengths say how many were typed', () => {
    fc.assert(
      fc.property(
        digitString(18, 18).chain((d) => fc.tuple(fc.constant(d), groupedDigits(d, [' ', '-', '\u3000', '－']), fc.boolean())),
        digitString(1, 40).filter((d) => d.length !== 18),
        ([digits, grouped, wide], wrong) => {
          ensure(validatePermitNumber(wide ? toFullWidth(grouped) : grouped)).toEqual({ ok: true, value: digits })
          ensure(validatePermitNumber(wrong)).toEqual({ ok: false, code: 'permitNumber.length', params: { length: 18, actual: wrong.length } })
        }
      ),
      runs()
    )
  })

  it('one illegal character in a work permit number is rejected as not digits', () => {
    const permitNormal = (ch: string) => toHalfWidth(ch).replace(/\s+/g, '').replace(/-/g, '')
    fc.assert(
      fc.property(digitString(18, 18), illegalChar(/^\d+$/, permitNormal), fc.double({ min: 0, max: 1, noNaN: true }), (digits, ch, at) => {
        ensure(validatePermitNumber(insertAt(digits, ch, at))).toEqual({ ok: false, code: 'permitNumber.notDigits' })
      }),
      runs()
    )
  })

  it('a decimal number is read as itself (in either width), within its range; exponents, hex and units are not numbers', () => {
    const decimal = fc
      .tuple(fc.constantFrom('', '+', '-'), digitString(1, 6), fc.option(digitString(0, 4), { nil: undefined }))
      .map(([sign, whole, fraction]) => (fraction === undefined ? `${sign}${whole}` : `${sign}${whole}.${fraction}`))
    const rule = fc
      .tuple(fc.integer({ min: -500, max: 500 }), fc.integer({ min: 0, max: 100_000 }), fc.boolean())
      .map(([min, span, integer]) => ({ min, max: min + span, integer }))
    const notDecimal = fc.oneof(
      fc.tuple(digitString(1, 3), digitString(1, 2)).map(([m, e]) => `${m}e${e}`),
      digitString(1, 4).map((d) => `0x${d}`),
      fc.tuple(digitString(1, 3), digitString(1, 3)).map(([a, b]) => `${a},${b}`),
      digitString(1, 3).map((d) => `${d}%`),
      digitString(1, 3).map((d) => `${d}万`),
      fc.constantFrom('Infinity', '-Infinity', 'NaN', '.', '-', '+', '1.2.3', '--1')
    )
    fc.assert(
      fc.property(padded(decimal), rule, notDecimal, (text, r, bad) => {
        const value = Number(text.trim())
        const expectedOk = !(value < 0 && r.min >= 0) && !(r.integer && !Number.isInteger(value)) && value >= r.min && value <= r.max
        const result = validateNumber(text, r)
        ensure(result.ok).toBe(expectedOk)
        if (result.ok) ensure(result.value).toBe(value)
        ensure(validateNumber(toFullWidth(text), r)).toEqual(result)
        ensure(validateNumber(bad, r)).toEqual({ ok: false, code: 'number.notNumber' })
      }),
      runs()
    )
  })

  it('dates round-trip, impossible days are rejected, and a range must run forwards', () => {
    fc.assert(
      fc.property(calendarDate, calendarDate, impossibleDate, fc.boolean(), (a, b, impossible, allowSameDay) => {
        const parsed = parseDate(a)
        ensure(parsed && formatDate(parsed)).toBe(a)
        ensure(parseDate(` ${a}\t`)).toEqual(parsed)
        ensure(parseDate(impossible)).toBeNull()
        ensure(validateDateRange(impossible, b)).toEqual({ ok: false, code: 'date.invalid' })
        const gap = Date.parse(b) - Date.parse(a)
        ensure(toDayNumber(b) - toDayNumber(a)).toBe(gap / 86_400_000)
        const forwards = gap > 0 || (gap === 0 && allowSameDay)
        ensure(validateDateRange(a, b, { allowSameDay })).toEqual(forwards ? { ok: true, value: { from: a, to: b } } : { ok: false, code: 'date.rangeOrder' })
      }),
      runs()
    )
  })

  it('a birth date N years before today is an age of N, checked against the age range', () => {
    fc.assert(
      fc.property(today, fc.integer({ min: 0, max: 130 }), fc.integer({ min: 0, max: 130 }), fc.integer({ min: 0, max: 130 }), (now, years, a, b) => {
        const [y, m, d] = now.split('-').map(Number)
        // Day 28 at most: a 29 February birthday has its own rule (tested in dates.test.ts).
        const birth = formatDate({ year: y - years, month: m, day: Math.min(d, 28) })
        const range = { minAge: Math.min(a, b), maxAge: Math.max(a, b) }
        ensure(ageOn(birth, now)).toBe(years)
        const result = validateBirthDate(birth, now, range)
        if (years >= range.minAge && years <= range.maxAge) ensure(result).toEqual({ ok: true, value: birth })
        else ensure(result).toEqual({ ok: false, code: 'date.ageOutOfRange', params: { min: range.minAge, max: range.maxAge } })
        const tomorrow = new Date(Date.parse(now) + 86_400_000).toISOString().slice(0, 10)
        ensure(validateBirthDate(tomorrow, now)).toEqual({ ok: false, code: 'date.future' })
      }),
      runs()
    )
  })

  it('issued-within and valid-for agree with adding months to today', () => {
    fc.assert(
      fc.property(calendarDate, today, fc.integer({ min: 0, max: 120 }), (date, now, m) => {
        const issued = validateIssuedWithin(date, m, now)
        if (date > now) ensure(issued).toEqual({ ok: false, code: 'date.future' })
        else if (date < addMonths(now, -m)) ensure(issued).toEqual({ ok: false, code: 'date.issuedTooLongAgo', params: { months: m } })
        else ensure(issued).toEqual({ ok: true, value: date })
        const validFor = validateValidFor(date, m, now)
        if (date < now) ensure(validFor).toEqual({ ok: false, code: 'date.expired' })
        else if (date < addMonths(now, m)) ensure(validFor).toEqual({ ok: false, code: 'date.expiresTooSoon', params: { months: m } })
        else ensure(validFor).toEqual({ ok: true, value: date })
      }),
      runs()
    )
  })
})

// ---------------------------------------------------------------- the application form (src/domain/forms)

const KINDS = MatterKind.options
const ACTIONS = MatterAction.options
const NATIONALITY_CODES = COUNTRIES.map((c) => c.code)
const ALL_FIELDS: readonly FieldDef[] = Object.values(FIELDS)

const text = (max: number) =>
  fc.string({ unit: unicodeChar, minLength: 1, maxLength: Math.min(max, 60) }).filter((s) => s.trim() !== '' && s.trim().length <= max)

/** Chosen matters with their actions (permits may be changed, extended, cancelled). */
const matters = fc.uniqueArray(fc.tuple(fc.constantFrom(...KINDS), fc.constantFrom(...ACTIONS)), { minLength: 1, maxLength: 4, selector: ([kind]) => kind })

/** Two real dates, the first strictly before the second. */
const orderedDates = fc
  .tuple(calendarDate, calendarDate)
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => (a < b ? [a, b] : [b, a]))

/** A value that passes every field of the form (consistent pairs: contract, permit validity, extension). */
const validForm = (now: string): fc.Arbitrary<FormValues> =>
  fc
    .record({
      fullName: text(200),
      sex: fc.constantFrom('female', 'male'),
      age: fc.integer({ min: 0, max: 120 }),
      nationality: fc.constantFrom(...NATIONALITY_CODES),
      phone: fc.oneof(cnMobile, international),
      passport: typedPassport.map((p) => p.typed),
      passportExpiry: calendarDate,
      position: text(200),
      contract: orderedDates,
      salary: fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }).map(String), fc.constant('45.5')),
      address: text(200),
      startMonth: text(200),
      series: text(200),
      criterion: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
      permitValidity: orderedDates,
      employerPhone: fc.oneof(
        cnMobile,
        landline.map(({ area, local }) => `${area}-${local}`)
      ),
      employer: text(200),
      contactName: text(200),
      permitNumber: digitString(18, 18),
      extension: orderedDates,
      changeItem: fc.constantFrom('passport', 'position', 'employer_name', 'personal_details', 'other'),
      changeDetail: text(2000),
      cancelReason: fc.constantFrom('contract_ended', 'resigned', 'dismissed', 'left_china', 'other'),
      ended: calendarDate
    })
    .map((v) => {
      const [y, m, d] = now.split('-').map(Number)
      return {
        [FIELDS.fullName.path]: v.fullName,
        [FIELDS.sex.path]: v.sex,
        [FIELDS.birthDate.path]: formatDate({ year: y - v.age, month: m, day: Math.min(d, 28) }),
        [FIELDS.nationality.path]: v.nationality,
        [FIELDS.phone.path]: v.phone,
        [FIELDS.passportNumber.path]: v.passport,
        [FIELDS.passportExpiry.path]: v.passportExpiry,
        [FIELDS.position.path]: v.position,
        [FIELDS.contractFrom.path]: v.contract[0],
        [FIELDS.contractTo.path]: v.contract[1],
        [FIELDS.annualSalary10k.path]: v.salary,
        [FIELDS.homeAddress.path]: v.address,
        [FIELDS.insuranceStartMonth.path]: v.startMonth,
        [FIELDS.titleSeries.path]: v.series,
        [FIELDS.talentCriterion.path]: v.criterion,
        [FIELDS.permitValidFrom.path]: v.permitValidity[0],
        [FIELDS.permitValidTo.path]: v.permitValidity[1],
        [FIELDS.employerContact.path]: v.employerPhone,
        [FIELDS.employerName.path]: v.employer,
        [FIELDS.employerContactName.path]: v.contactName,
        [FIELDS.employerOpinion.path]: 'verified_agree',
        [FIELDS.permitNumber.path]: v.permitNumber,
        [FIELDS.permitValidToCurrent.path]: v.extension[0],
        [FIELDS.extendTo.path]: v.extension[1],
        [FIELDS.changeItem.path]: v.changeItem,
        [FIELDS.changeDetail.path]: v.changeDetail,
        [FIELDS.cancelReason.path]: v.cancelReason,
        [FIELDS.cancelEndDate.path]: v.ended
      }
    })

/** A value that fails this field on its own, whatever the other fields hold. */
function brokenValue(field: FieldDef, now: string): fc.Arbitrary<unknown> {
  const missing = fc.constantFrom('', '   ', '\u3000', null, undefined, true, {}, [])
  switch (field.input) {
    case 'passport':
      return fc.oneof(missing, fc.constantFrom('A-1', '1234567890', 'E12 345 678 9', '護照'))
    case 'nationality':
      return fc.oneof(missing, fc.constantFrom('ZZZ', 'GBRR', 'Britain', '1'))
    case 'phone':
      return fc.oneof(missing, fc.constantFrom('123', 'abc', '+0123456789', '138001380000'))
    case 'permitNumber':
      return fc.oneof(missing, digitString(1, 17), fc.constant('12345678901234567a'))
    case 'date': {
      const future = field.path === FIELDS.birthDate.path ? [new Date(Date.parse(now) + 86_400_000 * 400).toISOString().slice(0, 10)] : []
      return fc.oneof(missing, notADate, fc.constantFrom(...future, '2023-02-29'))
    }
    case 'number':
      return fc.oneof(missing, fc.constantFrom('-1', 'abc', '1e3', '0x10', 'Infinity', '45%', -5, NaN, Infinity))
    case 'select':
      return fc.oneof(
        missing,
        anyString.filter((s) => !field.options?.includes(s.trim()))
      )
    case 'textarea':
      return fc.oneof(
        missing,
        fc.integer({ min: 2001, max: 5000 }).map((n) => 'x'.repeat(n))
      )
    default:
      return fc.oneof(
        missing,
        fc.integer({ min: 201, max: 5000 }).map((n) => '字'.repeat(n))
      )
  }
}

/** A broken-field case built on a fixed valid form (fast-check examples for bugs found before). */
const regression = (field: FieldDef, broken: unknown, seed: number) => ({
  now: '2026-06-10',
  chosen: [['work_permit', 'issue']] as [MatterKind, MatterAction][],
  form: fc.sample(validForm('2026-06-10'), { seed, numRuns: 1 })[0],
  field,
  broken
})

describe('the application form (caseForm)', () => {
  const values = fc.dictionary(fc.oneof(fc.constantFrom(...ALL_FIELDS.map((f) => f.path)), fc.string()), anyValue, { maxKeys: 20 })
  const actions = fc.oneof(fc.constant(undefined), fc.array(fc.oneof(fc.constantFrom(...ACTIONS), anyString), { maxLength: 5 }))

  it('never throws; errors name only asked fields, with codes that have messages; same answer twice; input untouched', () => {
    fc.assert(
      fc.property(values, fc.array(fc.constantFrom(...KINDS), { maxLength: 5 }), today, actions, (form, kinds, now, acts) => {
        const before = fc.stringify(form)
        const errors = deterministic(() => validateCaseForm(form, kinds, now, acts))
        ensure(fc.stringify(form)).toBe(before)
        const asked = new Set(fieldsFor(kinds, acts).map((f) => f.path))
        for (const [path, error] of Object.entries(errors)) {
          ensure(asked.has(path)).toBe(true)
          ensure([path, hasFormMessage(error.code)]).toEqual([path, true])
          for (const value of Object.values(error.params ?? {})) ensure(['string', 'number']).toContain(typeof value)
        }
      }),
      // Regression: an action named like an Object.prototype member picked that member as the permit form and threw.
      runs({
        examples: [
          [{}, ['work_permit'], '1990-01-01', ['__proto__']],
          [{}, ['residence_permit'], '2026-06-10', ['constructor']]
        ]
      })
    )
  })

  it('a form filled with valid values has no errors', () => {
    fc.assert(
      fc.property(
        today.chain((now) => fc.tuple(fc.constant(now), validForm(now))),
        matters,
        ([now, form], chosen) => {
          const errors = validateCaseForm(
            form,
            chosen.map(([k]) => k),
            now,
            chosen.map(([, a]) => a)
          )
          ensure(errors).toEqual({})
        }
      ),
      runs()
    )
  })

  it('one broken field is reported on that field and nowhere else', () => {
    const scenario = fc.tuple(today, matters).chain(([now, chosen]) => {
      const asked = fieldsFor(
        chosen.map(([k]) => k),
        chosen.map(([, a]) => a)
      )
      return fc
        .tuple(fc.constant(now), fc.constant(chosen), validForm(now), fc.constantFrom(...asked))
        .chain(([n, c, form, field]) => brokenValue(field, n).map((broken) => ({ now: n, chosen: c, form, field, broken })))
    })
    fc.assert(
      fc.property(scenario, ({ now, chosen, form, field, broken }) => {
        const errors = validateCaseForm(
          { ...form, [field.path]: broken },
          chosen.map(([k]) => k),
          now,
          chosen.map(([, a]) => a)
        )
        ensure([field.path, Object.keys(errors)]).toEqual([field.path, [field.path]])
      }),
      runs({
        examples: [
          // Regression: a bad contract start was also reported on the (valid) contract end.
          [regression(FIELDS.contractFrom, 'soon', 1)],
          // Regression: a day that does not exist passed as a date.
          [regression(FIELDS.passportExpiry, '2031-02-30', 2)],
          // Regression: an exponent passed as a salary (the points form refuses it).
          [regression(FIELDS.annualSalary10k, '1e3', 3)]
        ]
      })
    )
  })

  it('a number field agrees with the number validator (decimal notation, not negative)', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, fc.double(), fc.integer()), today, (raw, now) => {
        const errors = validateCaseForm({ [FIELDS.annualSalary10k.path]: raw }, ['work_permit'], now)
        const text = typeof raw === 'number' ? String(raw) : raw.trim()
        const expected = text === '' ? false : validateNumber(text, { min: 0, max: Number.POSITIVE_INFINITY }).ok
        ensure([raw, !errors[FIELDS.annualSalary10k.path]]).toEqual([raw, expected])
      }),
      runs({
        examples: [
          ['0x10', '2026-06-10'],
          ['1e3', '2026-06-10'],
          ['４５', '2026-06-10']
        ]
      })
    )
  })
})

describe('materials: files and document dates', () => {
  const validity = fc.constantFrom(undefined, 'issued_within_6_months', 'valid_for_6_months') as fc.Arbitrary<
    'issued_within_6_months' | 'valid_for_6_months' | undefined
  >

  it('a file is accepted only with an accepted type and a size from 1 byte to 10 MB', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...ACCEPTED_MIME_TYPES), anyString),
        fc.oneof(fc.double(), fc.integer({ min: -5, max: MAX_UPLOAD_BYTES + 5 })),
        (mime, size) => {
          const problem = checkFile({ mime, size })
          const acceptable = (ACCEPTED_MIME_TYPES as readonly string[]).includes(mime) && size > 0 && size <= MAX_UPLOAD_BYTES
          ensure([mime, size, problem === null]).toEqual([mime, size, acceptable])
          if (problem) ensure(hasFormMessage(problem)).toBe(true)
        }
      ),
      runs({ examples: [['image/png', NaN]] })
    )
  })

  it('the mime type guessed from a platform file is a lower-case type/subtype', () => {
    fc.assert(
      fc.property(
        fc.option(anyString, { nil: undefined }),
        fc.oneof(
          anyString,
          fc.tuple(anyString, fc.constantFrom('.jpg', '.JPEG', '.png', '.pdf', '.PDF?x=1')).map(([a, b]) => a + b)
        ),
        (fileType, name) => {
          const mime = guessMime(fileType, name)
          ensure(typeof mime).toBe('string')
          if (!fileType?.includes('/')) ensure(mime).toMatch(/^[^/]*\/[^/]*$/)
        }
      ),
      runs()
    )
  })

  it('a document date gets a clear verdict: required, not a date, future, too old, expiring too soon, or fine', () => {
    fc.assert(
      fc.property(
        validity,
        fc.oneof(fc.constant(null), fc.constant(undefined), calendarDate, padded(calendarDate), notADate, impossibleDate),
        today,
        (rule, date, now) => {
          const problem = deterministic(() => checkDocumentDate(rule, date, now))
          if (problem) ensure(hasFormMessage(problem)).toBe(true)
          if (!rule) return ensure(problem).toBeNull()
          if (!date) return ensure(problem).toBe('date.required')
          if (!isValidDate(date)) return ensure([date, problem]).toEqual([date, 'date.invalid'])
          const day = date.trim()
          if (rule === 'issued_within_6_months') {
            ensure([date, problem]).toEqual([date, day > now ? 'date.future' : isIssuedWithin(day, 6, now) ? null : 'date.issuedTooLongAgo'])
          } else {
            ensure([date, problem]).toEqual([date, isValidFor(day, 6, now) ? null : 'date.expiresTooSoon'])
          }
        }
      ),
      // Regression: a day that does not exist was reported as issued too long ago (or, sorting after today, as in the future).
      runs({
        examples: [
          ['issued_within_6_months', '2026-02-30', '2026-06-10'],
          ['issued_within_6_months', 'soon', '2026-06-10'],
          ['valid_for_6_months', '2031-13-01', '2026-06-10'],
          ['issued_within_6_months', ' 2030-01-01', '2026-06-10']
        ]
      })
    )
  })
})

describe('extension window', () => {
  it('never throws on a permit date from any source; real dates are judged by the days left', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(null), fc.constant(undefined), calendarDate, impossibleDate, anyString),
        today,
        fc.option(fc.integer({ min: 0, max: 365 }), { nil: undefined }),
        (validTo, now, minimum) => {
          const check = deterministic(() => checkExtensionWindow({ validTo, today: now, atLeastDaysBeforeExpiry: minimum }))
          if (!check.ok) ensure(hasFormMessage(check.reason)).toBe(true)
          if (!validTo || !isIsoDate(validTo)) {
            ensure(check).toMatchObject({ ok: false, reason: 'extension.noPermit' })
            return
          }
          const daysLeft = toDayNumber(validTo) - (minimum ?? 0) - toDayNumber(now)
          if (validTo < now) ensure(check).toMatchObject({ ok: false, reason: 'extension.expired', daysLeft })
          else ensure(check).toMatchObject({ ok: true, daysLeft, late: daysLeft < 0 })
        }
      ),
      // Regression: a permit date that passed the contract's YYYY-MM-DD pattern but named no day threw.
      runs({ examples: [['2026-02-30', '2026-01-10', 30]] })
    )
  })
})

// ---------------------------------------------------------------- the school-admission form

const sex = fc.constantFrom('female', 'male', '') as fc.Arbitrary<'female' | 'male' | ''>

const childDraft = (value: fc.Arbitrary<string>): fc.Arbitrary<ChildDraft> =>
  fc.record({
    key: fc.string({ maxLength: 8 }),
    name: value,
    sex,
    birthMonth: fc.oneof(
      value,
      calendarDate.map((d) => d.slice(0, 7))
    ),
    currentSchool: value,
    currentGrade: value,
    schoolApplied: value,
    gradeApplied: value
  })

const schoolDraft = (value: fc.Arbitrary<string>): fc.Arbitrary<SchoolDraft> =>
  fc.record({
    parent: fc.record({
      name: value,
      sex,
      passportNumber: fc.oneof(
        value,
        typedPassport.map((p) => p.typed)
      ),
      employer: value,
      position: value,
      phone: fc.oneof(value, cnMobile),
      employerAddress: value,
      homeAddress: value
    }),
    children: fc.array(childDraft(value), { minLength: 1, maxLength: 4 }),
    uploads: fc.constant([]),
    idempotencyKey: fc.constant('k'),
    updatedAt: fc.constant(null)
  })

const SCHOOL_PATH =
  /^(parent\.(name|sex|passportNumber|employer|position|phone|employerAddress|homeAddress)|children\.\d+\.(name|sex|birthMonth|schoolApplied|gradeApplied))$/

describe('the school-admission form', () => {
  it('never throws; every error is on a field of the form, with a code that has a message', () => {
    fc.assert(
      fc.property(schoolDraft(fieldString), today, (draft, now) => {
        const errors = deterministic(() => validateSchoolDraft(draft, now))
        for (const [path, error] of Object.entries(errors)) {
          ensure(path).toMatch(SCHOOL_PATH)
          if (path.startsWith('children.')) ensure(Number(path.split('.')[1])).toBeLessThan(draft.children.length)
          ensure([path, hasFormMessage(error.code)]).toEqual([path, true])
        }
        // The passport and phone verdicts are those of their validators.
        ensure(errors['parent.passportNumber']?.code).toBe(((r) => (r.ok ? undefined : r.code))(validatePassportNumber(draft.parent.passportNumber)))
        ensure(errors['parent.phone']?.code).toBe(((r) => (r.ok ? undefined : r.code))(validatePhone(draft.parent.phone)))
      }),
      runs()
    )
  })

  it('a complete draft has no errors, and whitespace around any value changes nothing', () => {
    const filled = schoolDraft(text(80)).map((d) => ({
      ...d,
      parent: { ...d.parent, sex: 'female' as const, passportNumber: 'E1234567', phone: '13800138000' },
      children: d.children.map((c, i) => ({ ...c, sex: 'male' as const, birthMonth: `20${String(10 + i).padStart(2, '0')}-0${1 + i}` }))
    }))
    const pad = (draft: SchoolDraft, space: string): SchoolDraft => ({
      ...draft,
      parent: Object.fromEntries(Object.entries(draft.parent).map(([k, v]) => [k, k === 'sex' ? v : space + v + space])) as SchoolDraft['parent'],
      children: draft.children.map(
        (c) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, k === 'sex' || k === 'key' ? v : space + v + space])) as unknown as ChildDraft
      )
    })
    fc.assert(
      fc.property(filled, schoolDraft(fieldString), fc.constantFrom(' ', '\t', '\u3000', '\n '), (complete, any, space) => {
        ensure(validateSchoolDraft(complete, '2026-06-10')).toEqual({})
        ensure(validateSchoolDraft(pad(complete, space), '2026-06-10')).toEqual({})
        ensure(validateSchoolDraft(pad(any, space), '2026-06-10')).toEqual(validateSchoolDraft(any, '2026-06-10'))
      }),
      runs()
    )
  })
})

// ---------------------------------------------------------------- the points self-check

describe('the points self-check form', () => {
  const FIELDS_OF_POINTS: readonly PointsField[] = [
    'annualSalary10k',
    'education',
    'relevantExperienceYears',
    'monthsPerYearInChina',
    'age',
    'hsk',
    'formerChineseNational',
    'degreeTaughtInChinese',
    'topOverseasUniversity',
    'fortune500',
    'patents',
    'fiveYearsContinuousInChina'
  ]

  it('never throws on form values of any type; every error has a message', () => {
    const raw = fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS_OF_POINTS), fc.string()), anyValue, { maxKeys: 16 })
    fc.assert(
      fc.property(raw, (form) => {
        const result = deterministic(() => validatePointsInput(form))
        if (result.ok) return
        for (const [field, code] of Object.entries(result.errors)) {
          ensure(FIELDS_OF_POINTS).toContain(field)
          ensure([field, hasFormMessage(code!)]).toEqual([field, true])
        }
      }),
      // Regression: a value without a string form (an object with no prototype) threw a TypeError.
      runs({ examples: [[{ education: Object.create(null) as unknown }], [{ patents: Object.create(null) as unknown, age: '30' }]] })
    )
  })

  it('in-range numbers, a known education and yes/no flags are accepted as typed', () => {
    const flag = fc.constantFrom(true, false, 'true', 'false', 'yes', 'no', 'on', 'off', '1', '0', ' YES ', undefined, null, '')
    // Hundredths keep String(n) in decimal notation (a tiny double prints as '5e-324', which is refused as such).
    const num = (min: number, max: number, integer = false) =>
      (integer ? fc.integer({ min, max }) : fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100)).chain((n) =>
        fc.constantFrom(n, String(n), ` ${n} `)
      )
    const form = fc.record({
      annualSalary10k: num(0, 100_000),
      education: fc.constantFrom('phd', 'top_vocational', 'master', 'bachelor', 'none', ' phd '),
      relevantExperienceYears: num(0, 60),
      monthsPerYearInChina: num(0, 12),
      age: num(18, 100, true),
      hsk: fc.oneof(num(0, 6, true), fc.constantFrom('', undefined)),
      formerChineseNational: flag,
      degreeTaughtInChinese: flag,
      topOverseasUniversity: flag,
      fortune500: flag,
      patents: flag,
      fiveYearsContinuousInChina: flag
    })
    fc.assert(
      fc.property(form, (values) => {
        ensure(validatePointsInput(values)).toMatchObject({ ok: true })
      }),
      runs()
    )
  })
})
