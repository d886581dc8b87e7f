/**
 * Progress of a case as a person reads it: the stages of the documents' flows, the due dates, what to do
 * next, the appeal window, and permit-expiry reminders. Plain TypeScript over the state machine and the
 * case clock, shared by the app and the mock backend.
 *
 * The stages follow the seeds' flows (beihai-2020, gansu-2025): submit -> online pre-review (with the
 * one-time supplement notice) -> the in-person step (portrait, materials check, fee; interview possible)
 * -> parallel approval per matter -> issue (pick up or mail). The bundle waits for its slowest matter
 * ("issued together"), so a stage is done only when every live matter has passed it.
 */
import { addDays, beijingDate, compareDates, diffDays, type IsoDate } from '@/domain/time/beijing'
import { caseClock, type CaseClock, type SupplementPause } from '@/domain/time/clock'
import { appealAnswerDue, appealDeadline, canAppeal, nextActionFor, type ActorRole, type MatterState, type NextAction } from './stateMachine'
import { appealRightFor, type AppealRight, type SourceRef } from './appealRight'

export const STAGE_IDS = ['submit', 'pre_review', 'on_site', 'approval', 'issue'] as const
export type StageId = (typeof STAGE_IDS)[number]
/** 'attention': the stage waits on the applicant side (supplement) or ended in a rejection. */
export type StageStatus = 'done' | 'current' | 'attention' | 'upcoming' | 'skipped'

/** What these functions need of a case (the API's Case fits). */
export interface ProgressEvent {
  at: string
  matterId: string | null
  from: MatterState | null
  to: MatterState | null
  event: string
}
export interface ProgressMatter {
  matterId: string
  /** The matter's kind ('talent_certification'...): with the region, it decides whether a review exists. */
  kind?: string
  state: MatterState
  decidedAt?: string | null
}
export interface ProgressCase {
  regionId?: string
  matters: readonly ProgressMatter[]
  timeline: readonly ProgressEvent[]
}

export interface MatterProgress {
  matterId: string
  state: MatterState
  /** Index into STAGE_IDS of the stage the matter is in (5 = all done). */
  position: number
  attention: boolean
}

export interface Stage {
  id: StageId
  status: StageStatus
  /** When the last live matter passed this stage (done stages only). */
  doneAt: string | null
  /** When the first matter entered this stage. */
  startedAt: string | null
  /** The approval stage lists every matter: they are decided in parallel. */
  matters: MatterProgress[]
}

const NEGATIVE: ReadonlySet<MatterState> = new Set<MatterState>(['rejected', 'appeal_dismissed'])
const ATTENTION: ReadonlySet<MatterState> = new Set<MatterState>(['supplement_requested', 'rejected', 'appeal_dismissed'])

/** Stage index of a state; supplement and rejection stay in the stage they happened in. */
function positionOf(state: MatterState, acceptedBefore: boolean): number {
  switch (state) {
    case 'draft':
      return 0
    case 'submitted':
    case 'pre_review':
      return 1
    case 'supplement_requested':
    case 'resubmitted':
    case 'rejected':
    case 'appealed':
    case 'appeal_dismissed':
      return acceptedBefore ? 3 : 1
    case 'accepted':
    case 'in_review':
      return 3
    case 'approved':
    case 'appeal_upheld':
      return 4
    case 'issued':
      return 5
    case 'withdrawn':
      return -1
  }
}

function matterEvents(c: ProgressCase, matterId: string): ProgressEvent[] {
  return c.timeline.filter((e) => e.matterId === matterId && e.to).sort((a, b) => a.at.localeCompare(b.at))
}

/** For one matter: its position now, and when it first passed each stage index (key: stage index). */
function matterHistory(c: ProgressCase, m: ProgressMatter): { position: number; passedAt: Map<number, string>; enteredAt: Map<number, string> } {
  const passedAt = new Map<number, string>()
  const enteredAt = new Map<number, string>()
  let accepted = false
  for (const e of matterEvents(c, m.matterId)) {
    if (e.to === 'accepted') accepted = true
    const pos = positionOf(e.to as MatterState, accepted)
    for (let i = 0; i < pos; i++) if (!passedAt.has(i)) passedAt.set(i, e.at)
    // Submitted is waiting for pre-review, not in it: the stage starts when the office takes the case up.
    if (e.to !== 'submitted' && pos >= 0 && pos < STAGE_IDS.length && !enteredAt.has(pos)) enteredAt.set(pos, e.at)
  }
  const everAccepted = accepted || ['accepted', 'in_review', 'approved', 'issued'].includes(m.state)
  return { position: positionOf(m.state, everAccepted), passedAt, enteredAt }
}

