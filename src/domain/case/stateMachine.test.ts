/** @jest-environment node */
import {
  ACTOR_ROLES,
  MATTER_EVENTS,
  MATTER_STATES,
  TERMINAL_STATES,
  acceptedOn,
  appealAnswerDue,
  appealDeadline,
  applyEvent,
  canAppeal,
  contextFromTimeline,
  deriveBundleStatus,
  eventsFrom,
  nextActionFor,
  pausesFromTimeline,
  transition,
  type ActorRole,
  type MatterEvent,
  type MatterState,
  type TimelineEvent,
  type TransitionContext
} from './stateMachine'
import { appealRightFor, type AppealRight } from './appealRight'
import { DEVICE_ZONES, restoreDeviceTimeZoneAfterAll, setDeviceTimeZone } from '../../../tests/support/deviceTimeZones'

restoreDeviceTimeZoneAfterAll()

const APPLICANT_SIDE: ActorRole[] = ['applicant', 'hr']
const OFFICER: ActorRole[] = ['officer']
const OFFICE_OR_SYSTEM: ActorRole[] = ['officer', 'system']
const ACCEPTED: TransitionContext = { acceptedBefore: true }
/** Beihai talent certification (beihai-2023 art. 13): the employer asks, 5 working days, answer in 15 days. */
const BEIHAI_CERTIFICATION = appealRightFor('beihai', 'talent_certification')
/** The same window, asked by the applicant side: the generic table below tests the moves, not who asks. */
const EITHER_SIDE: AppealRight = { kind: 'review', source: { document: 'beihai-2023-talent-certification', article: 13 }, windowWorkingDays: 5, answerDays: 15, whoAsks: 'applicant' }
const IN_APPEAL_WINDOW: TransitionContext = { appealRight: EITHER_SIDE, decisionDate: '2025-09-30', today: '2025-10-09' }

/** The legal moves, written out independently of the implementation's table. */
const LEGAL: [MatterState, MatterEvent, MatterState, ActorRole[], TransitionContext?][] = [
  ['draft', 'submit', 'submitted', APPLICANT_SIDE],
  ['draft', 'withdraw', 'withdrawn', APPLICANT_SIDE],
  ['submitted', 'withdraw', 'withdrawn', APPLICANT_SIDE],
  ['pre_review', 'withdraw', 'withdrawn', APPLICANT_SIDE],
  ['submitted', 'start_pre_review', 'pre_review', OFFICE_OR_SYSTEM],
  ['pre_review', 'request_supplement', 'supplement_requested', OFFICER],
  ['in_review', 'request_supplement', 'supplement_requested', OFFICER],
  ['supplement_requested', 'resubmit', 'resubmitted', APPLICANT_SIDE],
  ['resubmitted', 'start_pre_review', 'pre_review', OFFICE_OR_SYSTEM],
  ['resubmitted', 'start_review', 'in_review', OFFICE_OR_SYSTEM, ACCEPTED],
  ['pre_review', 'accept_on_site', 'accepted', OFFICER],
  ['accepted', 'start_review', 'in_review', OFFICE_OR_SYSTEM],
  ['in_review', 'approve', 'approved', OFFICER],
  ['pre_review', 'reject', 'rejected', OFFICER],
  ['in_review', 'reject', 'rejected', OFFICER],
  ['approved', 'issue', 'issued', OFFICE_OR_SYSTEM],
  ['rejected', 'appeal', 'appealed', APPLICANT_SIDE, IN_APPEAL_WINDOW],
  ['appealed', 'uphold_appeal', 'appeal_upheld', OFFICER],
  ['appealed', 'dismiss_appeal', 'appeal_dismissed', OFFICER],
  ['appeal_upheld', 'issue', 'issued', OFFICE_OR_SYSTEM]
]

