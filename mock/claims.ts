/**
 * Claim codes (src/domain/case/claimCode.ts): HR of the case's employer makes one on a case; the employee,
 * signed in with their own applicant account (e.g. a first WeChat sign-in), claims the case with it. Works
 * once, for 7 days; a new code retires the case's old one; wrong codes are limited per account and hour.
 */
import type { ClaimCode } from '@/api/contract'
import {
  CLAIM_CODE_MAX_WRONG_PER_HOUR,
  CLAIM_CODE_VALID_DAYS,
  claimCodeExpiresAt,
  claimCodeStatus,
  makeClaimCode,
  parseClaimCode
} from '@/domain/case/claimCode'
import { fail, HttpError } from './http'
import { mockRandomBytes } from './random'
import type { ClaimCodeRecord, MockState } from './state'
import { findCase, iso, notify, requireUser, summary, type HandlerContext, type HandlerMap } from './handlers'

const HOUR_MS = 3600 * 1000

function view(record: ClaimCodeRecord): ClaimCode {
  return { code: record.code, caseId: record.caseId, createdAt: record.createdAt, expiresAt: record.expiresAt }
}

function liveCodeOf(state: MockState, caseId: string, nowMs: number): ClaimCodeRecord | undefined {
  return state.claimCodes.find((r) => r.caseId === caseId && claimCodeStatus(r, nowMs) === 'live')
}

/** A whole number in [0, n) from the backend's secure random source, unbiased (bytes past the last whole multiple of n are drawn again). */
function randomBelow(n: number): number {
  const limit = 256 - (256 % n)
  for (;;) {
    const [byte] = mockRandomBytes(1)
    if (byte < limit) return byte % n
  }
}

function refuse(code: 'claim.unknown' | 'claim.expired' | 'claim.used' | 'claim.retired' | 'claim.tooManyTries', message: string, params?: Record<string, number>): HttpError {
  return fail.validation({ code: { code, ...(params ? { params } : {}) } }, message)
}

export const claimHandlers: Partial<HandlerMap> = {
  'cases.claimCode': (ctx) => {
    // Only HR of the case's employer sees it: another employer's case answers 404.
    const c = findCase(ctx)
    const live = c.applicantUserId ? undefined : liveCodeOf(ctx.state, c.id, ctx.now)
    return { data: { claimCode: live ? view(live) : null, linked: c.applicantUserId !== null } }
  },
  'cases.newClaimCode': (ctx) => {
    const user = requireUser(ctx)
    const c = findCase(ctx)
    if (c.applicantUserId) throw fail.conflict('The case is already linked to the employee’s account')
    const at = iso(ctx.now)
    for (const r of ctx.state.claimCodes) if (r.caseId === c.id && claimCodeStatus(r, ctx.now) === 'live') r.retiredAt = at
    let code = makeClaimCode(randomBelow)
    while (ctx.state.claimCodes.some((r) => r.code === code)) code = makeClaimCode(randomBelow)
    const record: ClaimCodeRecord = {
      code,
      caseId: c.id,
      employerId: c.employerId,
      createdBy: user.user.id,
      createdAt: at,
      expiresAt: iso(claimCodeExpiresAt(ctx.now)),
      usedAt: null,
      usedBy: null,
      retiredAt: null
    }
    ctx.state.claimCodes.push(record)
    return { status: 201, data: view(record) }
  },
  'cases.claim': (ctx) => {
    const user = requireUser(ctx)
    const failures = (ctx.state.claimFailures[user.user.id] ?? []).filter((at) => Date.parse(at) > ctx.now - HOUR_MS)
    ctx.state.claimFailures[user.user.id] = failures
    if (failures.length >= CLAIM_CODE_MAX_WRONG_PER_HOUR) {
      const waitMs = Date.parse(failures[0]) + HOUR_MS - ctx.now
      throw refuse('claim.tooManyTries', 'Too many wrong claim codes: try again later', { minutes: Math.max(1, Math.ceil(waitMs / 60000)) })
    }
    const parsed = parseClaimCode(ctx.body.code)
    const record = parsed.ok ? ctx.state.claimCodes.find((r) => r.code === parsed.code) : undefined
    const c = record ? ctx.state.cases.find((x) => x.id === record.caseId) : undefined
    if (!record || !c) {
      failures.push(iso(ctx.now))
      throw refuse('claim.unknown', 'No such claim code')
    }
    const status = claimCodeStatus(record, ctx.now)
    // The same person entering their code again: the case is theirs already.
    if (status === 'used' && record.usedBy === user.user.id && c.applicantUserId === user.user.id) {
      return { data: { case: summary(c), user: user.user } }
    }
    if (status === 'used') throw refuse('claim.used', 'This claim code has been used')
    if (status === 'retired') throw refuse('claim.retired', 'A newer claim code replaced this one')
    if (status === 'expired') throw refuse('claim.expired', 'This claim code has expired', { days: CLAIM_CODE_VALID_DAYS })
    if (c.applicantUserId && c.applicantUserId !== user.user.id) throw refuse('claim.used', 'The case is already linked to an account')

    const at = iso(ctx.now)
    record.usedAt = at
    record.usedBy = user.user.id
    c.applicantUserId = user.user.id
    const employee = ctx.state.employees.find((e) => e.id === c.employeeId)
    // Cases HR files for this employee from now on come to this account too.
    if (employee && !employee.userId) employee.userId = user.user.id
    user.user.employerId = c.employerId
    user.user.regionId = c.regionId
    notify(
      ctx,
      record.createdBy,
      'status_change',
      { en: 'Your employee linked their case', zh: '员工已关联案件' },
      { en: `${c.applicantName} now follows the case in the app.`, zh: `${c.applicantName} 已在应用中关联此案件。` },
      c.id
    )
    return { data: { case: summary(c), user: user.user } }
  }
}

export type { HandlerContext }
