import { z } from 'zod'

export const Id = z.string().min(1).max(80)
export const IsoDateTime = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/, 'ISO date-time')
/** A Beijing calendar date. */
export const CalendarDate = z.string().regex(/^\d{4}-\d\d-\d\d$/, 'YYYY-MM-DD')
export const Text = z.object({ zh: z.string(), en: z.string() })
export type Text = z.infer<typeof Text>

export const Role = z.enum(['applicant', 'hr', 'verifier'])
export type Role = z.infer<typeof Role>

/** Money is integer fen: no floating-point yuan anywhere. */
export const Fen = z.number().int().nonnegative()

export const Page = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int().nonnegative() })

/** The error body every failing endpoint returns; `fields` maps form field paths to validation codes. */
export const ApiErrorBody = z.object({
  error: z.object({
    code: z.enum([
      'unauthorized',
      'forbidden',
      'not_found',
      'validation',
      'conflict',
      'bad_credentials',
      'rate_limited',
      'server',
      'unavailable'
    ]),
    message: z.string(),
    fields: z.record(z.string(), z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })).optional()
  })
})
export type ApiErrorBody = z.infer<typeof ApiErrorBody>
export const Ok = z.object({ ok: z.literal(true) })
