/** Case references: the backend gives every case one (region, year, serial); people never see the internal id. */
import { MockBackend } from '@mock/backend'
import { createSeedState } from '@mock/seed'
import { regionCores } from '@mock/node/regionsFromDisk'
import { ApiClient } from '@/api/client'
import { createMockTransport } from '@/api/transport/mock'
import { freshBackend, gansuBundleDraft } from '../support/backend'

const NOW = '2026-11-20T02:00:00.000Z'
const REFERENCE = /^(BH|GS|QD)-20\d\d-\d{6}$/

describe('case references', () => {
  it('are given to every seeded case, once each, and found by the case search', async () => {
    const env = freshBackend(NOW)
    await env.as('hr.gansu')
    const { items } = await env.client.call('cases.list', { query: {} })
    expect(items.length).toBeGreaterThan(1)
    for (const c of items) expect(c.reference).toMatch(/^GS-20\d\d-\d{6}$/)
    const all = env.backend.state.cases.map((c) => c.reference)
    expect(new Set(all).size).toBe(all.length)
    const john = items.find((c) => c.id === 'case-gs-2')!
    const found = await env.client.call('cases.list', { query: { q: john.reference.toLowerCase() } })
    expect(found.items.map((c) => c.id)).toEqual(['case-gs-2'])
  })

  it('go up by one in the region for a new case', async () => {
    const env = freshBackend(NOW)
    await env.as('hr.gansu')
    const highest = Math.max(0, ...env.backend.state.cases.filter((c) => c.reference.startsWith('GS-2026-')).map((c) => Number(c.reference.slice(-6))))
    const created = await env.client.call('cases.create', {
      idempotencyKey: 'reference-test',
      body: gansuBundleDraft('e-john')
    })
    expect(created.reference).toBe(`GS-2026-${String(highest + 1).padStart(6, '0')}`)
  })

  it('are added to a world saved before they existed (version 2), keeping its cases', async () => {
    const seeded = JSON.parse(JSON.stringify(createSeedState(freshBackend(NOW).backend.regions, Date.parse(NOW))))
    const v2 = { ...seeded, version: 2, cases: seeded.cases.map(({ reference: _, ...c }: { reference: string }) => c) }
    const backend = new MockBackend({ regions: regionCores, realNow: () => Date.parse(NOW), persistence: { load: () => v2, save: () => undefined } })
    const client = new ApiClient({ transport: createMockTransport(backend), getToken: () => null })
    const session = await client.call('session.signIn', { body: { username: 'hr.beihai', password: 'demo1234' } })
    const authed = new ApiClient({ transport: createMockTransport(backend), getToken: () => session.token })
    const { items } = await authed.call('cases.list', { query: {} })
    expect(items.length).toBe(seeded.cases.filter((c: { employerId: string }) => c.employerId === 'emp-bh').length)
    for (const c of items) expect(c.reference).toMatch(REFERENCE)
    expect(backend.state.version).toBe(3)
  })
})
