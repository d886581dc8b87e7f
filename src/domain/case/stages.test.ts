import { appealRightFor } from './appealRight'
import {
  appealStatuses,
  caseNextAction,
  decisionDay,
  deriveStages,
  dueSummary,
  expiresWithin,
  expiryThreshold,
  groupTimeline,
  timeLimitsFrom,
  type ProgressCase,
  type ProgressEvent
} from './stages'
import type { MatterState } from './stateMachine'

/** Beijing 09:00 on a date, as an ISO instant. */
const at = (date: string) => `${date}T01:00:00.000Z`
const ev = (date: string, matterId: string, from: MatterState, to: MatterState, event: string): ProgressEvent => ({ at: at(date), matterId, from, to, event })

function bundle(steps: [string, MatterState, MatterState, string][], matterIds = ['wp', 'rp']): ProgressCase {
  const timeline = steps.flatMap(([date, from, to, event]) => matterIds.map((id) => ev(date, id, from, to, event)))
  const last = steps[steps.length - 1]
  return { matters: matterIds.map((id) => ({ matterId: id, state: last ? last[2] : 'draft', decidedAt: null })), timeline }
}

const submitted: [string, MatterState, MatterState, string][] = [
  ['2026-11-02', 'draft', 'submitted', 'submit'],
  ['2026-11-03', 'submitted', 'pre_review', 'start_pre_review']
]

describe('deriveStages', () => {
  it('puts a case in pre-review at the pre-review stage, with submit done on its date', () => {
    const stages = deriveStages(bundle(submitted))
    expect(stages.map((s) => [s.id, s.status])).toEqual([
      ['submit', 'done'],
      ['pre_review', 'current'],
      ['on_site', 'upcoming'],
      ['approval', 'upcoming'],
      ['issue', 'upcoming']
    ])
    expect(stages[0].doneAt).toBe(at('2026-11-02'))
    // Pre-review began when the office took the case up, not when it was sent.
    expect(stages[1].startedAt).toBe(at('2026-11-03'))
  })

  it('shows a case that is only submitted as sent, with pre-review next, not under way', () => {
    const stages = deriveStages(bundle(submitted.slice(0, 1)))
    expect(stages.map((s) => [s.id, s.status])).toEqual([
      ['submit', 'done'],
      ['pre_review', 'upcoming'],
      ['on_site', 'upcoming'],
      ['approval', 'upcoming'],
      ['issue', 'upcoming']
    ])
    expect(stages[1].startedAt).toBeNull()
    // One matter taken up while the other still waits: pre-review is under way.
    const mixed = bundle(submitted.slice(0, 1))
    mixed.matters = [{ ...mixed.matters[0], state: 'pre_review' }, mixed.matters[1]]
    expect(deriveStages(mixed)[1].status).toBe('current')
  })

  it('flags a supplement request in pre-review for attention', () => {
    const c = bundle([...submitted, ['2026-11-04', 'pre_review', 'supplement_requested', 'request_supplement']])
    expect(deriveStages(c)[1].status).toBe('attention')
  })

  it('keeps a supplement requested during review in the approval stage', () => {
    const c = bundle([
      ...submitted,
      ['2026-11-04', 'pre_review', 'accepted', 'accept_on_site'],
      ['2026-11-04', 'accepted', 'in_review', 'start_review'],
      ['2026-11-05', 'in_review', 'supplement_requested', 'request_supplement']
    ])
    const stages = deriveStages(c)
    expect(stages[2].status).toBe('done')
    expect(stages[3].status).toBe('attention')
  })

  it('waits for the slowest matter: parallel approval lists each matter', () => {
    const c = bundle([...submitted, ['2026-11-04', 'pre_review', 'accepted', 'accept_on_site'], ['2026-11-04', 'accepted', 'in_review', 'start_review']])
    c.matters[0].state = 'approved'
    const stages = deriveStages(c)
    expect(stages[3].status).toBe('current')
    expect(stages[3].matters.map((m) => m.state)).toEqual(['approved', 'in_review'])
  })

  it('marks everything done once issued', () => {
    const c = bundle([
      ...submitted,
      ['2026-11-04', 'pre_review', 'accepted', 'accept_on_site'],
      ['2026-11-04', 'accepted', 'in_review', 'start_review'],
      ['2026-11-06', 'in_review', 'approved', 'approve'],
      ['2026-11-09', 'approved', 'issued', 'issue']
    ])
    const stages = deriveStages(c)
    expect(stages.every((s) => s.status === 'done')).toBe(true)
    expect(stages[4].doneAt).toBe(at('2026-11-09'))
  })

  it('skips the later stages when every matter was rejected', () => {
    const c = bundle([...submitted, ['2026-11-04', 'pre_review', 'rejected', 'reject']])
    expect(deriveStages(c).map((s) => s.status)).toEqual(['done', 'attention', 'skipped', 'skipped', 'skipped'])
  })

  it('ignores a rejected optional matter while the others move on', () => {
    const c = bundle([...submitted, ['2026-11-04', 'pre_review', 'accepted', 'accept_on_site']], ['wp', 'rp', 'title'])
    c.matters[2].state = 'rejected'
    expect(deriveStages(c)[3].status).toBe('attention')
    expect(deriveStages(c)[2].status).toBe('done')
  })
})

