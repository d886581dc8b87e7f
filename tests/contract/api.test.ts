import { ApiError, callWithRetry, errorMessageKeys, type EndpointName, type OfficerAction } from '@/api'
import { ApiClient } from '@/api/client'
import { exchangeAdapter } from '@/api/transport/adapter'
import type { TransportRequest } from '@/api/transport/types'
import { freshBackend } from '../support/backend'

describe('the mock honours the contract', () => {
  it('answers every read endpoint for each role with data that passes the response schemas', async () => {
    const env = freshBackend()
    const reads: Record<string, EndpointName[]> = {
      'hr.gansu': ['session.me', 'employers.mine', 'cases.list', 'notifications.list', 'regions.list', 'theatre.shows', 'hospital.departments'],
      alice: ['session.me', 'cases.list', 'certificates.mine', 'notifications.list', 'theatre.bookings', 'hospital.bookings'],
      'boxoffice.bh': ['session.me', 'redemptions.list', 'notifications.list', 'certificates.issuerKeys', 'certificates.revocations']
    }
    for (const [username, names] of Object.entries(reads)) {
      await env.as(username)
      for (const name of names) {
        // The client parses each response with the endpoint's schema and throws ApiError('contract') otherwise.
        await expect(env.client.call(name as 'session.me')).resolves.toBeDefined()
      }
    }
    await env.as('hr.gansu')
    const list = await env.client.call('cases.list')
    for (const c of list.items) await expect(env.client.call('cases.get', { params: { caseId: c.id } })).resolves.toMatchObject({ id: c.id })
  })

  it('seeds cases at every stage', async () => {
    const env = freshBackend()
    const states = new Set(env.backend.state.cases.flatMap((c) => c.matters.map((m) => m.state)))
    for (const s of ['draft', 'pre_review', 'supplement_requested', 'in_review', 'issued', 'rejected']) expect(states).toContain(s)
    // The matters of a bundle wait on one supplement notice: one clock pause for the case.
    expect(env.backend.state.cases.find((c) => c.id === 'case-gs-1')?.pauses).toHaveLength(1)
  })

  it('sends the session token and, for creating endpoints, the caller’s Idempotency-Key through the axios adapter', async () => {
    const seen: TransportRequest[] = []
    const client = new ApiClient({
      transport: {
        kind: 'mock',
        adapter: exchangeAdapter(async (request) => {
          seen.push(request)
          return { status: 409, data: { error: { code: 'conflict', message: 'Linked already' } } }
        }),
        upload: async () => ({ status: 500, data: null })
      },
      getToken: () => 'tok-1'
    })
    const error = await client.call('cases.newClaimCode', { params: { caseId: 'case-1' }, body: {}, idempotencyKey: 'key-1' }).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'conflict', status: 409 })
    expect(seen).toEqual([
      expect.objectContaining({ method: 'POST', path: '/cases/case-1/claim-code', body: {}, headers: expect.objectContaining({ Authorization: 'Bearer tok-1', 'Idempotency-Key': 'key-1' }) })
    ])
  })

  it('turns a response that breaks the contract into a bilingual-ready contract error, not a crash', async () => {
    const client = new ApiClient({
      transport: { kind: 'mock', adapter: exchangeAdapter(async () => ({ status: 200, data: { token: 42 } })), upload: async () => ({ status: 200, data: null }) },
      getToken: () => null
    })
    const error = await client.call('session.signIn', { body: { username: 'a', password: 'b' } }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).kind).toBe('contract')
    expect((error as ApiError).where).toContain('session.signIn')
  })
})

