import type * as z from 'zod/mini'
import type { ParsedBodyOf, Case, CaseSummary, EndpointName, ParsedQueryOf, ResponseOf, TimelineEvent as ApiTimelineEvent, Text } from '@/api/contract'
import { CaseSummary as CaseSummarySchema } from '@/api/contract'
import type { RegionRegistry } from '@/domain/regions/registry'
import type { MatterKind } from '@/domain/regions/schema'
import { applyEvent, contextFromTimeline, type MatterEvent } from '@/domain/case/stateMachine'
import { appealRightFor, mayAsk } from '@/domain/case/appealRight'
import { beijingDate } from '@/domain/time/beijing'
import { validateCaseForm, fieldsFor } from '@/domain/forms/caseForm'
import { checkExtensionWindow } from '@/domain/forms/extension'
import { maskPassport } from '@/domain/validation/passport'
import { base64UrlEncode } from '@/domain/certificate/encoding'
import { fail, HttpError } from './http'
import { mockRandomBytes } from './random'
import { refreshDerived } from './caseDerived'
import type { MockState, UserRecord } from './state'
import type { MockBackend } from './backend'
import { certificateHandlers } from './certificates'
import { perkHandlers } from './perks'
import { appointmentHandlers } from './appointments'
import { generateExpiryReminders } from './reminders'
import { claimHandlers } from './claims'
import { demoWeChatCode, isDemoWeChatCode, newWeChatUser, wechatOpenId } from './wechat'
import { nextCaseReference } from '@/domain/case/reference'

export interface HandlerContext {
  backend: MockBackend
  state: MockState
  regions: RegionRegistry
  user: UserRecord | null
  params: Record<string, string>
  query: Record<string, unknown>
  body: unknown
  now: number
}

export type Handler<N extends EndpointName> = (
  ctx: HandlerContext & { body: ParsedBodyOf<N>; query: NonNullable<ParsedQueryOf<N>> | Record<string, never> }
) => { status?: number; data: ResponseOf<N> }

export type HandlerMap = { [N in EndpointName]: Handler<N> }

export const iso = (ms: number): string => new Date(ms).toISOString()
const text = (en: string, zh: string): Text => ({ en, zh })

const SESSION_DAYS = 30

/** A new session for the account (password or WeChat sign-in). */
function openSession(ctx: HandlerContext, record: UserRecord): { token: string; user: UserRecord['user']; expiresAt: string } {
  // Unguessable: a session token is the account (the backend's secure random source, mock/random.ts).
  const token = `tok-${ctx.backend.nextId('s')}-${base64UrlEncode(mockRandomBytes(16))}`
  const expiresAt = iso(ctx.now + SESSION_DAYS * 24 * 3600 * 1000)
  ctx.state.sessions[token] = { userId: record.user.id, expiresAt }
  return { token, user: record.user, expiresAt }
}

export function requireUser(ctx: HandlerContext): UserRecord {
  if (!ctx.user) throw fail.unauthorized()
  return ctx.user
}

/** Role isolation: an applicant sees only their own cases, HR only their employer's. */
export function canSeeCase(user: UserRecord, c: Case): boolean {
  if (user.user.role === 'hr') return c.employerId === user.user.employerId
  if (user.user.role === 'applicant') return c.applicantUserId === user.user.id
  return false
}

export function findCase(ctx: HandlerContext): Case {
  const user = requireUser(ctx)
  const found = ctx.state.cases.find((c) => c.id === ctx.params.caseId)
  // Another employer's case answers 404, not 403: its existence is not disclosed.
  if (!found || !canSeeCase(user, found)) throw fail.notFound('Case')
  return found
}

/** Passport numbers leave the backend masked. */
function present(c: Case): Case {
  const form = { ...c.form }
  if (typeof form['passport.number'] === 'string') form['passport.number'] = maskPassport(form['passport.number'])
  return { ...c, form }
}

export function summary(c: Case): CaseSummary {
  return CaseSummarySchema.parse(c)
}

