/**
 * The life of one matter (事项) in a case, as in DOMAIN.md "A case's life":
 *
 *   draft -> submitted -> pre_review -> (supplement_requested <-> resubmitted) -> accepted -> in_review
 *         -> approved -> issued
 *   pre_review | in_review -> rejected -> appealed -> appeal_upheld | appeal_dismissed   (only where a source grants a review)
 *
 * Choices made here (DOMAIN.md leaves them open):
 * - A supplement may be requested in pre-review (Beihai) and in review (Gansu: "one-time notice of
 *   everything to supplement"). After resubmission the officer picks the matter up where it was: back to
 *   pre_review if it had not been accepted yet, back to in_review if it had (context `acceptedBefore`).
 *   A further supplement request goes through that step again; there is no shortcut from resubmitted.
 * - Rejection (with written reasons) may come from pre-review or review.
 * - appeal_upheld means the rejection is overturned: the office then issues (appeal_upheld -> issued).
 * - withdrawn: the applicant side may withdraw before acceptance (draft, submitted, pre_review).
 * - Whether a review exists at all, who asks and its window come from `appealRight.ts` (one table: Beihai
 *   talent certification only; a residence-permit refusal is final; other matters have none). The guard
 *   checks them here, so the mock backend cannot accept an appeal no source grants, from the wrong side or
 *   late; the caller passes the matter's right, the decision date and today's Beijing date.
 */
import { addDays, beijingDate, compareDates, type IsoDate } from '@/domain/time/beijing'
import { addWorkingDays } from '@/domain/time/workingDays'
import type { SupplementPause } from '@/domain/time/clock'
import { mayAsk, type AppealRight } from './appealRight'

export const MATTER_STATES = [
  'draft',
  'submitted',
  'pre_review',
  'supplement_requested',
  'resubmitted',
  'accepted',
  'in_review',
  'approved',
  'issued',
  'rejected',
  'appealed',
  'appeal_upheld',
  'appeal_dismissed',
  'withdrawn'
] as const
export type MatterState = (typeof MATTER_STATES)[number]

export const ACTOR_ROLES = ['applicant', 'hr', 'officer', 'system'] as const
export type ActorRole = (typeof ACTOR_ROLES)[number]

export const MATTER_EVENTS = [
  'submit',
  'withdraw',
  'start_pre_review',
  'request_supplement',
  'resubmit',
  'accept_on_site',
  'start_review',
  'approve',
  'reject',
  'issue',
  'appeal',
  'uphold_appeal',
  'dismiss_appeal'
] as const
export type MatterEvent = (typeof MATTER_EVENTS)[number]

const APPLICANT_SIDE: readonly ActorRole[] = ['applicant', 'hr']
const OFFICE: readonly ActorRole[] = ['officer']
/** Steps the backend may take on its own (queueing for review, pushing an e-permit). */
const OFFICE_OR_SYSTEM: readonly ActorRole[] = ['officer', 'system']

interface EventRule {
  actors: readonly ActorRole[]
  /** from-state -> to-state */
  moves: Partial<Record<MatterState, MatterState>>
}

export const EVENT_RULES: Readonly<Record<MatterEvent, EventRule>> = {
  submit: { actors: APPLICANT_SIDE, moves: { draft: 'submitted' } },
  withdraw: { actors: APPLICANT_SIDE, moves: { draft: 'withdrawn', submitted: 'withdrawn', pre_review: 'withdrawn' } },
  start_pre_review: { actors: OFFICE_OR_SYSTEM, moves: { submitted: 'pre_review', resubmitted: 'pre_review' } },
  request_supplement: {
    actors: OFFICE,
    moves: { pre_review: 'supplement_requested', in_review: 'supplement_requested' }
  },
  resubmit: { actors: APPLICANT_SIDE, moves: { supplement_requested: 'resubmitted' } },
  accept_on_site: { actors: OFFICE, moves: { pre_review: 'accepted' } },
  start_review: { actors: OFFICE_OR_SYSTEM, moves: { accepted: 'in_review', resubmitted: 'in_review' } },
  approve: { actors: OFFICE, moves: { in_review: 'approved' } },
  reject: { actors: OFFICE, moves: { pre_review: 'rejected', in_review: 'rejected' } },
  issue: { actors: OFFICE_OR_SYSTEM, moves: { approved: 'issued', appeal_upheld: 'issued' } },
  appeal: { actors: APPLICANT_SIDE, moves: { rejected: 'appealed' } },
  uphold_appeal: { actors: OFFICE, moves: { appealed: 'appeal_upheld' } },
  dismiss_appeal: { actors: OFFICE, moves: { appealed: 'appeal_dismissed' } }
}

