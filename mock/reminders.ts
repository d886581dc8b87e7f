/**
 * Permit-expiry reminders (DOMAIN.md: extend at least 30 days before expiry; remind at 90, 60, 30 days).
 *
 * There is no scheduler in the mock: when a user reads their notifications, the reminders that are due
 * for them are created then. Each one has a deterministic id (user, employee, permit, expiry date,
 * threshold), so it is created once per threshold however often the inbox is opened, and a renewed
 * permit (new expiry date) starts its own series. Only the tightest threshold reached is sent: a permit
 * first seen 25 days before expiry gets the 30-day reminder, not three at once.
 *
 * Who is reminded: HR for every employee of their employer; an applicant for their own permits.
 */
import type { Text } from '@/api/contract'
import { beijingDate } from '@/domain/time/beijing'
import { daysUntil, expiryThreshold, extendBy } from '@/domain/case/stages'
import type { HandlerContext } from './handlers'
import type { EmployeeRecord, MockState, UserRecord } from './state'

type PermitKind = 'workPermit' | 'residencePermit'

const PERMIT_NAMES: Record<PermitKind, Text> = {
  workPermit: { en: 'work permit', zh: '工作许可' },
  residencePermit: { en: 'residence permit', zh: '居留许可' }
}

function employeesFor(state: MockState, user: UserRecord): EmployeeRecord[] {
  if (user.user.role === 'hr') return state.employees.filter((e) => e.employerId === user.user.employerId)
  if (user.user.role === 'applicant') return state.employees.filter((e) => e.userId === user.user.id)
  return []
}

export function reminderId(userId: string, employeeId: string, permit: PermitKind, validTo: string, threshold: number): string {
  return `n-exp-${userId}-${employeeId}-${permit}-${validTo}-${threshold}`
}

/** Creates the expiry reminders due for `user` today (at most one per permit and threshold). Returns how many. */
export function generateExpiryReminders(ctx: Pick<HandlerContext, 'state' | 'now'>, user: UserRecord): number {
  const today = beijingDate(ctx.now)
  const at = new Date(ctx.now).toISOString()
  let created = 0
  for (const employee of employeesFor(ctx.state, user)) {
    for (const permit of ['workPermit', 'residencePermit'] as const) {
      const validTo = employee[permit]?.validTo
      if (!validTo) continue
      const threshold = expiryThreshold(validTo, today)
      if (threshold === null) continue
      const id = reminderId(user.user.id, employee.id, permit, validTo, threshold)
      if (ctx.state.notifications.some((n) => n.id === id)) continue
      const days = daysUntil(validTo, today)
      const name = PERMIT_NAMES[permit]
      const title: Text = { en: `${employee.name}: ${name.en} expires in ${days} days`, zh: `${employee.name}：${name.zh}将在 ${days} 天后到期` }
      const body: Text = {
        en: `Valid to ${validTo}. File the extension by ${extendBy(validTo)} (at least 30 days before expiry).`,
        zh: `有效期至 ${validTo}。请于 ${extendBy(validTo)} 前（到期前至少30日）申请延期。`
      }
      ctx.state.notifications.unshift({ id, userId: user.user.id, at, kind: 'expiry', title, body, caseId: null, read: false })
      ctx.state.outbox.unshift({ id: `o-${id}`, at, channel: 'wechat_subscribe', toUserId: user.user.id, templateId: 'expiry', title, body })
      created++
    }
  }
  return created
}