describe('groupTimeline', () => {
  it('shows the matters of a bundle moving together as one entry', () => {
    const groups = groupTimeline(bundle(submitted).timeline)
    expect(groups).toHaveLength(2)
    expect(groups[0].matterIds).toEqual(['wp', 'rp'])
  })
})

describe('time limits and due dates', () => {
  it('takes the bundle limit, else the longest matter limit', () => {
    expect(timeLimitsFrom({ timeLimit: { promisedDays: 15, legalDays: 90 } }, [])).toEqual({ promisedDays: 15, legalDays: 90 })
    expect(timeLimitsFrom(null, [{ timeLimit: { promisedDays: 4, legalDays: 20 } }, { timeLimit: { promisedDays: 10, legalDays: 15 } }])).toEqual({ promisedDays: 10, legalDays: 20 })
    expect(timeLimitsFrom({ timeLimit: {} }, [{ timeLimit: {} }])).toEqual({ promisedDays: null, legalDays: null })
  })

  it('does not start before acceptance', () => {
    expect(dueSummary({ acceptedOn: null, pauses: [], limits: { promisedDays: 15, legalDays: 90 }, today: '2026-11-20' }).started).toBe(false)
  })

  it('counts from the day after acceptance, skipping weekends', () => {
    // Accepted Friday 2026-11-13: 5 working days -> Friday 2026-11-20.
    const s = dueSummary({ acceptedOn: '2026-11-13', pauses: [], limits: { promisedDays: 5, legalDays: 35 }, today: '2026-11-17' })
    if (!s.started) throw new Error('started')
    expect(s.promised?.dueDate).toBe('2026-11-20')
    expect(s.promised?.workingDaysLeft).toBe(3)
    expect(s.legal?.overdue).toBe(false)
  })

  it('pauses while a supplement is awaited and stops at the decision', () => {
    const paused = dueSummary({ acceptedOn: '2026-11-13', pauses: [{ requestedOn: '2026-11-16', resubmittedOn: null }], limits: { promisedDays: 5, legalDays: null }, today: '2026-11-20' })
    if (!paused.started) throw new Error('started')
    expect(paused.promised?.paused).toBe(true)
    expect(paused.legal).toBeNull()
    const stopped = dueSummary({ acceptedOn: '2026-11-13', pauses: [], limits: { promisedDays: 5, legalDays: null }, today: '2026-12-20', stoppedOn: '2026-11-19' })
    if (!stopped.started) throw new Error('started')
    expect(stopped.promised?.overdue).toBe(false)
    expect(stopped.stoppedOn).toBe('2026-11-19')
  })

  it('finds the decision day only when every live matter is decided', () => {
    const c: ProgressCase = { matters: [{ matterId: 'a', state: 'approved', decidedAt: at('2026-11-18') }, { matterId: 'b', state: 'in_review', decidedAt: null }], timeline: [] }
    expect(decisionDay(c)).toBeNull()
    c.matters = [c.matters[0], { matterId: 'b', state: 'issued', decidedAt: at('2026-11-19') }]
    expect(decisionDay(c)).toBe('2026-11-19')
  })
})

