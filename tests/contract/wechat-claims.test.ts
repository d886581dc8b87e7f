import { ApiError, callWithRetry } from '@/api'
import { ApiClient } from '@/api/client'
import { CLAIM_CODE_MAX_WRONG_PER_HOUR, CLAIM_CODE_PATTERN } from '@/domain/case/claimCode'
import { createMockTransport } from '@/api/transport/mock'
import { MockBackend } from '@mock/backend'
import { createSeedState } from '@mock/seed'
import { regionCores } from '@mock/node/regionsFromDisk'
import { freshBackend } from '../support/backend'

const NOW = '2026-11-20T02:00:00.000Z'
const DAY = 24 * 3600 * 1000
const DEMO_USERNAMES = ['hr.gansu', 'hr.beihai', 'hr.qingdao', 'alice', 'omar', 'ken', 'nurse.bh', 'boxoffice.bh']

/** A backend and one client per person (each with its own session). */
function world(nowIso = NOW) {
  const env = freshBackend(nowIso)
  const client = () => {
    let token: string | null = null
    const c = new ApiClient({ transport: env.transport, getToken: () => token })
    return {
      client: c,
      async wechat(code: string) {
        const session = await c.call('session.wechat', { body: { code } })
        token = session.token
        return session
      },
      async password(username: string) {
        const session = await c.call('session.signIn', { body: { username, password: 'demo1234' } })
        token = session.token
        return session.user
      }
    }
  }
  return { env, client }
}

async function hrCode(w: ReturnType<typeof world>, username: string, caseId: string) {
  const hr = w.client()
  await hr.password(username)
  const code = await hr.client.call('cases.newClaimCode', { params: { caseId }, body: {} })
  return { hr, code }
}

const refusal = (error: unknown) => (error instanceof ApiError && error.kind === 'validation' ? error.fields.code?.code : `not a refusal: ${String(error)}`)