export function notify(
  ctx: HandlerContext,
  userId: string | null,
  kind: ResponseOf<'notifications.list'>['items'][number]['kind'],
  title: Text,
  body: Text,
  caseId: string | null
): void {
  if (!userId) return
  const at = iso(ctx.now)
  ctx.state.notifications.unshift({ id: ctx.backend.nextId('n'), userId, at, kind, title, body, caseId, read: false })
  ctx.state.outbox.unshift({ id: ctx.backend.nextId('o'), at, channel: 'wechat_subscribe', toUserId: userId, templateId: kind, title, body })
}

function caseParties(state: MockState, c: Case): string[] {
  const hrUsers = state.users.filter((u) => u.user.role === 'hr' && u.user.employerId === c.employerId).map((u) => u.user.id)
  return [...hrUsers, ...(c.applicantUserId ? [c.applicantUserId] : [])]
}

/** Applies one state-machine event to one or all matters of a case, recording each transition. */
export function advanceCase(
  ctx: HandlerContext,
  c: Case,
  event: MatterEvent,
  actor: ApiTimelineEvent['actor'],
  opts: { matterId?: string; note?: Text | null; reasons?: Text[]; onlyFrom?: string[] } = {}
): void {
  const today = beijingDate(ctx.now)
  const at = iso(ctx.now)
  const targets = c.matters.filter((m) => (opts.matterId ? m.matterId === opts.matterId : true))
  if (targets.length === 0) throw fail.notFound('Matter')
  let moved = 0
  let lastError = ''
  for (const matter of targets) {
    const history = c.timeline
      .filter((e) => e.matterId === matter.matterId && e.from && e.to)
      .map((e) => ({ at: e.at, actor: e.actor, from: e.from!, to: e.to!, event: e.event as MatterEvent }))
    const result = applyEvent(matter.state, event, actor, at, { ctx: contextFromTimeline(history, today, appealRightFor(c.regionId, matter.kind)) })
    if (!result.ok) {
      lastError = result.error
      continue
    }
    c.timeline.push({
      id: ctx.backend.nextId('t'),
      at,
      actor,
      actorName: actor === 'officer' ? undefined : ctx.user?.user.name.en,
      event,
      matterId: matter.matterId,
      from: matter.state,
      to: result.next,
      note: opts.note ?? null
    })
    matter.state = result.next
    if (event === 'approve' || event === 'reject') {
      matter.decidedAt = at
      matter.reasons = event === 'reject' ? (opts.reasons ?? []) : []
    }
    if (event === 'issue' && matter.kind === 'work_permit' && !matter.documentNumber) {
      matter.documentNumber = `${String(ctx.state.seq).padStart(6, '0')}${beijingDate(ctx.now).replace(/-/g, '')}0000`.slice(0, 18).padEnd(18, '0')
    }
    moved++
  }
  if (moved === 0) throw fail.conflict(`Cannot ${event} now (${lastError})`)
  refreshDerived(c)
  c.updatedAt = at
  const statusText = text(`Status: ${c.status.replace(/_/g, ' ')}`, `状态已更新`)
  for (const userId of caseParties(ctx.state, c)) {
    if (event === 'request_supplement') continue
    notify(ctx, userId, 'status_change', text('Your application moved on', '您的申请有新进展'), statusText, c.id)
  }
}

function matterKinds(ctx: HandlerContext, regionId: string, matterIds: string[]): MatterKind[] {
  return matterIds.map((id) => {
    const matter = ctx.regions.matter(regionId, id)
    if (!matter) throw fail.validation({ matters: { code: 'choice.invalid' } }, `Unknown matter ${id}`)
    return matter.kind
  })
}

