// zod/mini: the functional API tree-shakes, where classic zod's methods pull the whole library into the main package.
import * as z from 'zod/mini'

export const Id = z.string().check(z.minLength(1), z.maxLength(80))
export const IsoDateTime = z.string().check(z.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/, 'ISO date-time'))
/** A Beijing calendar date. */
export const CalendarDate = z.string().check(z.regex(/^\d{4}-\d\d-\d\d$/, 'YYYY-MM-DD'))
export const Text = z.object({ zh: z.string(), en: z.string() })
export type Text = z.infer<typeof Text>

export const Role = z.enum(['applicant', 'hr', 'verifier'])
export type Role = z.infer<typeof Role>

/** A whole, non-negative number (counts, sizes). */
export const Count = z.number().check(z.int(), z.nonnegative())

/** Money is integer fen: no floating-point yuan anywhere. */
export const Fen = Count

export const Page = <T extends z.ZodMiniType>(item: T) => z.object({ items: z.array(item), total: Count })

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
    /**
     * With `conflict` on an idempotent request whose key was already used for a different request: the id
     * of what that first request created (the first answer may have been lost; now the client can find it).
     */
    existingId: z.optional(z.string()),
    fields: z.optional(
      z.record(z.string(), z.object({ code: z.string(), params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))) }))
    )
  })
})
export type ApiErrorBody = z.infer<typeof ApiErrorBody>
export const Ok = z.object({ ok: z.literal(true) })