describe('sign in with WeChat', () => {
  it('maps each demo code demo:<username> to that demo account, and lists the code with the account', async () => {
    const w = world()
    const accounts = (await w.env.client.call('session.demoAccounts')).accounts
    for (const username of DEMO_USERNAMES) {
      const account = accounts.find((a) => a.username === username)
      expect(account?.wechatCode).toBe(`demo:${username}`)
      const session = await w.client().wechat(`demo:${username}`)
      const byPassword = await w.client().password(username)
      expect(session.created).toBe(false)
      expect(session.user).toEqual(byPassword)
    }
    // Every demo account has its code, and the table is in the seed itself.
    expect(accounts.every((a) => a.wechatCode === `demo:${a.username}`)).toBe(true)
    expect(Object.keys(createSeedState(w.env.backend.regions, Date.parse(NOW)).wechatAccounts)).toHaveLength(accounts.length)
  })

  it('signs a demo WeChat identity in with a working session', async () => {
    const w = world()
    const alice = w.client()
    await alice.wechat('demo:alice')
    const list = await alice.client.call('cases.list')
    expect(list.items.map((c) => c.id)).toEqual(['case-bh-3'])
    await expect(alice.client.call('certificates.mine')).resolves.toMatchObject({ certificate: { number: 'BHKJ-2026-0007' } })
  })

  it('makes a new applicant with no cases for a first-time code', async () => {
    const w = world()
    const before = w.env.backend.state.users.length
    const person = w.client()
    const session = await person.wechat('0a1B2c3D4e5F6g7H8i9J')
    expect(session.created).toBe(true)
    expect(session.user).toMatchObject({ role: 'applicant', employerId: null, venue: null })
    expect(session.user.name.en).toMatch(/^WeChat user /)
    expect(w.env.backend.state.users).toHaveLength(before + 1)
    await expect(person.client.call('session.me')).resolves.toEqual(session.user)
    await expect(person.client.call('cases.list')).resolves.toEqual({ items: [], total: 0 })
    await expect(person.client.call('certificates.mine')).resolves.toEqual({ certificate: null })
    // Not offered as a demo account, and no password signs it in.
    const accounts = (await w.env.client.call('session.demoAccounts')).accounts
    expect(accounts.some((a) => a.name.en === session.user.name.en)).toBe(false)
    const record = w.env.backend.state.users.find((u) => u.user.id === session.user.id)!
    await expect(w.env.client.call('session.signIn', { body: { username: record.username, password: 'x' } })).rejects.toMatchObject({ kind: 'bad_credentials' })
  })

  it('returns the same account for the same code, and another for another code', async () => {
    const w = world()
    const first = await w.client().wechat('code-of-someone')
    const again = await w.client().wechat('code-of-someone')
    const other = await w.client().wechat('code-of-someone-else')
    expect(again.created).toBe(false)
    expect(again.user.id).toBe(first.user.id)
    expect(again.token).not.toBe(first.token)
    expect(other.user.id).not.toBe(first.user.id)
    // The mock keeps openid -> account, the openid derived from the code as WeChat's code2Session would give it.
    const openIds = Object.entries(w.env.backend.state.wechatAccounts).filter(([, id]) => id === first.user.id).map(([openId]) => openId)
    expect(openIds).toHaveLength(1)
    expect(openIds[0]).toMatch(/^o[A-Za-z0-9_-]{27}$/)
  })

  it('keeps the account over a restart of the backend (persisted state)', async () => {
    let saved: unknown = null
    const persistence = { load: () => saved, save: (s: unknown) => void (saved = JSON.parse(JSON.stringify(s))) }
    const make = () => new MockBackend({ regions: regionCores, realNow: () => Date.parse(NOW), persistence })
    const call = (backend: MockBackend) => new ApiClient({ transport: createMockTransport(backend), getToken: () => null })
    const first = await call(make()).call('session.wechat', { body: { code: 'persisted-code' } })
    const later = await call(make()).call('session.wechat', { body: { code: 'persisted-code' } })
    expect(later).toMatchObject({ created: false, user: { id: first.user.id } })
  })

  it('upgrades a saved version-1 world: the demo codes work and its cases are kept', async () => {
    const seeded = JSON.parse(JSON.stringify(createSeedState(freshBackend(NOW).backend.regions, Date.parse(NOW))))
    const v1 = { ...seeded, version: 1, cases: seeded.cases.slice(0, 2) }
    delete v1.wechatAccounts
    delete v1.claimCodes
    delete v1.claimFailures
    const backend = new MockBackend({ regions: regionCores, realNow: () => Date.parse(NOW), persistence: { load: () => v1, save: () => undefined } })
    const client = new ApiClient({ transport: createMockTransport(backend), getToken: () => null })
    await expect(client.call('session.wechat', { body: { code: 'demo:omar' } })).resolves.toMatchObject({ user: { id: 'u-omar' }, created: false })
    expect(backend.state.cases).toHaveLength(2)
  })

  it('refuses a demo code for no demo account, and an empty code', async () => {
    const w = world()
    await expect(w.client().wechat('demo:nobody')).rejects.toMatchObject({ kind: 'bad_credentials' })
    await expect(w.client().wechat('')).rejects.toMatchObject({ kind: 'validation' })
  })
})