describe('transitions', () => {
  // Every row gets an explicit context: a callback with more parameters than the row is taken as async by jest.
  const rows = LEGAL.map(([from, event, to, actors, ctx]) => [from, event, to, actors, ctx ?? {}] as const)
  test.each(rows)('%s --%s--> %s', (from, event, to, actors, ctx) => {
    for (const actor of ACTOR_ROLES) {
      const result = transition(from, event, actor, ctx)
      if (actors.includes(actor)) expect(result).toEqual({ ok: true, next: to })
      else expect(result).toEqual({ ok: false, error: 'actor_not_allowed' })
    }
  })

  test('every other (state, event) pair is refused for every actor', () => {
    let refused = 0
    for (const state of MATTER_STATES) {
      for (const event of MATTER_EVENTS) {
        if (LEGAL.some(([f, e]) => f === state && e === event)) continue
        for (const actor of ACTOR_ROLES) {
          expect(transition(state, event, actor, { ...ACCEPTED, ...IN_APPEAL_WINDOW })).toEqual({
            ok: false,
            error: 'illegal_transition'
          })
          refused++
        }
      }
    }
    expect(refused).toBe((MATTER_STATES.length * MATTER_EVENTS.length - LEGAL.length) * ACTOR_ROLES.length)
  })

  test('representative illegal moves', () => {
    const illegal = (s: MatterState, e: MatterEvent, a: ActorRole) => transition(s, e, a, IN_APPEAL_WINDOW)
    expect(illegal('draft', 'approve', 'officer')).toEqual({ ok: false, error: 'illegal_transition' })
    expect(illegal('submitted', 'accept_on_site', 'officer')).toEqual({ ok: false, error: 'illegal_transition' })
    expect(illegal('issued', 'reject', 'officer')).toEqual({ ok: false, error: 'illegal_transition' })
    expect(illegal('approved', 'appeal', 'applicant')).toEqual({ ok: false, error: 'illegal_transition' })
    expect(illegal('accepted', 'withdraw', 'hr')).toEqual({ ok: false, error: 'illegal_transition' })
    expect(illegal('resubmitted', 'request_supplement', 'officer')).toEqual({ ok: false, error: 'illegal_transition' })
    expect(illegal('appeal_dismissed', 'appeal', 'applicant')).toEqual({ ok: false, error: 'illegal_transition' })
  })

  test('wrong actors', () => {
    expect(transition('in_review', 'approve', 'hr')).toEqual({ ok: false, error: 'actor_not_allowed' })
    expect(transition('in_review', 'approve', 'system')).toEqual({ ok: false, error: 'actor_not_allowed' })
    expect(transition('supplement_requested', 'resubmit', 'officer')).toEqual({ ok: false, error: 'actor_not_allowed' })
    expect(transition('draft', 'submit', 'system')).toEqual({ ok: false, error: 'actor_not_allowed' })
    expect(transition('rejected', 'appeal', 'officer', IN_APPEAL_WINDOW)).toEqual({
      ok: false,
      error: 'actor_not_allowed'
    })
  })

  test('unknown events are refused', () => {
    expect(transition('draft', 'explode' as MatterEvent, 'hr')).toEqual({ ok: false, error: 'unknown_event' })
    expect(transition('draft', 'toString' as MatterEvent, 'hr')).toEqual({ ok: false, error: 'unknown_event' })
    expect(transition('constructor' as MatterState, 'submit', 'hr')).toEqual({ ok: false, error: 'illegal_transition' })
  })

  test('after a resubmission the matter resumes where it was', () => {
    expect(transition('resubmitted', 'start_review', 'officer')).toEqual({ ok: false, error: 'not_accepted_yet' })
    expect(transition('resubmitted', 'start_pre_review', 'officer', ACCEPTED)).toEqual({
      ok: false,
      error: 'already_accepted'
    })
  })

  test('an appeal needs the decision date and today', () => {
    expect(transition('rejected', 'appeal', 'applicant', { appealRight: EITHER_SIDE })).toEqual({ ok: false, error: 'appeal_window_unknown' })
    expect(transition('rejected', 'appeal', 'hr', { appealRight: BEIHAI_CERTIFICATION, decisionDate: '2025-09-30', today: '2025-10-15' })).toEqual({
      ok: false,
      error: 'appeal_window_closed'
    })
  })

  test('no appeal where no source grants one, even inside what would be the window', () => {
    const window = { decisionDate: '2025-09-30', today: '2025-10-09' }
    // Residence permit: final by law (Exit and Entry Administration Law, art. 36).
    expect(transition('rejected', 'appeal', 'hr', { ...window, appealRight: appealRightFor('beihai', 'residence_permit') })).toEqual({ ok: false, error: 'no_appeal_right' })
    // Work permit, in any region: no review in the documents.
    for (const region of ['beihai', 'gansu', 'qingdao']) {
      expect(transition('rejected', 'appeal', 'hr', { ...window, appealRight: appealRightFor(region, 'work_permit') })).toEqual({ ok: false, error: 'no_appeal_right' })
    }
    // No right passed at all: refused, not assumed.
    expect(transition('rejected', 'appeal', 'hr', window)).toEqual({ ok: false, error: 'no_appeal_right' })
  })

  test('Beihai certification: the employer asks, not the applicant', () => {
    const ctx = { appealRight: BEIHAI_CERTIFICATION, decisionDate: '2025-09-30', today: '2025-10-09' }
    expect(transition('rejected', 'appeal', 'hr', ctx)).toEqual({ ok: true, next: 'appealed' })
    expect(transition('rejected', 'appeal', 'applicant', ctx)).toEqual({ ok: false, error: 'appeal_not_yours' })
    expect(transition('rejected', 'appeal', 'officer', ctx)).toEqual({ ok: false, error: 'actor_not_allowed' })
  })

  test('eventsFrom and terminal states', () => {
    expect(eventsFrom('pre_review', 'officer').sort()).toEqual(['accept_on_site', 'reject', 'request_supplement'])
    expect(eventsFrom('pre_review', 'hr')).toEqual(['withdraw'])
    expect([...TERMINAL_STATES].sort()).toEqual(['appeal_dismissed', 'issued', 'withdrawn'])
  })
})