/** The stage list of a case, in order, for the vertical timeline. */
export function deriveStages(c: ProgressCase): Stage[] {
  const live = c.matters.filter((m) => m.state !== 'withdrawn')
  const histories = new Map(live.map((m) => [m.matterId, matterHistory(c, m)]))
  const progress: MatterProgress[] = live.map((m) => ({
    matterId: m.matterId,
    state: m.state,
    position: histories.get(m.matterId)!.position,
    attention: ATTENTION.has(m.state)
  }))
  const moving = progress.filter((p) => !NEGATIVE.has(p.state))
  const allNegative = progress.length > 0 && moving.length === 0
  const basis = allNegative ? progress : moving
  const position = basis.length ? Math.min(...basis.map((p) => p.position)) : 0

  return STAGE_IDS.map((id, i) => {
    let status: StageStatus
    if (i < position) status = 'done'
    else if (i === position && basis.every((p) => p.position !== i || p.state === 'submitted')) {
      // Every matter here is submitted and waits for the office to start pre-review: that stage comes next.
      status = 'upcoming'
    } else if (i === position) status = progress.some((p) => p.position === i && p.attention) ? 'attention' : 'current'
    else status = allNegative ? 'skipped' : 'upcoming'
    const passed = live.map((m) => histories.get(m.matterId)!.passedAt.get(i)).filter((x): x is string => !!x)
    const entered = live.map((m) => histories.get(m.matterId)!.enteredAt.get(i)).filter((x): x is string => !!x)
    return {
      id,
      status,
      doneAt: status === 'done' && passed.length ? passed.sort().pop()! : null,
      startedAt: entered.length ? entered.sort()[0] : null,
      matters: id === 'approval' ? progress : []
    }
  })
}

/** Events of a bundle's matters that happened together, shown once with the matters they concern. */
export interface TimelineEntry<E extends ProgressEvent = ProgressEvent> {
  first: E
  matterIds: string[]
}

export function groupTimeline<E extends ProgressEvent>(timeline: readonly E[]): TimelineEntry<E>[] {
  const groups = new Map<string, TimelineEntry<E>>()
  for (const e of [...timeline].sort((a, b) => a.at.localeCompare(b.at))) {
    const key = `${e.at}|${e.event}|${e.to ?? ''}`
    const group = groups.get(key)
    if (group) {
      if (e.matterId) group.matterIds.push(e.matterId)
    } else groups.set(key, { first: e, matterIds: e.matterId ? [e.matterId] : [] })
  }
  return [...groups.values()]
}

// ---- Due dates ----

export interface TimeLimits {
  promisedDays: number | null
  legalDays: number | null
}

/** Region data: a bundle's own limit, else the longest of its matters' limits (each kind separately). */
export function timeLimitsFrom(bundle: { timeLimit: { promisedDays?: number; legalDays?: number } } | null | undefined, matters: readonly { timeLimit: { promisedDays?: number; legalDays?: number } }[]): TimeLimits {
  if (bundle && (bundle.timeLimit.promisedDays || bundle.timeLimit.legalDays)) {
    return { promisedDays: bundle.timeLimit.promisedDays ?? null, legalDays: bundle.timeLimit.legalDays ?? null }
  }
  const max = (pick: (m: (typeof matters)[number]) => number | undefined): number | null => {
    const values = matters.map(pick).filter((v): v is number => typeof v === 'number')
    return values.length ? Math.max(...values) : null
  }
  return { promisedDays: max((m) => m.timeLimit.promisedDays), legalDays: max((m) => m.timeLimit.legalDays) }
}

export type DueSummary =
  /** The clock starts the day after acceptance (the on-site step). */
  | { started: false; limits: TimeLimits }
  | {
      started: true
      limits: TimeLimits
      acceptedOn: IsoDate
      promised: CaseClock | null
      legal: CaseClock | null
      /** Decided (or issued): the clock stopped on this day; `overdue` then means "decided late". */
      stoppedOn: IsoDate | null
    }

/** The office's decision ends the clock: every live matter is decided (approved, issued, rejected...). */
export function decisionDay(c: ProgressCase): IsoDate | null {
  const live = c.matters.filter((m) => m.state !== 'withdrawn')
  const decided = new Set<MatterState>(['approved', 'issued', 'rejected', 'appealed', 'appeal_upheld', 'appeal_dismissed'])
  if (!live.length || !live.every((m) => decided.has(m.state))) return null
  const days = live.map((m) => m.decidedAt).filter((d): d is string => !!d).map((d) => beijingDate(Date.parse(d)))
  return days.length ? days.sort().pop()! : null
}

export function dueSummary(input: {
  acceptedOn: IsoDate | null
  pauses: readonly SupplementPause[]
  limits: TimeLimits
  today: IsoDate
  stoppedOn?: IsoDate | null
}): DueSummary {
  const { acceptedOn, pauses, limits, today } = input
  if (!acceptedOn) return { started: false, limits }
  const stoppedOn = input.stoppedOn ?? null
  const asOf = stoppedOn && compareDates(stoppedOn, today) < 0 ? stoppedOn : today
  const clock = (days: number | null) => (days ? caseClock({ acceptedOn, limitWorkingDays: days, pauses, today: asOf }) : null)
  return { started: true, limits, acceptedOn, promised: clock(limits.promisedDays), legal: clock(limits.legalDays), stoppedOn }
}

// ---- What to do next, for the applicant side ----

/** Most urgent first. */
const ACTION_PRIORITY: readonly NextAction[] = ['answer_supplement', 'appeal_or_accept', 'book_appointment', 'pick_up', 'submit', 'wait', 'none']