export interface TransitionContext {
  /** The matter was accepted before a supplement was requested (decides where a resubmission resumes). */
  acceptedBefore?: boolean
  /** For 'appeal': the matter's right (appealRightFor), the Beijing date of the rejection and today's Beijing date. */
  appealRight?: AppealRight
  decisionDate?: IsoDate
  today?: IsoDate
}

export type TransitionError =
  | 'unknown_event'
  | 'illegal_transition'
  | 'actor_not_allowed'
  /** resubmitted -> in_review before the matter was ever accepted */
  | 'not_accepted_yet'
  /** resubmitted -> pre_review after the matter was accepted */
  | 'already_accepted'
  /** No source grants a review of this matter (or the refusal is final by law). */
  | 'no_appeal_right'
  /** The source gives the review to the other side (beihai-2023: the employer). */
  | 'appeal_not_yours'
  | 'appeal_window_unknown'
  | 'appeal_window_closed'

export type TransitionResult = { ok: true; next: MatterState } | { ok: false; error: TransitionError }

const refuse = (error: TransitionError): TransitionResult => ({ ok: false, error })
const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key)

/** Checks that depend on more than the current state. */
function guard(from: MatterState, event: MatterEvent, actor: ActorRole, ctx: TransitionContext): TransitionError | null {
  if (from === 'resubmitted' && event === 'start_review' && !ctx.acceptedBefore) return 'not_accepted_yet'
  if (from === 'resubmitted' && event === 'start_pre_review' && ctx.acceptedBefore) return 'already_accepted'
  if (event === 'appeal') {
    const right = ctx.appealRight
    if (!right || right.kind !== 'review') return 'no_appeal_right'
    if (!mayAsk(right, actor)) return 'appeal_not_yours'
    if (!ctx.decisionDate || !ctx.today) return 'appeal_window_unknown'
    if (!canAppeal(ctx.decisionDate, ctx.today, right.windowWorkingDays)) return 'appeal_window_closed'
  }
  return null
}

export function transition(
  state: MatterState,
  event: MatterEvent,
  actor: ActorRole,
  ctx: TransitionContext = {}
): TransitionResult {
  // Own-property lookups: states and events may come from stored or network data ('toString' must not match).
  if (!hasOwn(EVENT_RULES, event)) return refuse('unknown_event')
  const rule = EVENT_RULES[event]
  const next = hasOwn(rule.moves, state) ? rule.moves[state] : undefined
  if (!next) return refuse('illegal_transition')
  if (!rule.actors.includes(actor)) return refuse('actor_not_allowed')
  const blocked = guard(state, event, actor, ctx)
  return blocked ? refuse(blocked) : { ok: true, next }
}

/** Events `actor` may fire from `state` (ignoring context guards), e.g. for the simulator's choices. */
export function eventsFrom(state: MatterState, actor: ActorRole): MatterEvent[] {
  return MATTER_EVENTS.filter((e) => EVENT_RULES[e].moves[state] !== undefined && EVENT_RULES[e].actors.includes(actor))
}

export const TERMINAL_STATES: readonly MatterState[] = MATTER_STATES.filter((s) =>
  MATTER_EVENTS.every((e) => EVENT_RULES[e].moves[s] === undefined)
)

// ---- Appeals: the numbers come from the matter's right (appealRight.ts) ----