describe('authentication and role isolation', () => {
  it('refuses requests without a session', async () => {
    const env = freshBackend()
    await expect(env.client.call('cases.list')).rejects.toMatchObject({ kind: 'unauthorized' })
  })

  it('shows HR only their employer’s cases and hides other employers’ cases as not found', async () => {
    const env = freshBackend()
    const hr = await env.as('hr.gansu')
    const list = await env.client.call('cases.list')
    expect(list.total).toBeGreaterThan(0)
    expect(list.items.every((c) => c.employerId === hr.employerId)).toBe(true)
    await expect(env.client.call('cases.get', { params: { caseId: 'case-bh-1' } })).rejects.toMatchObject({ kind: 'not_found' })
    await expect(env.client.call('employees.list', { params: { employerId: 'emp-bh' } })).rejects.toMatchObject({ kind: 'forbidden' })
  })

  it('shows an applicant only their own cases', async () => {
    const env = freshBackend()
    const omar = await env.as('omar')
    const list = await env.client.call('cases.list')
    expect(list.items.map((c) => c.id)).toEqual(['case-gs-1'])
    expect(list.items.every((c) => c.employeeId === 'e-omar')).toBe(true)
    expect(omar.role).toBe('applicant')
    await expect(env.client.call('cases.get', { params: { caseId: 'case-gs-2' } })).rejects.toMatchObject({ kind: 'not_found' })
  })

  it('keeps verifiers away from cases', async () => {
    const env = freshBackend()
    await env.as('nurse.bh')
    await expect(env.client.call('cases.list')).rejects.toMatchObject({ kind: 'forbidden' })
  })

  it('never returns a full passport number', async () => {
    const env = freshBackend()
    await env.as('hr.gansu')
    const c = await env.client.call('cases.get', { params: { caseId: 'case-gs-1' } })
    expect(JSON.stringify(c)).not.toContain('A12345678')
    const employees = await env.client.call('employees.list', { params: { employerId: 'emp-gs' } })
    expect(JSON.stringify(employees)).not.toContain('A12345678')
  })
})

describe('validation', () => {
  it('answers a bad submission with field errors keyed by form path', async () => {
    const env = freshBackend()
    await env.as('hr.gansu')
    const error = (await env.client
      .call('cases.create', {
        idempotencyKey: 'test-key-validation',
        body: {
          kind: 'bundle',
          regionId: 'gansu',
          bundleId: 'gs-one-thing-2025',
          employeeId: 'e-john',
          matters: [
            { matterId: 'gs-work-permit', action: 'issue' },
            { matterId: 'gs-residence-permit', action: 'issue' }
          ],
          form: { 'applicant.fullName': 'John Smith', 'passport.number': 'bad number!', 'applicant.nationality': 'XYZ', 'applicant.birthDate': '2999-01-01' },
          materials: [],
          submit: true
        }
      })
      .catch((e: unknown) => e)) as ApiError
    expect(error.kind).toBe('validation')
    expect(error.fields['passport.number']?.code).toMatch(/^passport\./)
    expect(error.fields['applicant.nationality']?.code).toBe('nationality.unknown')
    expect(error.fields['applicant.birthDate']?.code).toBe('date.future')
    expect(error.fields['job.position']?.code).toBe('field.required')
  })

  it('rejects a bundle without its required matters', async () => {
    const env = freshBackend()
    await env.as('hr.gansu')
    await expect(
      env.client.call('cases.create', {
        body: { kind: 'bundle', regionId: 'gansu', bundleId: 'gs-one-thing-2025', employeeId: 'e-john', matters: [{ matterId: 'gs-work-permit', action: 'issue' }], form: {}, materials: [], submit: false }
      })
    ).rejects.toMatchObject({ kind: 'validation', fields: { matters: { code: 'choice.required' } } })
  })
})