describe('appeal window: 5 working days after the decision, across holidays', () => {
  test('decision on the eve of National Day 2025', () => {
    // 10-01..08 off; then Thu 9 (1), Fri 10 (2), Sat 11 adjusted (3), Mon 13 (4), Tue 14 (5).
    expect(appealDeadline('2025-09-30', 5)).toBe('2025-10-14')
    expect(canAppeal('2025-09-30', '2025-09-30', 5)).toBe(true) // the decision day itself
    expect(canAppeal('2025-09-30', '2025-10-05', 5)).toBe(true)
    expect(canAppeal('2025-09-30', '2025-10-14', 5)).toBe(true) // day 5
    expect(canAppeal('2025-09-30', '2025-10-15', 5)).toBe(false) // day 6
    expect(canAppeal('2025-09-30', '2025-09-29', 5)).toBe(false) // before the decision
  })

  test('decision before Spring Festival 2026: day 6 is the adjusted working Saturday', () => {
    // Sat 14 adjusted (1); 15..23 off; Tue 24 (2), 25 (3), 26 (4), Fri 27 (5); Sat 28 adjusted would be 6.
    expect(appealDeadline('2026-02-13', 5)).toBe('2026-02-27')
    expect(canAppeal('2026-02-13', '2026-02-27', 5)).toBe(true)
    expect(canAppeal('2026-02-13', '2026-02-28', 5)).toBe(false)
    expect(transition('rejected', 'appeal', 'hr', { appealRight: BEIHAI_CERTIFICATION, decisionDate: '2026-02-13', today: '2026-02-27' })).toEqual({
      ok: true,
      next: 'appealed'
    })
    expect(transition('rejected', 'appeal', 'hr', { appealRight: BEIHAI_CERTIFICATION, decisionDate: '2026-02-13', today: '2026-02-28' })).toEqual({
      ok: false,
      error: 'appeal_window_closed'
    })
  })

  test('the answer is due 15 calendar days after the appeal', () => {
    expect(appealAnswerDue('2025-09-30', 15)).toBe('2025-10-15')
    expect(appealAnswerDue('2026-02-10', 15)).toBe('2026-02-25')
  })
})

