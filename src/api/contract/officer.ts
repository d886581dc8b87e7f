import { z } from 'zod'
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
  matterId: z.string().optional(),
  note: Text.optional(),
  supplementItems: z
    .array(z.object({ kind: z.enum(['material', 'field']), ref: z.string(), message: Text }))
    .optional(),
  reasons: z.array(Text).optional()
})

export const ClockBody = z.object({ now: IsoDateTime.nullable() })
export const Clock = z.object({ now: IsoDateTime, frozen: z.boolean() })

export const FaultConfig = z.object({
  latencyMs: z.number().int().min(0).max(60000),
  errorRate: z.number().min(0).max(1),
  offline: z.boolean(),
  /** Let the server accept the request, then fail the response: the retry must not create twice. */
  failAfterCommit: z.boolean().default(false)
})
export type FaultConfig = z.infer<typeof FaultConfig>

export const OutboxMessage = z.object({
  id: Id,
  at: IsoDateTime,
  channel: z.enum(['in_app', 'wechat_subscribe', 'sms']),
  toUserId: Id,
  templateId: z.string().nullable(),
  title: Text,
  body: Text
})