describe('idempotency', () => {
  const draft = {
    kind: 'bundle' as const,
    regionId: 'gansu',
    bundleId: 'gs-one-thing-2025',
    employeeId: 'e-john',
    matters: [
      { matterId: 'gs-work-permit', action: 'issue' },
      { matterId: 'gs-residence-permit', action: 'issue' },
      { matterId: 'gs-social-insurance', action: 'register' }
    ],
    form: {},
    materials: [],
    submit: false
  }

  it('creates one case when a submit is retried after a timeout the server had already accepted', async () => {
    const env = freshBackend()
    await env.as('hr.gansu')
    const before = env.backend.state.cases.length
    env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: true }
    let attempts = 0
    const created = await callWithRetry(env.client, 'cases.create', { body: draft }, {
      attempts: 3,
      sleep: async () => {
        attempts++
        // The network recovers before the retry.
        env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: false }
      }
    })
    expect(attempts).toBe(1)
    expect(env.backend.state.cases.length).toBe(before + 1)
    expect(env.backend.state.cases.filter((c) => c.id === created.id)).toHaveLength(1)
    expect(created.matters.map((m) => m.matterId)).toEqual(['gs-work-permit', 'gs-residence-permit', 'gs-social-insurance'])
  })

  it('answers a repeated key with the first result', async () => {
    const env = freshBackend()
    await env.as('hr.gansu')
    const first = await env.client.call('cases.create', { body: draft, idempotencyKey: 'same-key-123' })
    const second = await env.client.call('cases.create', { body: draft, idempotencyKey: 'same-key-123' })
    expect(second.id).toBe(first.id)
  })

  it('refuses the same key with a different request, naming what the first one created', async () => {
    const env = freshBackend()
    await env.as('hr.gansu')
    const first = await env.client.call('cases.create', { body: draft, idempotencyKey: 'same-key-456' })
    const before = env.backend.state.cases.length
    // The draft was edited after the first answer was lost: the edit must not pass for done, nor file twice.
    const edited = { ...draft, form: { ...draft.form, 'job.title': 'Chief engineer' } }
    const error = await env.client.call('cases.create', { body: edited, idempotencyKey: 'same-key-456' }).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'conflict', status: 409, existingId: first.id })
    expect(env.backend.state.cases.length).toBe(before)
    // The same request again is still a repeat, answered with the first result.
    expect((await env.client.call('cases.create', { body: draft, idempotencyKey: 'same-key-456' })).id).toBe(first.id)
  })

  it('reports an offline backend as a network error and creates nothing', async () => {
    const env = freshBackend()
    await env.as('hr.gansu')
    const before = env.backend.state.cases.length
    env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: true, failAfterCommit: false }
    await expect(env.client.call('cases.create', { body: draft })).rejects.toMatchObject({ kind: 'network' })
    expect(env.backend.state.cases.length).toBe(before)
  })

  it('treats the embedded backend as unreachable when the device has no network, and creates nothing', async () => {
    const env = freshBackend()
    await env.as('hr.gansu')
    const before = env.backend.state.cases.length
    const onLine = jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false)
    try {
      const error = await env.client.call('cases.create', { body: draft }).catch((e: unknown) => e)
      expect(error).toMatchObject({ kind: 'network' })
      expect(errorMessageKeys(error as ApiError, { offline: true }).title).toBe('network.title')
      // The officer simulator stays usable, so faults can be switched off with no network.
      await expect(env.client.call('dev.clock')).resolves.toBeDefined()
    } finally {
      onLine.mockRestore()
    }
    expect(env.backend.state.cases.length).toBe(before)
  })

  it('names a network failure on an online device "unreachable", not "check your network"', () => {
    const network = new ApiError('network', 'no answer')
    expect(errorMessageKeys(network, { offline: false })).toEqual({ title: 'unreachable.title', body: 'unreachable.body' })
    expect(errorMessageKeys(network, { offline: true })).toEqual({ title: 'network.title', body: 'network.body' })
    expect(errorMessageKeys(network)).toEqual({ title: 'network.title', body: 'network.body' })
    expect(errorMessageKeys(new ApiError('timeout', 'late'), { offline: false })).toEqual({ title: 'timeout.title', body: 'timeout.body' })
  })
})

