import * as z from 'zod/mini'
import { Id, IsoDateTime, Text } from './common'

/** Dev-only: the government side, played by the mock backend. */
export const OfficerAction = z.enum([
  'start_pre_review',
  'request_supplement',
  'accept_on_site',
  'start_review',
  'approve',
  'reject',
  'issue',
  'uphold_appeal',
  'dismiss_appeal'
])
export type OfficerAction = z.infer<typeof OfficerAction>

export const OfficerActionBody = z.object({
  action: OfficerAction,
  /** Omit to act on every matter the action applies to. */
  matterId: z.optional(z.string()),
  note: z.optional(Text),
  supplementItems: z.optional(z.array(z.object({ kind: z.enum(['material', 'field']), ref: z.string(), message: Text }))),
  reasons: z.optional(z.array(Text))
})

export const ClockBody = z.object({ now: z.nullable(IsoDateTime) })
export const Clock = z.object({ now: IsoDateTime, frozen: z.boolean() })

export const FaultConfig = z.object({
  latencyMs: z.number().check(z.int(), z.gte(0), z.lte(60000)),
  errorRate: z.number().check(z.gte(0), z.lte(1)),
  offline: z.boolean(),
  /** Let the server accept the request, then fail the response: the retry must not create twice. */
  failAfterCommit: z._default(z.boolean(), false)
})
export type FaultConfig = z.infer<typeof FaultConfig>

export const OutboxMessage = z.object({
  id: Id,
  at: IsoDateTime,
  channel: z.enum(['in_app', 'wechat_subscribe', 'sms']),
  toUserId: Id,
  templateId: z.nullable(z.string()),
  title: Text,
  body: Text
})