const caseHandlers: Partial<HandlerMap> = {
  'cases.list': (ctx) => {
    const user = requireUser(ctx)
    const q = (ctx.query.q as string | undefined)?.toLowerCase()
    const items = ctx.state.cases
      .filter((c) => canSeeCase(user, c))
      .filter((c) => (ctx.query.status ? c.status === ctx.query.status : true))
      .filter((c) => (ctx.query.employeeId ? c.employeeId === ctx.query.employeeId : true))
      .filter((c) => (q ? `${c.applicantName} ${c.reference} ${c.id}`.toLowerCase().includes(q) : true))
      // ISO timestamps order as plain strings; localeCompare is many times slower over thousands of cases.
      .sort(newestFirst)
    const offset = (ctx.query.offset as number | undefined) ?? 0
    const limit = (ctx.query.limit as number | undefined) ?? 50
    return { data: { items: items.slice(offset, offset + limit).map(summary), total: items.length } }
  },
  'cases.get': (ctx) => ({ data: present(findCase(ctx)) }),
  'cases.create': (ctx) => {
    const user = requireUser(ctx)
    const body = ctx.body
    const employee = ctx.state.employees.find((e) => e.id === body.employeeId)
    if (!employee || employee.employerId !== user.user.employerId) throw fail.notFound('Employee')
    const region = ctx.regions.get(body.regionId)
    if (!region) throw fail.validation({ regionId: { code: 'choice.invalid' } })
    let matterIds = body.matters.map((m) => m.matterId)
    // Each matter once: a repeated one had no kind of its own in the stored case (a 500 on the response check).
    if (new Set(matterIds).size !== matterIds.length) throw fail.validation({ matters: { code: 'choice.invalid' } }, 'Each matter may be chosen once')
    if (body.bundleId) {
      const bundle = ctx.regions.bundle(body.regionId, body.bundleId)
      if (!bundle) throw fail.validation({ bundleId: { code: 'choice.invalid' } })
      const missing = bundle.matters.filter((m) => m.required && !matterIds.includes(m.matterId))
      if (missing.length) throw fail.validation({ matters: { code: 'choice.required' } }, 'Required matters missing')
      const allowed = new Set(bundle.matters.map((m) => m.matterId))
      if (matterIds.some((id) => !allowed.has(id))) throw fail.validation({ matters: { code: 'choice.invalid' } })
      matterIds = bundle.matters.map((m) => m.matterId).filter((id) => matterIds.includes(id))
    }
    const kinds = matterKinds(ctx, body.regionId, matterIds)
    const actions = matterIds.map((id) => body.matters.find((m) => m.matterId === id)?.action ?? 'issue')
    // An expired permit (or none) cannot be extended. Filing later than the advised days before expiry is
    // allowed: the app warns with the source, the seeds set no such cut-off.
    for (const id of matterIds.filter((_, i) => actions[i] === 'extend')) {
      const matter = ctx.regions.matter(body.regionId, id)
      const validTo = matter?.kind === 'residence_permit' ? employee.residencePermit?.validTo : employee.workPermit?.validTo
      const window = checkExtensionWindow({ validTo, today: beijingDate(ctx.now), atLeastDaysBeforeExpiry: matter?.extendAtLeastDaysBeforeExpiry })
      if (!window.ok)
        throw fail.validation(
          { 'extend.requestedTo': { code: window.reason, params: { days: matter?.extendAtLeastDaysBeforeExpiry ?? 0, lastDay: window.lastDay ?? '' } } },
          'Cannot extend'
        )
    }
    if (body.submit) {
      const errors = validateCaseForm(body.form, kinds, beijingDate(ctx.now), actions)
      if (Object.keys(errors).length) throw new HttpError(422, 'validation', 'Please correct the form', errors)
    }
    const at = iso(ctx.now)
    const c: Case = {
      id: ctx.backend.nextId('case'),
      reference: nextCaseReference(ctx.state.cases.map((k) => k.reference), body.regionId, at),
      kind: body.kind,
      regionId: body.regionId,
      bundleId: body.bundleId,
      employerId: employee.employerId,
      employeeId: employee.id,
      applicantUserId: employee.userId,
      applicantName: employee.name,
      status: 'draft',
      matters: body.matters
        .filter((m) => matterIds.includes(m.matterId))
        .map((m, i) => ({ matterId: m.matterId, kind: kinds[i], action: m.action, state: 'draft', decidedAt: null, reasons: [], documentNumber: null })),
      form: body.form,
      materials: body.materials.map((m) => ({ ...m, servesMatterIds: servedBy(ctx, body.regionId, matterIds, m.materialId) })),
      supplement: null,
      appointment: null,
      delegatedSections: body.delegatedSections,
      commitmentSignedAt: null,
      submittedAt: null,
      acceptedOn: null,
      pauses: [],
      timeline: [],
      createdAt: at,
      updatedAt: at
    }
    ctx.state.cases.push(c)
    if (body.submit) {
      advanceCase(ctx, c, 'submit', 'hr')
      c.submittedAt = at
    }
    return { status: 201, data: present(c) }
  },
  'cases.update': (ctx) => {
    const c = findCase(ctx)
    const body = ctx.body
    if (body.form) {
      // Only fields of this case's matters can change; others would be silently lost otherwise.
      const allowed = new Set(
        fieldsFor(
          c.matters.map((m) => m.kind as MatterKind),
          c.matters.map((m) => m.action)
        ).map((f) => f.path)
      )
      const unknown = Object.keys(body.form).filter((k) => !allowed.has(k))
      if (unknown.length) throw fail.validation(Object.fromEntries(unknown.map((k) => [k, { code: 'choice.invalid' }])))
      c.form = { ...c.form, ...body.form }
    }
    if (body.materials) {
      const matterIds = c.matters.map((m) => m.matterId)
      for (const m of body.materials) {
        const rest = c.materials.filter((x) => x.materialId !== m.materialId)
        c.materials = [...rest, { ...m, servesMatterIds: servedBy(ctx, c.regionId, matterIds, m.materialId) }]
      }
    }
    if (body.resolvesItems && c.supplement) {
      for (const item of c.supplement.items) if (body.resolvesItems.includes(item.id)) item.resolved = true
    }
    c.updatedAt = iso(ctx.now)
    return { data: present(c) }
  },
  'cases.act': (ctx) => {
    const user = requireUser(ctx)
    const c = findCase(ctx)
    const actor = user.user.role === 'hr' ? 'hr' : 'applicant'
    const note = ctx.body.note ? text(ctx.body.note, ctx.body.note) : null
    switch (ctx.body.action) {
      case 'sign_commitment':
        if (user.user.role !== 'applicant') throw fail.forbidden('the applicant commitment')
        c.commitmentSignedAt = iso(ctx.now)
        break
      case 'submit': {
        const errors = validateCaseForm(
          c.form,
          c.matters.map((m) => m.kind as MatterKind),
          beijingDate(ctx.now),
          c.matters.map((m) => m.action)
        )
        if (Object.keys(errors).length) throw new HttpError(422, 'validation', 'Please correct the form', errors)
        advanceCase(ctx, c, 'submit', actor, { note })
        c.submittedAt = iso(ctx.now)
        break
      }
      case 'resubmit': {
        const open = c.supplement?.items.filter((i) => !i.resolved) ?? []
        if (open.length) {
          throw fail.validation(Object.fromEntries(open.map((i) => [i.ref, { code: 'field.required' }])), 'Answer every item of the notice first')
        }
        advanceCase(ctx, c, 'resubmit', actor, { note, onlyFrom: ['supplement_requested'] })
        if (c.supplement) c.supplement.answeredAt = iso(ctx.now)
        break
      }
      case 'appeal': {
        // Only a matter whose source grants a review (appealRight.ts): a residence-permit refusal is final, and
        // the seeds grant no review of the other matters.
        const rejected = c.matters.filter((m) => m.state === 'rejected')
        if (!rejected.length) throw fail.conflict('Nothing to appeal')
        const reviewable = rejected.find((m) => appealRightFor(c.regionId, m.kind).kind === 'review')
        if (!reviewable) throw fail.conflict('No appeal: no source grants a review of this decision')
        if (!mayAsk(appealRightFor(c.regionId, reviewable.kind), actor)) throw fail.forbidden('the appeal (the employer asks for the review)')
        advanceCase(ctx, c, 'appeal', actor, { matterId: reviewable.matterId, note })
        break
      }
      case 'withdraw':
        advanceCase(ctx, c, 'withdraw', actor, { note })
        break
    }
    c.updatedAt = iso(ctx.now)
    return { data: present(c) }
  }
}