describe('caseNextAction', () => {
  it('puts the supplement first and turns a booked visit into a reminder', () => {
    const c: ProgressCase = { matters: [{ matterId: 'a', state: 'pre_review' }, { matterId: 'b', state: 'supplement_requested' }], timeline: [] }
    expect(caseNextAction(c, 'hr', '2026-11-20')).toBe('answer_supplement')
    c.matters = [{ matterId: 'a', state: 'pre_review' }]
    expect(caseNextAction(c, 'hr', '2026-11-20')).toBe('book_appointment')
    expect(caseNextAction(c, 'hr', '2026-11-20', true)).toBe('appointment_booked')
  })

  it('drops the appeal once the window has closed', () => {
    const c: ProgressCase = { regionId: 'beihai', matters: [{ matterId: 'a', kind: 'talent_certification', state: 'rejected', decidedAt: at('2026-11-02') }], timeline: [] }
    expect(caseNextAction(c, 'hr', '2026-11-05')).toBe('appeal_or_accept')
    expect(caseNextAction(c, 'applicant', '2026-11-05')).toBe('none') // the employer asks (beihai-2023 art. 13)
    expect(caseNextAction(c, 'hr', '2026-11-20')).toBe('none')
  })

  it('offers no appeal for a rejected work or residence permit', () => {
    for (const kind of ['work_permit', 'residence_permit']) {
      const c: ProgressCase = { regionId: 'beihai', matters: [{ matterId: 'a', kind, state: 'rejected', decidedAt: at('2026-11-02') }], timeline: [] }
      expect(caseNextAction(c, 'hr', '2026-11-03')).toBe('none')
    }
  })
})

describe('appealStatuses', () => {
  const right = appealRightFor('beihai', 'talent_certification')
  const rejected: ProgressCase = {
    regionId: 'beihai',
    matters: [{ matterId: 'a', kind: 'talent_certification', state: 'rejected', decidedAt: at('2026-11-02') }],
    timeline: [ev('2026-11-02', 'a', 'in_review', 'rejected', 'reject')]
  }
  it('Beihai certification: open for 5 working days after the decision, then closed', () => {
    expect(appealStatuses(rejected, '2026-11-09')).toEqual([{ kind: 'open', matterId: 'a', decisionDate: '2026-11-02', deadline: '2026-11-09', right }])
    expect(appealStatuses(rejected, '2026-11-10')[0].kind).toBe('closed')
  })
  it('gives the answer date (15 calendar days) of a pending appeal', () => {
    const appealed: ProgressCase = { ...rejected, matters: [{ matterId: 'a', kind: 'talent_certification', state: 'appealed' }], timeline: [...rejected.timeline, ev('2026-11-04', 'a', 'rejected', 'appealed', 'appeal')] }
    expect(appealStatuses(appealed, '2026-11-05')).toEqual([{ kind: 'pending', matterId: 'a', appealedOn: '2026-11-04', answerDue: '2026-11-19', right }])
  })
  it('a refused residence permit is final with the law named; a refused work permit has no appeal', () => {
    const bundle: ProgressCase = {
      regionId: 'gansu',
      matters: [
        { matterId: 'wp', kind: 'work_permit', state: 'rejected', decidedAt: at('2026-11-02') },
        { matterId: 'rp', kind: 'residence_permit', state: 'rejected', decidedAt: at('2026-11-02') }
      ],
      timeline: [ev('2026-11-02', 'wp', 'in_review', 'rejected', 'reject'), ev('2026-11-02', 'rp', 'in_review', 'rejected', 'reject')]
    }
    expect(appealStatuses(bundle, '2026-11-03')).toEqual([
      { kind: 'none', matterId: 'wp' },
      { kind: 'final', matterId: 'rp', law: { document: 'exit-entry-law', article: 36 } }
    ])
  })
})

describe('expiry reminders', () => {
  it('picks the tightest threshold reached', () => {
    expect(expiryThreshold('2027-03-01', '2026-11-20')).toBeNull() // 101 days
    expect(expiryThreshold('2027-02-18', '2026-11-20')).toBe(90) // 90 days: "at 90 days" counts
    expect(expiryThreshold('2027-01-19', '2026-11-20')).toBe(60)
    expect(expiryThreshold('2026-12-15', '2026-11-20')).toBe(30)
    expect(expiryThreshold('2026-11-20', '2026-11-20')).toBe(30)
    expect(expiryThreshold('2026-11-19', '2026-11-20')).toBeNull() // expired
  })
  it('tells whether a permit expires within a window', () => {
    expect(expiresWithin('2026-12-15', '2026-11-20', 30)).toBe(true)
    expect(expiresWithin('2026-12-25', '2026-11-20', 30)).toBe(false)
    expect(expiresWithin(null, '2026-11-20', 90)).toBe(false)
  })
})
