import * as z from 'zod/mini'
import { validateCaseForm } from '@/domain/forms/caseForm'
import { fieldsFromZod } from '@mock/http'
/** Every code a validator can return has a message in both languages, with the placeholders its params fill. */
import en from '@locales/en/validation.json'
import zh from '@locales/zh-CN/validation.json'
import { validateBirthDate, validateDateRange, validateIssuedWithin, validateValidFor } from './dates'
import { validateNationality } from './nationality'
import { validateNumber } from './numbers'
import { validatePassportNumber } from './passport'
import { validatePermitNumber } from './permitNumber'
import { validatePhone } from './phone'
import { SERVER_FIELD_CODES, VALIDATION_CODES, type ValidationResult } from './result'
import { validatePointsInput } from '@/domain/eligibility/points'

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value)
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v)
  }
  return out
}

const EN = leaves(en as Tree)
const ZH = leaves(zh as Tree)
const placeholders = (text: string) => [...new Set(text.match(/\{\{\s*[\w.]+\s*\}\}/g) ?? [])].map((p) => p.replace(/[{}\s]/g, '')).sort()

/** Failures produced by actually calling the validators, so a code added in code but not in the list is caught. */
function producedFailures(): { code: string; params?: Record<string, unknown> }[] {
  const today = '2024-06-15'
  const results: ValidationResult<unknown>[] = [
    validatePassportNumber(''),
    validatePassportNumber('1234567890'),
    validatePassportNumber('A-1'),
    validatePassportNumber('L898902C3', '1'),
    validateNationality(''),
    validateNationality('ZZZ'),
    validatePhone(''),
    validatePhone('123'),
    validateBirthDate('', today),
    validateBirthDate('2024-02-30', today),
    validateBirthDate('2030-01-01', today),
    validateBirthDate('2020-01-01', today, { minAge: 18, maxAge: 100 }),
    validateDateRange('2024-02-01', '2024-01-01'),
    validateIssuedWithin('2020-01-01', 6, today),
    validateValidFor('2020-01-01', 6, today),
    validateValidFor('2024-07-01', 6, today),
    validatePermitNumber(''),
    validatePermitNumber('abc'),
    validatePermitNumber('123'),
    validateNumber('', { min: 0, max: 1 }),
    validateNumber('x', { min: 0, max: 1 }),
    validateNumber('-1', { min: 0, max: 1 }),
    validateNumber('0.5', { min: 0, max: 1, integer: true }),
    validateNumber('2', { min: 0, max: 1 })
  ]
  const failures: { code: string; params?: Record<string, unknown> }[] = results.flatMap((r) => (r.ok ? [] : [{ code: r.code, params: r.params }]))
  const points = validatePointsInput({ education: 'x', patents: 'maybe' })
  const pointsEmpty = validatePointsInput({})
  for (const p of [points, pointsEmpty]) if (!p.ok) for (const code of Object.values(p.errors)) failures.push({ code: code! })
  // The one application form and the backend's schema-level errors use the generic field codes.
  const form = validateCaseForm({ 'job.position': 'x'.repeat(201) }, ['work_permit'], today)
  for (const error of Object.values(form)) failures.push({ code: error.code })
  const schemaError = z.object({ n: z.number() }).safeParse({ n: 'one' })
  if (!schemaError.success) for (const error of Object.values(fieldsFromZod(schemaError.error))) failures.push({ code: error.code })
  return failures
}

describe('validation locales', () => {
  it('have the same keys in English and Chinese', () => {
    expect([...ZH.keys()].sort()).toEqual([...EN.keys()].sort())
  })

  it('have a message for every validation code, and nothing else', () => {
    expect([...EN.keys()].sort()).toEqual([...VALIDATION_CODES, ...SERVER_FIELD_CODES].sort())
  })

  it('have the same placeholders in both languages and no empty message', () => {
    for (const [key, text] of EN) {
      expect(text.trim()).not.toBe('')
      expect([key, placeholders(ZH.get(key) ?? '')]).toEqual([key, placeholders(text)])
    }
  })

  it('cover every code the validators return, and every param they pass appears in the message', () => {
    const failures = producedFailures()
    expect(new Set(failures.map((f) => f.code))).toEqual(new Set(VALIDATION_CODES))
    for (const { code, params } of failures) {
      expect(EN.has(code)).toBe(true)
      expect(ZH.has(code)).toBe(true)
      const used = placeholders(EN.get(code)!)
      expect([code, used]).toEqual([
        code,
        Object.keys(params ?? {})
          .filter((p) => used.includes(p))
          .sort()
      ])
      for (const name of used) expect([code, name, params && name in params]).toEqual([code, name, true])
    }
  })
})