/** Which of the case's matters a material serves: given once, it counts for each. */
function servedBy(ctx: HandlerContext, regionId: string, matterIds: string[], materialId: string): string[] {
  return matterIds.filter((id) => ctx.regions.matter(regionId, id)?.materialRefs.some((m) => m.id === materialId))
}

const sessionHandlers: Partial<HandlerMap> = {
  'session.demoAccounts': (ctx) => ({
    data: {
      accounts: ctx.state.users
        .filter((u) => !u.viaWeChat)
        .map((u) => ({
          username: u.username,
          password: u.password,
          wechatCode: demoWeChatCode(u.username),
          role: u.user.role,
          name: u.user.name,
          description: u.description
        }))
    }
  }),
  'session.signIn': (ctx) => {
    const record = ctx.state.users.find((u) => u.username === ctx.body.username.trim().toLowerCase())
    if (!record || !record.password || record.password !== ctx.body.password) throw new HttpError(401, 'bad_credentials', 'Wrong user name or password')
    return { data: openSession(ctx, record) }
  },
  'session.wechat': (ctx) => {
    const code = ctx.body.code.trim()
    const openId = wechatOpenId(code)
    const known = ctx.state.wechatAccounts[openId]
    const existing = known ? ctx.state.users.find((u) => u.user.id === known) : undefined
    if (existing) return { data: { ...openSession(ctx, existing), created: false } }
    // A made-up demo code for no demo account is a mistake to point out, not a new person.
    if (isDemoWeChatCode(code)) throw new HttpError(401, 'bad_credentials', `No demo account for the WeChat code ${code}`)
    const record = newWeChatUser(ctx.backend.nextId('u-wx'), openId)
    ctx.state.users.push(record)
    ctx.state.wechatAccounts[openId] = record.user.id
    return { status: 201, data: { ...openSession(ctx, record), created: true } }
  },
  'session.me': (ctx) => ({ data: requireUser(ctx).user }),
  'session.signOut': (ctx) => {
    for (const [token, s] of Object.entries(ctx.state.sessions)) if (s.userId === requireUser(ctx).user.id) delete ctx.state.sessions[token]
    return { data: { ok: true } }
  },
  'regions.list': (ctx) => ({
    data: {
      regions: ctx.regions.regions.map((r) => ({
        id: r.id,
        name: r.name,
        scope: r.scope,
        contentVersion:
          r.seeds
            .map((s) => s.date)
            .sort()
            .pop() ?? '1'
      }))
    }
  }),
  'employers.mine': (ctx) => {
    const user = requireUser(ctx)
    return { data: { employers: ctx.state.employers.filter((e) => e.id === user.user.employerId) } }
  },
  'employees.list': (ctx) => {
    const user = requireUser(ctx)
    if (ctx.params.employerId !== user.user.employerId) throw fail.forbidden('another employer')
    return {
      data: {
        employees: ctx.state.employees
          .filter((e) => e.employerId === ctx.params.employerId)
          .map(({ passportNumber, ...rest }) => ({ ...rest, passportMasked: maskPassport(passportNumber) }))
      }
    }
  },
  'uploads.create': (ctx) => {
    requireUser(ctx)
    const b = ctx.body
    if (b.size > 10 * 1024 * 1024) throw fail.validation({ file: { code: 'field.tooLong' } }, 'File larger than 10 MB')
    if (!/^(image\/(jpeg|png|webp|heic)|application\/pdf)$/.test(b.mime))
      throw fail.validation({ file: { code: 'choice.invalid' } }, 'Only photos and PDF files')
    let url: string
    try {
      url = `mock://uploads/${encodeURIComponent(b.name)}`
    } catch {
      // JSON can carry a lone surrogate ("\ud800"), which encodeURIComponent refuses: bad input, not a server error.
      throw fail.validation({ name: { code: 'field.invalid' } }, 'The file name is not valid text')
    }
    const upload = { id: ctx.backend.nextId('u'), name: b.name, mime: b.mime, size: b.size, url, uploadedAt: iso(ctx.now) }
    ctx.state.uploads.push(upload)
    return { status: 201, data: upload }
  },
  'notifications.list': (ctx) => {
    const user = requireUser(ctx)
    generateExpiryReminders(ctx, user)
    const items = ctx.state.notifications.filter((n) => n.userId === user.user.id).map(({ userId: _u, ...n }) => n)
    return { data: { items, unread: items.filter((n) => !n.read).length } }
  },
  'notifications.read': (ctx) => {
    const user = requireUser(ctx)
    const n = ctx.state.notifications.find((x) => x.id === ctx.params.notificationId && x.userId === user.user.id)
    if (!n) throw fail.notFound('Notification')
    n.read = true
    return { data: { ok: true } }
  },
  'notifications.readAll': (ctx) => {
    const user = requireUser(ctx)
    for (const n of ctx.state.notifications) if (n.userId === user.user.id) n.read = true
    return { data: { ok: true } }
  }
}

