/**
 * Appeals on the mock backend, through the typed client: a review only where a source grants one
 * (src/domain/case/appealRight.ts). Beihai talent certification (beihai-2023 art. 13): the employer asks
 * within 5 working days, the office answers; a residence-permit refusal is final (Exit and Entry
 * Administration Law, art. 36); a work permit has no appeal in the documents.
 */
import { freshBackend } from '../support/backend'

const NOW = '2026-11-20T02:00:00.000Z' // Friday, 10:00 in Beijing
const DAY = 24 * 3600 * 1000

const appeal = (env: ReturnType<typeof freshBackend>, caseId: string) =>
  env.client.call('cases.act', { params: { caseId }, body: { action: 'appeal', note: 'The proof was complete.' } })

describe('appeals on the mock backend', () => {
  it('Beihai certification: the employer appeals inside the window; the office answers', async () => {
    const env = freshBackend(NOW)
    await env.as('hr.beihai')
    const appealed = await appeal(env, 'case-bh-4')
    expect(appealed.matters[0]).toMatchObject({ kind: 'talent_certification', state: 'appealed' })
    expect(appealed.timeline[appealed.timeline.length - 1]).toMatchObject({ event: 'appeal', actor: 'hr', from: 'rejected', to: 'appealed' })
    const dismissed = await env.client.call('officer.act', { params: { caseId: 'case-bh-4' }, body: { action: 'dismiss_appeal' } })
    expect(dismissed.matters[0].state).toBe('appeal_dismissed')
  })

  it('refuses the applicant: the employer asks for the review (beihai-2023 art. 13)', async () => {
    const env = freshBackend(NOW)
    await env.as('ken')
    await expect(appeal(env, 'case-bh-4')).rejects.toMatchObject({ kind: 'forbidden' })
    expect(env.backend.state.cases.find((c) => c.id === 'case-bh-4')?.matters[0].state).toBe('rejected')
  })

  it('refuses a late appeal', async () => {
    const env = freshBackend(NOW)
    await env.as('hr.beihai')
    await env.client.call('dev.setClock', { body: { now: new Date(Date.parse(NOW) + 12 * DAY).toISOString() } })
    await expect(appeal(env, 'case-bh-4')).rejects.toMatchObject({ kind: 'conflict' })
  })

  it('refuses an appeal of a rejected work permit: no source grants one', async () => {
    const env = freshBackend(NOW)
    await env.as('hr.beihai')
    await expect(appeal(env, 'case-bh-2')).rejects.toMatchObject({ kind: 'conflict' })
    const c = env.backend.state.cases.find((x) => x.id === 'case-bh-2')!
    expect(c.matters.map((m) => m.state)).toEqual(['rejected'])
    expect(c.timeline.some((e) => e.event === 'appeal')).toBe(false)
  })

  it('refuses an appeal of a refused residence permit: the refusal is final', async () => {
    const env = freshBackend(NOW)
    await env.as('hr.gansu')
    await env.client.call('officer.act', { params: { caseId: 'case-gs-3' }, body: { action: 'reject', reasons: [{ en: 'Not eligible', zh: '不符合条件' }] } })
    await expect(appeal(env, 'case-gs-3')).rejects.toMatchObject({ kind: 'conflict' })
    const c = env.backend.state.cases.find((x) => x.id === 'case-gs-3')!
    expect(c.matters.filter((m) => m.kind === 'residence_permit').map((m) => m.state)).toEqual(['rejected'])
    expect(c.matters.every((m) => m.state === 'rejected')).toBe(true)
  })
})