/** Last day to appeal: the nth working day after the decision date (counting from the day after). */
export function appealDeadline(decisionDate: IsoDate, windowWorkingDays: number): IsoDate {
  return addWorkingDays(decisionDate, windowWorkingDays)
}

/** Open from the decision day itself through the deadline day, inclusive. */
export function canAppeal(decisionDate: IsoDate, today: IsoDate, windowWorkingDays: number): boolean {
  return compareDates(today, decisionDate) >= 0 && compareDates(today, appealDeadline(decisionDate, windowWorkingDays)) <= 0
}

/** The office's answer is due this many calendar days after the appeal date (beihai-2023: "15日", not working days). */
export function appealAnswerDue(appealDate: IsoDate, answerDays: number): IsoDate {
  return addDays(appealDate, answerDays)
}

// ---- Timeline ----

export interface TimelineEvent {
  /** ISO 8601 instant, e.g. new Date().toISOString(). */
  at: string
  actor: ActorRole
  from: MatterState
  to: MatterState
  event: MatterEvent
  note?: string
}

/** Apply an event and produce its timeline record in one step, so no transition goes unrecorded. */
export function applyEvent(
  state: MatterState,
  event: MatterEvent,
  actor: ActorRole,
  at: string,
  opts: { note?: string; ctx?: TransitionContext } = {}
): { ok: true; next: MatterState; record: TimelineEvent } | { ok: false; error: TransitionError } {
  const result = transition(state, event, actor, opts.ctx)
  if (!result.ok) return result
  const record: TimelineEvent = { at, actor, from: state, to: result.next, event }
  if (opts.note !== undefined) record.note = opts.note
  return { ok: true, next: result.next, record }
}

const dayOf = (e: TimelineEvent): IsoDate => beijingDate(Date.parse(e.at))

/** Context for `transition` derived from a matter's timeline, its appeal right and today's Beijing date. */
export function contextFromTimeline(timeline: readonly TimelineEvent[], today: IsoDate, appealRight?: AppealRight): TransitionContext {
  const rejection = [...timeline].reverse().find((e) => e.to === 'rejected')
  return {
    acceptedBefore: timeline.some((e) => e.to === 'accepted'),
    ...(appealRight ? { appealRight } : {}),
    decisionDate: rejection ? dayOf(rejection) : undefined,
    today
  }
}

/** Beijing date of (the first) acceptance: the case clock starts the day after. */
export function acceptedOn(timeline: readonly TimelineEvent[]): IsoDate | null {
  const e = timeline.find((t) => t.to === 'accepted')
  return e ? dayOf(e) : null
}

/** Supplement pauses for the case clock: each request until the resubmission that answers it. */
export function pausesFromTimeline(timeline: readonly TimelineEvent[]): SupplementPause[] {
  const pauses: SupplementPause[] = []
  for (const e of timeline) {
    if (e.to === 'supplement_requested') pauses.push({ requestedOn: dayOf(e), resubmittedOn: null })
    else if (e.to === 'resubmitted' && pauses.length > 0) pauses[pauses.length - 1].resubmittedOn = dayOf(e)
  }
  return pauses
}

// ---- Bundle status ----

export type BundleStatus =
  | 'draft'
  | 'action_needed'
  | 'in_progress'
  | 'ready_for_pickup'
  | 'issued'
  | 'partly_rejected'
  | 'rejected'
  | 'withdrawn'

/** Still moving on the office's side. appeal_upheld waits for the office to issue. */
const IN_FLIGHT: ReadonlySet<MatterState> = new Set<MatterState>([
  'submitted',
  'pre_review',
  'resubmitted',
  'accepted',
  'in_review',
  'appealed',
  'appeal_upheld'
])
const NEGATIVE: ReadonlySet<MatterState> = new Set<MatterState>(['rejected', 'appeal_dismissed'])