describe('officer simulator and clock', () => {
  it('moves a case through pre-review, supplement, resubmission, approval and issue, recording each step', async () => {
    const env = freshBackend()
    await env.as('hr.gansu')
    const c = await env.client.call('cases.create', { body: { ...{ kind: 'bundle', regionId: 'gansu', bundleId: 'gs-one-thing-2025', employeeId: 'e-john', matters: [{ matterId: 'gs-work-permit', action: 'issue' }, { matterId: 'gs-residence-permit', action: 'issue' }], materials: [], submit: true }, form: { 'applicant.fullName': 'John Smith', 'applicant.sex': 'male', 'applicant.birthDate': '1980-02-03', 'applicant.nationality': 'GBR', 'applicant.phone': '13912345678', 'passport.number': '533380006', 'passport.expiry': '2030-01-01', 'job.position': 'Professor', 'job.contractFrom': '2026-12-01', 'job.contractTo': '2028-11-30', 'job.annualSalary10k': 40, 'residence.address': 'Room 1, Lanzhou' } } })
    expect(c.status).toBe('in_progress')
    const act = (action: OfficerAction, extra = {}) =>
      env.client.call('officer.act', { params: { caseId: c.id }, body: { action, ...extra } })
    await act('start_pre_review')
    const supplement = await act('request_supplement', { supplementItems: [{ kind: 'field', ref: 'residence.address', message: { en: 'Full address', zh: '完整地址' } }] })
    expect(supplement.status).toBe('action_needed')
    await expect(env.client.call('cases.act', { params: { caseId: c.id }, body: { action: 'resubmit' } })).rejects.toMatchObject({ kind: 'validation' })
    await env.client.call('cases.update', { params: { caseId: c.id }, body: { form: { 'residence.address': 'Room 1203, Building 5, Lanzhou' }, resolvesItems: supplement.supplement!.items.map((i) => i.id) } })
    await env.client.call('cases.act', { params: { caseId: c.id }, body: { action: 'resubmit' } })
    await act('start_pre_review')
    await act('accept_on_site')
    await act('start_review')
    await act('approve')
    const issued = await act('issue')
    expect(issued.status).toBe('issued')
    expect(issued.matters.find((m) => m.kind === 'work_permit')?.documentNumber).toMatch(/^\d{18}$/)
    expect(issued.timeline.map((e) => e.event)).toEqual(expect.arrayContaining(['submit', 'request_supplement', 'resubmit', 'accept_on_site', 'approve', 'issue']))
    expect(issued.pauses).toHaveLength(1)
    const inbox = await env.client.call('notifications.list')
    expect(inbox.unread).toBeGreaterThan(0)
    // Illegal moves are refused by the shared state machine.
    await expect(act('approve')).rejects.toMatchObject({ kind: 'conflict' })
  })

  it('lets tests set the mock clock', async () => {
    const env = freshBackend()
    const clock = await env.client.call('dev.setClock', { body: { now: '2026-06-01T01:00:00.000Z' } })
    expect(clock).toEqual({ now: '2026-06-01T01:00:00.000Z', frozen: true })
    expect(env.backend.now()).toBe(Date.parse('2026-06-01T01:00:00.000Z'))
  })

  it('persists its state so a demo survives a reload, and can be reset', async () => {
    const saved: string[] = []
    const { MockBackend } = await import('@mock/backend')
    const { regionCores } = await import('@mock/node/regionsFromDisk')
    // A store that keeps text, as app storage does.
    const persistence = { load: () => (saved.length ? (JSON.parse(saved[saved.length - 1]) as unknown) : null), save: (state: unknown) => void saved.push(JSON.stringify(state)) }
    const first = new MockBackend({ regions: regionCores, persistence })
    first.handle({ method: 'POST', path: '/dev/clock', headers: {}, body: { now: '2026-03-03T00:00:00.000Z' } })
    const second = new MockBackend({ regions: regionCores, persistence })
    expect(second.state.clock.frozenAt).toBe('2026-03-03T00:00:00.000Z')
    second.reset()
    expect(new MockBackend({ regions: regionCores, persistence }).state.clock.frozenAt).toBeNull()
  })
})

describe('coverage of the contract', () => {
  it('has a mock handler for every endpoint', async () => {
    const { handlers } = await import('@mock/handlers')
    const { endpoints } = await import('@/api/contract')
    const missing = Object.keys(endpoints).filter((name) => typeof (handlers as Record<string, unknown>)[name] !== 'function')
    expect(missing).toEqual([])
  })
})