export type CaseAction = NextAction | 'appointment_booked'

/**
 * One call to action for the whole case (applicant or HR). `hasAppointment`: a booked appointment turns
 * 'book_appointment' into 'appointment_booked' (come on the day; reschedule if needed).
 */
export function caseNextAction(c: ProgressCase, role: ActorRole, today: IsoDate, hasAppointment = false): CaseAction {
  const actions = c.matters.map((m) =>
    nextActionFor(
      m.state,
      role,
      m.state === 'rejected' && m.decidedAt ? { right: appealRightFor(c.regionId, m.kind), decisionDate: beijingDate(Date.parse(m.decidedAt)), today } : undefined
    )
  )
  const best = ACTION_PRIORITY.find((a) => actions.includes(a)) ?? 'none'
  return best === 'book_appointment' && hasAppointment ? 'appointment_booked' : best
}

// ---- Appeals ----

type Review = Extract<AppealRight, { kind: 'review' }>

export type AppealStatus =
  | { kind: 'open'; matterId: string; decisionDate: IsoDate; deadline: IsoDate; right: Review }
  | { kind: 'closed'; matterId: string; decisionDate: IsoDate; deadline: IsoDate; right: Review }
  | { kind: 'pending'; matterId: string; appealedOn: IsoDate; answerDue: IsoDate; right: Review }
  | { kind: 'upheld' | 'dismissed'; matterId: string }
  /** Rejected, and the law makes the refusal final (a residence permit). */
  | { kind: 'final'; matterId: string; law: SourceRef }
  /** Rejected, and no source grants a review of this matter. */
  | { kind: 'none'; matterId: string }

/** The appeal situation of each rejected (or appealed) matter, as the matter's right (appealRight.ts) allows. */
export function appealStatuses(c: ProgressCase, today: IsoDate): AppealStatus[] {
  const out: AppealStatus[] = []
  for (const m of c.matters) {
    const events = matterEvents(c, m.matterId)
    const right = appealRightFor(c.regionId, m.kind)
    const rejectedAt = [...events].reverse().find((e) => e.to === 'rejected')?.at ?? m.decidedAt ?? null
    if (m.state === 'rejected' && right.kind === 'final') {
      out.push({ kind: 'final', matterId: m.matterId, law: right.law })
    } else if (m.state === 'rejected' && right.kind === 'none') {
      out.push({ kind: 'none', matterId: m.matterId })
    } else if (m.state === 'rejected' && rejectedAt && right.kind === 'review') {
      const decisionDate = beijingDate(Date.parse(rejectedAt))
      const deadline = appealDeadline(decisionDate, right.windowWorkingDays)
      out.push({ kind: canAppeal(decisionDate, today, right.windowWorkingDays) ? 'open' : 'closed', matterId: m.matterId, decisionDate, deadline, right })
    } else if (m.state === 'appealed' && right.kind === 'review') {
      const at = [...events].reverse().find((e) => e.to === 'appealed')?.at
      const appealedOn = at ? beijingDate(Date.parse(at)) : today
      out.push({ kind: 'pending', matterId: m.matterId, appealedOn, answerDue: appealAnswerDue(appealedOn, right.answerDays), right })
    } else if (m.state === 'appeal_upheld' || (m.state === 'issued' && events.some((e) => e.to === 'appeal_upheld'))) {
      out.push({ kind: 'upheld', matterId: m.matterId })
    } else if (m.state === 'appeal_dismissed') {
      out.push({ kind: 'dismissed', matterId: m.matterId })
    }
  }
  return out
}

// ---- Permit expiry reminders (DOMAIN.md: extend at least 30 days before; remind at 90, 60, 30 days) ----

/** Days before a permit's expiry when HR and the applicant are reminded *(assumption, a named setting)*. */
export const EXPIRY_REMINDER_DAYS = [90, 60, 30] as const
export type ExpiryThreshold = (typeof EXPIRY_REMINDER_DAYS)[number]

/** Calendar days from today to the expiry date (0 = expires today, negative = expired). */
export function daysUntil(validTo: IsoDate, today: IsoDate): number {
  return diffDays(today, validTo)
}

/**
 * The tightest reminder threshold a permit has reached, or null (more than 90 days left, or expired).
 * A permit first seen 25 days before expiry gets the 30-day reminder only, not three at once.
 */
export function expiryThreshold(validTo: IsoDate, today: IsoDate): ExpiryThreshold | null {
  const days = daysUntil(validTo, today)
  if (days < 0) return null
  const reached = EXPIRY_REMINDER_DAYS.filter((t) => days <= t)
  return reached.length ? reached[reached.length - 1] : null
}

/** Within `withinDays` of expiry (and not yet expired). */
export function expiresWithin(validTo: IsoDate | null | undefined, today: IsoDate, withinDays: number): boolean {
  if (!validTo) return false
  const days = daysUntil(validTo, today)
  return days >= 0 && days <= withinDays
}

/** The last day an extension should be filed (DOMAIN.md: at least 30 days before expiry). */
export function extendBy(validTo: IsoDate, daysBefore = 30): IsoDate {
  return addDays(validTo, -daysBefore)
}