const officerHandlers: Partial<HandlerMap> = {
  'officer.cases': (ctx) => ({
    data: {
      cases: [...ctx.state.cases]
        .filter((c) => c.status !== 'draft')
        .sort(newestFirst)
        .map(summary)
    }
  }),
  'officer.act': (ctx) => {
    const c = ctx.state.cases.find((x) => x.id === ctx.params.caseId)
    if (!c) throw fail.notFound('Case')
    const b = ctx.body
    if (b.action === 'request_supplement') {
      if (!b.supplementItems?.length) throw fail.validation({ supplementItems: { code: 'field.required' } }, 'List everything to add or fix, once')
      advanceCase(ctx, c, 'request_supplement', 'officer', { matterId: b.matterId, note: b.note ?? null })
      c.supplement = {
        requestedAt: iso(ctx.now),
        items: b.supplementItems.map((i) => ({ id: ctx.backend.nextId('si'), kind: i.kind, ref: i.ref, message: i.message, resolved: false })),
        answeredAt: null
      }
      for (const userId of caseParties(ctx.state, c)) {
        notify(
          ctx,
          userId,
          'supplement',
          text('Please supplement your application', '请补正申请材料'),
          text(`${b.supplementItems.length} item(s) to add or fix`, `需补正 ${b.supplementItems.length} 项`),
          c.id
        )
      }
    } else {
      if (b.action === 'reject' && !b.reasons?.length) throw fail.validation({ reasons: { code: 'field.required' } }, 'A rejection states its reasons')
      advanceCase(ctx, c, b.action, 'officer', { matterId: b.matterId, note: b.note ?? null, reasons: b.reasons })
    }
    return { data: present(c) }
  },
  'dev.clock': (ctx) => ({ data: { now: iso(ctx.backend.now()), frozen: ctx.state.clock.frozenAt !== null } }),
  'dev.setClock': (ctx) => {
    // The contract checks the shape only: '...T03:00:60Z' would freeze the clock at NaN and break every later request.
    if (ctx.body.now && !Number.isFinite(Date.parse(ctx.body.now))) throw fail.validation({ now: { code: 'date.invalid' } }, 'Not a real time')
    ctx.state.clock = ctx.body.now ? { frozenAt: ctx.body.now, offsetMs: 0 } : { frozenAt: null, offsetMs: 0 }
    return { data: { now: iso(ctx.backend.now()), frozen: ctx.state.clock.frozenAt !== null } }
  },
  'dev.faults': (ctx) => {
    ctx.state.faults = ctx.body
    return { data: ctx.state.faults }
  },
  'dev.outbox': (ctx) => ({ data: { messages: ctx.state.outbox.slice(0, 200) } }),
  'dev.reset': (ctx) => {
    ctx.backend.reset()
    return { data: { ok: true } }
  }
}

const newestFirst = (a: { updatedAt: string }, b: { updatedAt: string }): number => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)

export const handlers = {
  ...sessionHandlers,
  ...caseHandlers,
  ...officerHandlers,
  ...certificateHandlers,
  ...perkHandlers,
  ...appointmentHandlers,
  ...claimHandlers
} as HandlerMap

export type { z }
