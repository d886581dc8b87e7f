import * as z from 'zod/mini'
import { MockBackend } from '@mock/backend'
import { fieldsFromZod } from '@mock/http'
import { regionCores } from '@mock/node/regionsFromDisk'
import { describeIssue } from '@/domain/validation/schemaIssue'

const Body = z.object({ name: z.string().check(z.maxLength(3)), count: z.number() })

describe('fieldsFromZod', () => {
  it('tells a missing field from a wrong or too long one (given the issue input)', () => {
    const parsed = Body.safeParse({ name: 'long', count: undefined }, { reportInput: true })
    expect(parsed.success).toBe(false)
    if (!parsed.success) expect(fieldsFromZod(parsed.error, 'x')).toEqual({ 'x.name': { code: 'field.tooLong' }, 'x.count': { code: 'field.required' } })
    const wrong = Body.safeParse({ name: 1, count: 'one' }, { reportInput: true })
    if (!wrong.success) expect(fieldsFromZod(wrong.error)).toEqual({ name: { code: 'field.invalid' }, count: { code: 'field.invalid' } })
  })

  it('answers a request missing a body field with field.required', () => {
    const backend = new MockBackend({ regions: regionCores, realNow: () => Date.parse('2026-11-20T02:00:00.000Z') })
    const res = backend.handle({ method: 'POST', path: '/session', headers: {}, body: { username: 'hr.gansu', password: 7 } })
    expect(res.status).toBe(422)
    expect((res.data as { error: { fields: unknown } }).error.fields).toEqual({ password: { code: 'field.invalid' } })
    const missing = backend.handle({ method: 'POST', path: '/session', headers: {}, body: { username: 'hr.gansu' } })
    expect((missing.data as { error: { fields: unknown } }).error.fields).toEqual({ password: { code: 'field.required' } })
  })
})

describe('describeIssue', () => {
  it('names what failed without a message locale, and keeps a schema’s own message', () => {
    const Schema = z.object({ at: z.string().check(z.regex(/^\d{4}$/, 'YYYY')), items: z.array(z.number()).check(z.minLength(1)), n: z.number() })
    const issues = (input: unknown) => {
      const parsed = Schema.safeParse(input)
      return parsed.success ? [] : parsed.error.issues.map(describeIssue)
    }
    expect(issues({ at: 'x', items: [], n: 'one' })).toEqual(['at: invalid_format: YYYY', 'items: too_small (minimum 1)', 'n: invalid_type (expected number)'])
    expect(describeIssue(undefined)).toBe('invalid')
  })
})