describe.each(DEVICE_ZONES)('timeline, device time zone $tz', ({ tz, julyOffset }) => {
  beforeAll(() => setDeviceTimeZone(tz))

  test('the device zone is really in effect', () => {
    expect(new Date(Date.UTC(2025, 6, 1)).getTimezoneOffset()).toBe(julyOffset)
  })

  /** Drive a matter through events, recording each step. */
  function run(steps: [MatterEvent, ActorRole, string][], today: string): TimelineEvent[] {
    const timeline: TimelineEvent[] = []
    let state: MatterState = 'draft'
    for (const [event, actor, at] of steps) {
      const result = applyEvent(state, event, actor, at, { note: event, ctx: contextFromTimeline(timeline, today) })
      if (!result.ok) throw new Error(`${state} --${event}--> refused: ${result.error}`)
      timeline.push(result.record)
      state = result.next
    }
    return timeline
  }

  test('a full life with a supplement during review, dates read in Beijing time', () => {
    const timeline = run(
      [
        ['submit', 'hr', '2025-08-31T02:00:00.000Z'],
        ['start_pre_review', 'system', '2025-08-31T02:00:01.000Z'],
        // 00:30 Beijing on 09-01: still 08-31 on most devices.
        ['accept_on_site', 'officer', '2025-08-31T16:30:00.000Z'],
        ['start_review', 'system', '2025-09-01T01:00:00.000Z'],
        // 23:50 Beijing on 09-03.
        ['request_supplement', 'officer', '2025-09-03T15:50:00.000Z'],
        // 00:10 Beijing on 09-06.
        ['resubmit', 'hr', '2025-09-05T16:10:00.000Z'],
        ['start_review', 'system', '2025-09-05T16:10:01.000Z'],
        ['approve', 'officer', '2025-09-09T02:00:00.000Z'],
        ['issue', 'system', '2025-09-09T03:00:00.000Z']
      ],
      '2025-09-09'
    )
    expect(timeline.map((e) => e.to)).toEqual([
      'submitted',
      'pre_review',
      'accepted',
      'in_review',
      'supplement_requested',
      'resubmitted',
      'in_review',
      'approved',
      'issued'
    ])
    expect(timeline[2]).toEqual({
      at: '2025-08-31T16:30:00.000Z',
      actor: 'officer',
      from: 'pre_review',
      to: 'accepted',
      event: 'accept_on_site',
      note: 'accept_on_site'
    })
    expect(acceptedOn(timeline)).toBe('2025-09-01')
    expect(pausesFromTimeline(timeline)).toEqual([{ requestedOn: '2025-09-03', resubmittedOn: '2025-09-06' }])
  })

  test('rejection date for the appeal window is the Beijing date', () => {
    const steps: [MatterEvent, ActorRole, string][] = [
      ['submit', 'applicant', '2025-10-09T01:00:00.000Z'],
      ['start_pre_review', 'officer', '2025-10-09T02:00:00.000Z'],
      // 00:30 Beijing on Tuesday 10-14 (still 10-13 west of Beijing): the window runs to Tuesday 10-21.
      ['reject', 'officer', '2025-10-13T16:30:00.000Z']
    ]
    const timeline = run(steps, '2025-10-21')
    expect(contextFromTimeline(timeline, '2025-10-21', BEIHAI_CERTIFICATION)).toEqual({
      acceptedBefore: false,
      appealRight: BEIHAI_CERTIFICATION,
      decisionDate: '2025-10-14',
      today: '2025-10-21'
    })
    expect(
      applyEvent('rejected', 'appeal', 'hr', '2025-10-21T01:00:00.000Z', {
        ctx: contextFromTimeline(timeline, '2025-10-21', BEIHAI_CERTIFICATION)
      })
    ).toMatchObject({ ok: true, next: 'appealed' })
    expect(
      applyEvent('rejected', 'appeal', 'hr', '2025-10-22T01:00:00.000Z', {
        ctx: contextFromTimeline(timeline, '2025-10-22', BEIHAI_CERTIFICATION)
      })
    ).toEqual({ ok: false, error: 'appeal_window_closed' })
  })

  test('an unanswered supplement is an open pause; a pre-review resubmission resumes pre-review', () => {
    const timeline = run(
      [
        ['submit', 'hr', '2025-09-01T01:00:00.000Z'],
        ['start_pre_review', 'system', '2025-09-01T01:00:01.000Z'],
        ['request_supplement', 'officer', '2025-09-02T01:00:00.000Z'],
        ['resubmit', 'hr', '2025-09-04T01:00:00.000Z'],
        ['start_pre_review', 'system', '2025-09-04T01:00:01.000Z'],
        ['request_supplement', 'officer', '2025-09-05T01:00:00.000Z']
      ],
      '2025-09-08'
    )
    expect(acceptedOn(timeline)).toBeNull()
    expect(pausesFromTimeline(timeline)).toEqual([
      { requestedOn: '2025-09-02', resubmittedOn: '2025-09-04' },
      { requestedOn: '2025-09-05', resubmittedOn: null }
    ])
  })
})