/**
 * A bundle's status from its matters' states. Withdrawn matters are ignored. First rule that matches:
 * 1. nothing left (no matters, or all withdrawn): 'draft' if empty, else 'withdrawn';
 * 2. all draft: 'draft';
 * 3. any supplement_requested, or some matters still draft next to submitted ones: 'action_needed';
 * 4. any matter in flight (submitted .. in_review, appealed, appeal_upheld): 'in_progress';
 * 5. any approved and not yet issued: 'ready_for_pickup' (the permits are issued together);
 * 6. all issued: 'issued';  7. none issued (all rejected / appeal dismissed): 'rejected';
 * 8. otherwise (some issued, some rejected): 'partly_rejected'.
 * A rejection inside its appeal window is shown per matter (nextActionFor), not here: it needs dates.
 */
export function deriveBundleStatus(states: readonly MatterState[]): BundleStatus {
  const live = states.filter((s) => s !== 'withdrawn')
  if (live.length === 0) return states.length === 0 ? 'draft' : 'withdrawn'
  if (live.every((s) => s === 'draft')) return 'draft'
  if (live.some((s) => s === 'supplement_requested' || s === 'draft')) return 'action_needed'
  if (live.some((s) => IN_FLIGHT.has(s))) return 'in_progress'
  if (live.some((s) => s === 'approved')) return 'ready_for_pickup'
  if (live.every((s) => s === 'issued')) return 'issued'
  if (live.every((s) => NEGATIVE.has(s))) return 'rejected'
  return 'partly_rejected'
}

// ---- What the user should do next ----

export type NextAction =
  | 'none'
  | 'wait'
  | 'submit'
  | 'book_appointment'
  | 'answer_supplement'
  | 'pick_up'
  | 'appeal_or_accept'
  // officer side (the simulator)
  | 'start_pre_review'
  | 'decide_acceptance'
  | 'resume_review'
  | 'start_review'
  | 'decide'
  | 'issue'
  | 'answer_appeal'

const APPLICANT_SIDE_ACTION: Record<MatterState, NextAction> = {
  draft: 'submit',
  submitted: 'wait',
  // Acceptance needs the on-site step (portrait, materials check, fee): prepare the visit during pre-review.
  pre_review: 'book_appointment',
  supplement_requested: 'answer_supplement',
  resubmitted: 'wait',
  accepted: 'wait',
  in_review: 'wait',
  approved: 'pick_up',
  issued: 'none',
  // A rejection offers an appeal only where a source grants one: nextActionFor decides with the right.
  rejected: 'none',
  appealed: 'wait',
  appeal_upheld: 'wait',
  appeal_dismissed: 'none',
  withdrawn: 'none'
}

const OFFICER_ACTION: Record<MatterState, NextAction> = {
  draft: 'none',
  submitted: 'start_pre_review',
  pre_review: 'decide_acceptance',
  supplement_requested: 'wait',
  resubmitted: 'resume_review',
  accepted: 'start_review',
  in_review: 'decide',
  approved: 'issue',
  issued: 'none',
  rejected: 'wait',
  appealed: 'answer_appeal',
  appeal_upheld: 'issue',
  appeal_dismissed: 'none',
  withdrawn: 'none'
}

/**
 * A code the UI turns into a call to action (applicant, HR) or the simulator into a step (officer).
 * A rejection asks 'appeal_or_accept' only of the side the matter's right lets ask, inside its window
 * (pass the right, the decision date and today); otherwise the decision is the end ('none').
 */
export function nextActionFor(
  state: MatterState,
  role: ActorRole,
  appeal?: { right: AppealRight; decisionDate: IsoDate; today: IsoDate }
): NextAction {
  switch (role) {
    case 'applicant':
    case 'hr':
      if (state === 'rejected' && appeal && appeal.right.kind === 'review' && mayAsk(appeal.right, role)) {
        return canAppeal(appeal.decisionDate, appeal.today, appeal.right.windowWorkingDays) ? 'appeal_or_accept' : 'none'
      }
      return APPLICANT_SIDE_ACTION[state]
    case 'officer':
      return OFFICER_ACTION[state]
    case 'system':
      return 'none'
  }
}
