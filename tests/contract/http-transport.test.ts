/**
 * @jest-environment node
 */
import { ApiClient, callWithRetry } from '@/api/client'
import { createHttpTransport } from '@/api/transport/http'
import { startMockServer } from '@mock/server'
import { gansuBundleDraft } from '../support/backend'

/** The same contract over real HTTP: the platform request API (here Node's fetch) against the mock backend served on 127.0.0.1. */
describe('HTTP transport against the mock server', () => {
  let server: Awaited<ReturnType<typeof startMockServer>>
  let token: string | null = null
  let client: ApiClient

  beforeAll(async () => {
    server = await startMockServer(0)
    client = new ApiClient({ transport: createHttpTransport(server.url, 3000), getToken: () => token })
  })
  afterAll(() => server.close())

  it('builds query strings the server reads back', async () => {
    const { queryString } = await import('@/api/transport/http')
    expect(queryString({ limit: 10, status: ['a b', 'c'], skip: undefined })).toBe('?limit=10&status=a%20b&status=c')
    expect(queryString({})).toBe('')
  })

  it('reports a server that does not answer in time as a timeout, and no server as a network failure', async () => {
    const { createServer } = await import('node:http')
    const silent = createServer(() => undefined)
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const port = (silent.address() as { port: number }).port
    const hanging = new ApiClient({ transport: createHttpTransport(`http://127.0.0.1:${port}`, 100), getToken: () => null })
    await expect(hanging.call('session.signIn', { body: { username: 'hr.gansu', password: 'demo1234' } })).rejects.toMatchObject({ kind: 'timeout' })
    silent.closeAllConnections()
    silent.close()
    const nowhere = new ApiClient({ transport: createHttpTransport('http://127.0.0.1:9', 1000), getToken: () => null })
    await expect(nowhere.call('session.signIn', { body: { username: 'hr.gansu', password: 'demo1234' } })).rejects.toMatchObject({ kind: 'network' })
  })

  it('signs in, lists only the employer’s cases, and answers errors with the contract’s error body', async () => {
    const session = await client.call('session.signIn', { body: { username: 'hr.gansu', password: 'demo1234' } })
    token = session.token
    const list = await client.call('cases.list', { query: { limit: 10 } })
    expect(list.items.length).toBeGreaterThan(0)
    expect(list.items.every((c) => c.employerId === 'emp-gs')).toBe(true)
    await expect(client.call('cases.get', { params: { caseId: 'case-bh-1' } })).rejects.toMatchObject({ kind: 'not_found' })
  })

  it('signs in with WeChat and links a case with HR’s claim code, as the embedded backend does', async () => {
    let hrToken: string | null = null
    const hr = new ApiClient({ transport: createHttpTransport(server.url, 3000), getToken: () => hrToken })
    hrToken = (await hr.call('session.wechat', { body: { code: 'demo:hr.qingdao' } })).token
    const claimCode = await hr.call('cases.newClaimCode', { params: { caseId: 'case-qd-1' }, body: {} })
    let applicantToken: string | null = null
    const applicant = new ApiClient({ transport: createHttpTransport(server.url, 3000), getToken: () => applicantToken })
    const session = await applicant.call('session.wechat', { body: { code: 'http-first-login' } })
    expect(session).toMatchObject({ created: true, user: { role: 'applicant', employerId: null } })
    applicantToken = session.token
    await expect(applicant.call('cases.claim', { body: { code: 'WRONG234' } })).rejects.toMatchObject({ kind: 'validation', fields: { code: { code: 'claim.unknown' } } })
    const result = await applicant.call('cases.claim', { body: { code: claimCode.code } })
    expect(result.case.id).toBe('case-qd-1')
    expect((await applicant.call('cases.list')).items.map((c) => c.id)).toEqual(['case-qd-1'])
    await expect(applicant.call('session.wechat', { body: { code: 'http-first-login' } })).resolves.toMatchObject({ created: false, user: { id: session.user.id } })
  })

  it('creates one case when the connection drops after the server accepted the request', async () => {
    const before = server.backend.state.cases.length
    server.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: true }
    const created = await callWithRetry(
      client,
      'cases.create',
      {
        body: gansuBundleDraft('e-ivan')
      },
      { sleep: async () => void (server.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: false }) }
    )
    expect(server.backend.state.cases.length).toBe(before + 1)
    expect(server.backend.state.cases.filter((c) => c.id === created.id)).toHaveLength(1)
  })
})