describe('bundle status', () => {
  test.each<[MatterState[], string]>([
    [[], 'draft'],
    [['draft', 'draft'], 'draft'],
    [['withdrawn', 'withdrawn'], 'withdrawn'],
    [['draft', 'submitted'], 'action_needed'],
    [['in_review', 'supplement_requested'], 'action_needed'],
    [['supplement_requested', 'issued'], 'action_needed'],
    [['submitted', 'pre_review'], 'in_progress'],
    [['accepted', 'in_review', 'withdrawn'], 'in_progress'],
    [['approved', 'in_review'], 'in_progress'],
    [['rejected', 'appealed'], 'in_progress'],
    [['issued', 'appeal_upheld'], 'in_progress'],
    [['approved', 'approved'], 'ready_for_pickup'],
    [['approved', 'issued', 'rejected'], 'ready_for_pickup'],
    [['issued', 'issued'], 'issued'],
    [['issued', 'withdrawn'], 'issued'],
    [['rejected', 'appeal_dismissed'], 'rejected'],
    [['issued', 'rejected'], 'partly_rejected'],
    [['issued', 'issued', 'appeal_dismissed'], 'partly_rejected']
  ])('%j -> %s', (states, expected) => {
    expect(deriveBundleStatus(states)).toBe(expected)
  })
})

describe('next action', () => {
  test('applicant side', () => {
    expect(nextActionFor('draft', 'hr')).toBe('submit')
    expect(nextActionFor('pre_review', 'applicant')).toBe('book_appointment')
    expect(nextActionFor('supplement_requested', 'hr')).toBe('answer_supplement')
    expect(nextActionFor('in_review', 'applicant')).toBe('wait')
    expect(nextActionFor('approved', 'applicant')).toBe('pick_up')
    expect(nextActionFor('issued', 'applicant')).toBe('none')
    // Without a right that grants a review, a rejection is the end.
    expect(nextActionFor('rejected', 'applicant')).toBe('none')
  })

  test('an appeal is offered only where a source grants one, to the side that asks, inside the window', () => {
    const at = { decisionDate: '2025-09-30', today: '2025-10-14' }
    expect(nextActionFor('rejected', 'hr', { ...at, right: BEIHAI_CERTIFICATION })).toBe('appeal_or_accept')
    expect(nextActionFor('rejected', 'applicant', { ...at, right: BEIHAI_CERTIFICATION })).toBe('none') // the employer asks
    expect(nextActionFor('rejected', 'hr', { ...at, today: '2025-10-15', right: BEIHAI_CERTIFICATION })).toBe('none')
    expect(nextActionFor('rejected', 'hr', { ...at, right: appealRightFor('beihai', 'residence_permit') })).toBe('none')
    expect(nextActionFor('rejected', 'hr', { ...at, right: appealRightFor('gansu', 'work_permit') })).toBe('none')
  })

  test('officer side and system', () => {
    expect(nextActionFor('submitted', 'officer')).toBe('start_pre_review')
    expect(nextActionFor('resubmitted', 'officer')).toBe('resume_review')
    expect(nextActionFor('appealed', 'officer')).toBe('answer_appeal')
    expect(nextActionFor('appeal_upheld', 'officer')).toBe('issue')
    expect(nextActionFor('in_review', 'system')).toBe('none')
  })

  test('every state has an action for every role', () => {
    for (const s of MATTER_STATES) for (const r of ACTOR_ROLES) expect(typeof nextActionFor(s, r)).toBe('string')
  })
})
