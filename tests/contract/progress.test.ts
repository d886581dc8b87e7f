/**
 * Progress tracking against the mock backend, through the typed client (requests and responses are
 * validated against the contract): permit-expiry reminders in the inbox, and a supplement answered item
 * by item, then resubmitted, with the case clock pausing meanwhile.
 */
import { freshBackend } from '../support/backend'
import { reminderId } from '@mock/reminders'

const NOW = '2026-11-20T02:00:00.000Z' // Friday, 10:00 in Beijing
const DAY = 24 * 3600 * 1000

const expiryItems = (items: { kind: string; title: { en: string } }[]) => items.filter((n) => n.kind === 'expiry').map((n) => n.title.en).sort()

describe('permit-expiry reminders (90/60/30 days)', () => {
  it('reminds HR of each employee permit at the tightest threshold reached, once', async () => {
    const env = freshBackend(NOW)
    await env.as('hr.beihai')
    const first = await env.client.call('notifications.list')
    // Seed: Alice's permits expire in 75 days (90-day reminder), Sara's in 25 days (30-day reminder).
    expect(expiryItems(first.items)).toEqual([
      'Alice Martin: residence permit expires in 75 days',
      'Alice Martin: work permit expires in 75 days',
      'Sara Lindqvist: residence permit expires in 25 days',
      'Sara Lindqvist: work permit expires in 25 days'
    ])
    expect(first.unread).toBeGreaterThanOrEqual(4)
    const again = await env.client.call('notifications.list')
    expect(again.items.filter((n) => n.kind === 'expiry')).toHaveLength(4)
    const sara = first.items.find((n) => n.title.en.startsWith('Sara Lindqvist: work permit'))
    expect(sara?.body.en).toMatch(/File the extension by \d{4}-\d\d-\d\d/)
    expect(sara?.id).toBe(reminderId('u-hr-bh', 'e-sara', 'workPermit', sara!.body.en.match(/Valid to (\S+)\./)![1], 30))
    // Also "what would have been sent" as a WeChat subscribe message.
    expect(env.backend.state.outbox.filter((o) => o.templateId === 'expiry' && o.toUserId === 'u-hr-bh')).toHaveLength(4)
  })

  it('sends the next threshold when time passes, and nothing new in between', async () => {
    const env = freshBackend(NOW)
    await env.as('hr.beihai')
    await env.client.call('notifications.list')
    env.backend.state.clock = { frozenAt: new Date(Date.parse(NOW) + 20 * DAY).toISOString(), offsetMs: 0 }
    const later = await env.client.call('notifications.list')
    // Alice: 55 days left -> the 60-day reminder; Sara: 5 days left -> still the 30-day one (already sent).
    const titles = expiryItems(later.items)
    expect(titles.filter((t) => t.includes('55 days'))).toHaveLength(2)
    expect(titles).toHaveLength(6)
  })

  it('reminds an applicant of their own permits only, and a verifier of nothing', async () => {
    const env = freshBackend(NOW)
    await env.as('alice')
    const mine = await env.client.call('notifications.list')
    expect(expiryItems(mine.items)).toEqual(['Alice Martin: residence permit expires in 75 days', 'Alice Martin: work permit expires in 75 days'])
    await env.as('nurse.bh')
    expect(expiryItems((await env.client.call('notifications.list')).items)).toEqual([])
  })

  it('reaches HR of another employer for their own employees only', async () => {
    const env = freshBackend(NOW)
    await env.as('hr.gansu')
    const items = expiryItems((await env.client.call('notifications.list')).items)
    expect(items).toEqual(['Maria Rossi: residence permit expires in 55 days', 'Maria Rossi: work permit expires in 55 days'])
  })
})

describe('supplement: one notice, answered item by item, then resubmitted', () => {
  it('pauses the clock and resumes it on resubmission', async () => {
    const env = freshBackend(NOW)
    await env.as('hr.gansu')
    // Omar's seeded case waits for 2 items: a material and a field.
    const before = await env.client.call('cases.get', { params: { caseId: 'case-gs-1' } })
    expect(before.status).toBe('action_needed')
    expect(before.pauses.length).toBeGreaterThan(0)
    expect(before.pauses.every((p) => p.resubmittedOn === null)).toBe(true)
    const [material, field] = before.supplement!.items

    await expect(env.client.call('cases.act', { params: { caseId: 'case-gs-1' }, body: { action: 'resubmit' }, idempotencyKey: 'progress-key-1' })).rejects.toMatchObject({ kind: 'validation', message: 'Answer every item of the notice first' })

    const upload = await env.client.upload({ filePath: 'blob:medical', name: 'medical.jpg', mime: 'image/jpeg', size: 1000 })
    await env.client.call('cases.update', {
      params: { caseId: 'case-gs-1' },
      body: { materials: [{ materialId: material.ref, uploadIds: [upload.id], documentDate: null }], resolvesItems: [material.id] }
    })
    const half = await env.client.call('cases.update', {
      params: { caseId: 'case-gs-1' },
      body: { form: { [field.ref]: 'Room 1203, Unit 2, Building 5, Lanzhou' }, resolvesItems: [field.id] }
    })
    expect(half.supplement!.items.every((i) => i.resolved)).toBe(true)
    expect(half.form[field.ref]).toBe('Room 1203, Unit 2, Building 5, Lanzhou')

    const after = await env.client.call('cases.act', { params: { caseId: 'case-gs-1' }, body: { action: 'resubmit' }, idempotencyKey: 'progress-key-2' })
    expect(after.matters.every((m) => m.state === 'resubmitted')).toBe(true)
    expect(after.pauses).toEqual([{ requestedOn: before.pauses[0].requestedOn, resubmittedOn: '2026-11-20' }])
    expect(after.supplement!.answeredAt).not.toBeNull()
  })
})