describe('claim codes', () => {
  it('lets the employer’s HR make a short code that works for 7 days', async () => {
    const w = world()
    const { hr, code } = await hrCode(w, 'hr.beihai', 'case-bh-2')
    expect(code.code).toMatch(CLAIM_CODE_PATTERN)
    expect(code.caseId).toBe('case-bh-2')
    expect(Date.parse(code.expiresAt) - Date.parse(code.createdAt)).toBe(7 * DAY)
    await expect(hr.client.call('cases.claimCode', { params: { caseId: 'case-bh-2' } })).resolves.toEqual({ claimCode: code, linked: false })
  })

  it('links the case to a new WeChat applicant, who then sees it in their list', async () => {
    const w = world()
    const { hr, code } = await hrCode(w, 'hr.beihai', 'case-bh-2')
    const sara = w.client()
    await sara.wechat('sara-wechat-login')
    // As typed by hand: lower case, a dash.
    const typed = `${code.code.slice(0, 4)}-${code.code.slice(4)}`.toLowerCase()
    const result = await callWithRetry(sara.client, 'cases.claim', { body: { code: typed } })
    expect(result.case.id).toBe('case-bh-2')
    expect(result.user).toMatchObject({ employerId: 'emp-bh', regionId: 'beihai', role: 'applicant' })
    const list = await sara.client.call('cases.list')
    expect(list.items.map((c) => c.id)).toEqual(['case-bh-2'])
    await expect(sara.client.call('cases.get', { params: { caseId: 'case-bh-2' } })).resolves.toMatchObject({ id: 'case-bh-2' })
    await expect(sara.client.call('session.me')).resolves.toEqual(result.user)
    // HR sees the case linked and no live code; the same person signing in again still has it.
    await expect(hr.client.call('cases.claimCode', { params: { caseId: 'case-bh-2' } })).resolves.toEqual({ claimCode: null, linked: true })
    await expect(hr.client.call('cases.newClaimCode', { params: { caseId: 'case-bh-2' }, body: {} })).rejects.toMatchObject({ kind: 'conflict' })
    const again = w.client()
    await again.wechat('sara-wechat-login')
    expect((await again.client.call('cases.list')).items.map((c) => c.id)).toEqual(['case-bh-2'])
    // HR is told.
    const inbox = await hr.client.call('notifications.list')
    expect(inbox.items).toContainEqual(expect.objectContaining({ caseId: 'case-bh-2', title: expect.objectContaining({ en: 'Your employee linked their case' }) }))
  })

  it('answers a retried claim (the answer was lost) with the first answer, not "used"', async () => {
    const w = world()
    const { code } = await hrCode(w, 'hr.gansu', 'case-gs-3')
    const ivan = w.client()
    await ivan.wechat('ivan-login')
    w.env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: true }
    let attempts = 0
    const result = await callWithRetry(ivan.client, 'cases.claim', { body: { code: code.code } }, {
      sleep: async () => {
        attempts++
        w.env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: false }
      }
    })
    expect(attempts).toBe(1)
    expect(result.case.id).toBe('case-gs-3')
    // Entering the same code again later: still theirs.
    await expect(ivan.client.call('cases.claim', { body: { code: code.code } })).resolves.toMatchObject({ case: { id: 'case-gs-3' } })
  })

  it('refuses a wrong code', async () => {
    const w = world()
    await hrCode(w, 'hr.beihai', 'case-bh-2')
    const person = w.client()
    await person.wechat('someone')
    expect(refusal(await person.client.call('cases.claim', { body: { code: 'ZZZZ-ZZZZ' } }).catch((e: unknown) => e))).toBe('claim.unknown')
    expect(refusal(await person.client.call('cases.claim', { body: { code: 'not a code' } }).catch((e: unknown) => e))).toBe('claim.unknown')
    expect((await person.client.call('cases.list')).total).toBe(0)
  })

  it('refuses an expired code', async () => {
    const w = world()
    const { code } = await hrCode(w, 'hr.gansu', 'case-gs-4')
    const person = w.client()
    await person.wechat('late-person')
    w.env.backend.state.clock = { frozenAt: new Date(Date.parse(NOW) + 7 * DAY).toISOString(), offsetMs: 0 }
    expect(refusal(await person.client.call('cases.claim', { body: { code: code.code } }).catch((e: unknown) => e))).toBe('claim.expired')
    w.env.backend.state.clock = { frozenAt: new Date(Date.parse(NOW) + 7 * DAY - 1000).toISOString(), offsetMs: 0 }
    await expect(person.client.call('cases.claim', { body: { code: code.code } })).resolves.toMatchObject({ case: { id: 'case-gs-4' } })
  })

  it('refuses a code already used by someone else, and one a newer code replaced', async () => {
    const w = world()
    const { hr, code: first } = await hrCode(w, 'hr.qingdao', 'case-qd-1')
    const second = await hr.client.call('cases.newClaimCode', { params: { caseId: 'case-qd-1' }, body: {} })
    expect(second.code).not.toBe(first.code)
    const lena = w.client()
    await lena.wechat('lena')
    expect(refusal(await lena.client.call('cases.claim', { body: { code: first.code } }).catch((e: unknown) => e))).toBe('claim.retired')
    await lena.client.call('cases.claim', { body: { code: second.code } })
    const other = w.client()
    await other.wechat('not-lena')
    expect(refusal(await other.client.call('cases.claim', { body: { code: second.code } }).catch((e: unknown) => e))).toBe('claim.used')
    expect((await other.client.call('cases.list')).total).toBe(0)
  })

  it('stops an account guessing after too many wrong codes in an hour', async () => {
    const w = world()
    const { code } = await hrCode(w, 'hr.beihai', 'case-bh-2')
    const guesser = w.client()
    await guesser.wechat('guesser')
    for (let i = 0; i < CLAIM_CODE_MAX_WRONG_PER_HOUR; i++) {
      expect(refusal(await guesser.client.call('cases.claim', { body: { code: 'ZZZZZZZZ' } }).catch((e: unknown) => e))).toBe('claim.unknown')
    }
    const blocked = await guesser.client.call('cases.claim', { body: { code: code.code } }).catch((e: unknown) => e)
    expect(refusal(blocked)).toBe('claim.tooManyTries')
    expect((blocked as ApiError).fields.code.params).toEqual({ minutes: 60 })
    w.env.backend.state.clock = { frozenAt: new Date(Date.parse(NOW) + 3600 * 1000 + 1).toISOString(), offsetMs: 0 }
    await expect(guesser.client.call('cases.claim', { body: { code: code.code } })).resolves.toMatchObject({ case: { id: 'case-bh-2' } })
  })

  it('lets only HR of the case’s employer make or see a claim code', async () => {
    const w = world()
    const otherHr = w.client()
    await otherHr.password('hr.gansu')
    await expect(otherHr.client.call('cases.newClaimCode', { params: { caseId: 'case-bh-2' }, body: {} })).rejects.toMatchObject({ kind: 'not_found' })
    await expect(otherHr.client.call('cases.claimCode', { params: { caseId: 'case-bh-2' } })).rejects.toMatchObject({ kind: 'not_found' })
    for (const username of ['alice', 'nurse.bh']) {
      const someone = w.client()
      await someone.password(username)
      await expect(someone.client.call('cases.newClaimCode', { params: { caseId: 'case-bh-2' }, body: {} })).rejects.toMatchObject({ kind: 'forbidden' })
      await expect(someone.client.call('cases.claimCode', { params: { caseId: 'case-bh-2' } })).rejects.toMatchObject({ kind: 'forbidden' })
    }
    const newcomer = w.client()
    await newcomer.wechat('newcomer')
    await expect(newcomer.client.call('cases.newClaimCode', { params: { caseId: 'case-bh-2' }, body: {} })).rejects.toMatchObject({ kind: 'forbidden' })
    await expect(w.env.client.call('cases.newClaimCode', { params: { caseId: 'case-bh-2' }, body: {} })).rejects.toMatchObject({ kind: 'unauthorized' })
    // Only applicants claim: HR and verifiers cannot.
    const { code } = await hrCode(w, 'hr.beihai', 'case-bh-2')
    await expect(otherHr.client.call('cases.claim', { body: { code: code.code } })).rejects.toMatchObject({ kind: 'forbidden' })
  })

  it('refuses a claim code for a case already linked to its employee’s account', async () => {
    const w = world()
    const hr = w.client()
    await hr.password('hr.beihai')
    await expect(hr.client.call('cases.claimCode', { params: { caseId: 'case-bh-1' } })).resolves.toEqual({ claimCode: null, linked: true })
    await expect(hr.client.call('cases.newClaimCode', { params: { caseId: 'case-bh-1' }, body: {} })).rejects.toMatchObject({ kind: 'conflict' })
  })
})
