/**
 * Property-based fuzzing of the API contract, both ways. Each property runs NUM_RUNS (1000) generated
 * inputs; see tests/fuzz/support.ts for the seed policy and how to replay one.
 *
 * The client (src/api/client.ts), fed any answer for any endpoint of src/api/contract/endpoints.ts, must
 * return data that passes the endpoint's schema or throw its ApiError with the documented kind (a broken
 * 2xx answer is 'contract'); it must never throw anything else. The mock backend, fed any request body,
 * query or path for any endpoint, must answer 4xx with the contract's error body (or a 2xx that passes the
 * contract), never 5xx, never throw.
 *
 * The genuine requests and answers come from one scenario that calls every endpoint on freshBackend().
 */
import fc from 'fast-check'
import { ApiClient } from '@/api/client'
import { exchangeAdapter } from '@/api/transport/adapter'
import { ApiError, type ApiErrorKind } from '@/api/errors'
import { ApiErrorBody, endpoints, type EndpointName } from '@/api/contract'
import { TransportFailure, type Transport, type TransportResponse } from '@/api/transport/types'
import type { MockResponse } from '@mock/http'
import { base64UrlEncode, createPresentation, generateDeviceKeyPair, type SignedCertificate } from '@/domain/certificate'
import { deviceBindingMessage } from '@/domain/certificate/binding'
import { signMessage } from '@/domain/certificate/keys'
import { freshBackend, gansuBundleDraft } from '../support/backend'
import enVerify from '@locales/en/verify.json'
import zhVerify from '@locales/zh-CN/verify.json'
import enCases from '@locales/en/cases.json'
import zhCases from '@locales/zh-CN/cases.json'
import { FUZZ_TIMEOUT_MS, anyString, ensure, hasFormMessage, hasMessage, runs } from './support'

jest.setTimeout(FUZZ_TIMEOUT_MS)

/** Wednesday 10 June 2026, 10:00 in Beijing: the school-admission window is open. */
const SCENARIO_NOW = '2026-06-10T02:00:00.000Z'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Request = { params?: Record<string, string>; query?: Record<string, unknown>; body?: unknown; idempotencyKey?: string }

interface Recorded {
  name: EndpointName
  /** Who made the call (null: no session). */
  username: string | null
  request: Request
  response: TransportResponse
  /** The backend's state (JSON) just before the call, sessions included: the request succeeds from it. */
  stateBefore: string
  token: string | null
}

/** What these tests use of an endpoint's definition (any zod flavour provides it). */
interface Schema {
  safeParse(input: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly { message: string }[] } }
  parse(input: unknown): unknown
}
interface Def {
  method: string
  path: string
  body?: Schema
  query?: Schema
  response: Schema
  idempotent?: boolean
}

const NAMES = Object.keys(endpoints) as EndpointName[]
const def = (name: EndpointName): Def => endpoints[name] as unknown as Def

// ---------------------------------------------------------------- one genuine call of every endpoint

async function recordEveryEndpoint(): Promise<{ recorded: Map<EndpointName, Recorded>; env: ReturnType<typeof freshBackend> }> {
  const env = freshBackend(SCENARIO_NOW)
  const recorded = new Map<EndpointName, Recorded>()
  let last: TransportResponse | null = null
  const transport: Transport = {
    kind: 'mock',
    adapter: exchangeAdapter(async (request) => {
      const response = await env.transport.send(request)
      last = { status: response.status, data: JSON.parse(JSON.stringify(response.data)) as unknown }
      return response
    }),
    upload: (request) => env.transport.upload(request)
  }
  let token: string | null = null
  let username: string | null = null
  const client = new ApiClient({ transport, getToken: () => token })

  async function call<T = Record<string, unknown>>(name: EndpointName, request: Request = {}): Promise<T> {
    const stateBefore = JSON.stringify(env.backend.state)
    const value = await client.call(name, request as never)
    if (!recorded.has(name)) recorded.set(name, { name, username, request, response: last!, stateBefore, token })
    return value as T
  }
  async function as(user: string | null): Promise<void> {
    if (user === null) {
      token = null
    } else {
      const session = await call<{ token: string }>('session.signIn', { body: { username: user, password: 'demo1234' } })
      token = session.token
    }
    username = user
  }

  await call('session.demoAccounts')
  await call('regions.list')
  await call('certificates.issuerKeys')
  await call('certificates.revocations')

  await as('alice')
  await call('session.me')
  await call('employers.mine')
  const cases = await call<{ items: { id: string }[] }>('cases.list', { query: { limit: 10 } })
  await call('cases.get', { params: { caseId: cases.items[0].id } })
  await call('certificates.mine')
  await call('theatre.shows', { query: {} })
  await call('theatre.bookings')
  const { departments } = await call<{ departments: { id: string }[] }>('hospital.departments')
  const { slots } = await call<{ slots: { id: string; departmentId: string; booked: number; capacity: number }[] }>('hospital.slots', {
    params: { departmentId: departments[0].id },
    query: {}
  })
  await call('hospital.bookings')
  await call('school.applications')
  await call('uploads.create', { body: { name: 'photo.jpg', mime: 'image/jpeg', size: 2048, filePath: '/tmp/photo.jpg' } })
  const ticket = await call<{ id: string; code: string }>('theatre.book', { body: { showId: 'show-1', quantity: 2 } })
  const spare = await call<{ id: string }>('theatre.book', { body: { showId: 'show-2', quantity: 1 } })
  await call('theatre.cancel', { params: { bookingId: spare.id } })
  const free = slots.filter((s) => s.booked < s.capacity)
  const visit = await call<{ id: string }>('hospital.book', { body: { slotId: free[0].id } })
  await call('hospital.reschedule', { params: { bookingId: visit.id }, body: { slotId: free[1].id } })
  await call('hospital.cancel', { params: { bookingId: visit.id } })
  const device = generateDeviceKeyPair()
  const { challenge } = await call<{ challenge: string }>('certificates.bindChallenge')
  const devicePublicKey = base64UrlEncode(device.publicKey)
  const proof = base64UrlEncode(signMessage(deviceBindingMessage(challenge, devicePublicKey), device.secretKey))
  const bound = await call<{ signed: unknown }>('certificates.bindDevice', { body: { publicKey: devicePublicKey, challenge, signature: proof } })
  const application = await call<{ id: string }>('school.apply', {
    body: {
      parent: {
        name: 'Alice Martin',
        sex: 'female',
        passportMasked: '',
        employer: 'Beihai Ocean Tech',
        position: 'Biologist',
        phone: '13800138000',
        employerAddress: 'Beihai Avenue',
        homeAddress: 'Yinhai District'
      },
      children: [
        {
          name: 'Léa Martin',
          sex: 'female',
          birthMonth: '2018-03',
          currentSchool: '',
          currentGrade: '',
          schoolApplied: 'Beihai No. 1 Primary',
          gradeApplied: 'Grade 3'
        }
      ],
      materialUploadIds: [],
      passportNumber: '19FR48213'
    }
  })
  const inbox = await call<{ items: { id: string }[] }>('notifications.list')
  await call('notifications.read', { params: { notificationId: inbox.items[0].id }, body: {} })
  await call('notifications.readAll', { body: {} })

  await as('ken')
  const office = await call<{ slots: { officeId: string; date: string; start: string; booked: number; capacity: number }[] }>('appointments.slots', {
    params: { officeId: 'bh-talent-window' },
    query: {}
  })
  const opening = office.slots.find((s) => s.booked < s.capacity)!
  await call('appointments.book', {
    params: { caseId: 'case-bh-1' },
    body: { officeId: opening.officeId, date: opening.date, start: opening.start, purpose: 'on_site_check' }
  })
  await call('appointments.cancel', { params: { caseId: 'case-bh-1' } })

  await as('hr.gansu')
  await call('employees.list', { params: { employerId: 'emp-gs' } })
  const draft = await call<{ id: string }>('cases.create', {
    body: gansuBundleDraft('e-john')
  })
  await call('cases.update', {
    params: { caseId: draft.id },
    body: {
      form: {
        'applicant.fullName': 'John Smith',
        'applicant.sex': 'male',
        'applicant.birthDate': '1980-02-03',
        'applicant.nationality': 'GBR',
        'applicant.phone': '13912345678',
        'passport.number': '533380006',
        'passport.expiry': '2030-01-01',
        'job.position': 'Professor',
        'job.contractFrom': '2026-12-01',
        'job.contractTo': '2028-11-30',
        'job.annualSalary10k': 40,
        'residence.address': 'Room 1, Lanzhou'
      }
    }
  })
  await call('cases.act', { params: { caseId: draft.id }, body: { action: 'submit' } })
  // A claim code for Ivan's case (he has no account yet); his first WeChat sign-in makes one, which claims the case.
  const claimCode = await call<{ code: string }>('cases.newClaimCode', { params: { caseId: 'case-gs-3' }, body: {} })
  await call('cases.claimCode', { params: { caseId: 'case-gs-3' } })
  await as(null)
  token = (await call<{ token: string }>('session.wechat', { body: { code: 'fuzz-first-wechat-login' } })).token
  username = 'wechat:fuzz-first-wechat-login'
  await call('cases.claim', { body: { code: claimCode.code } })

  await as('hr.beihai')
  await call('school.employerOpinion', { params: { applicationId: application.id }, body: { approved: true, note: 'Supports it' } })

  await as('boxoffice.bh')
  const presentation = createPresentation(bound.signed as SignedCertificate, device.secretKey, 'theatre', env.backend.now())
  await call('redemptions.create', {
    body: { purpose: 'theatre', presentation, bookingCode: ticket.code, scannedAt: new Date(env.backend.now()).toISOString() }
  })
  await call('redemptions.list')

  await call('officer.cases')
  await call('officer.act', { params: { caseId: draft.id }, body: { action: 'start_pre_review' } })
  await call('dev.clock')
  await call('dev.setClock', { body: { now: '2026-06-10T03:00:00.000Z' } })
  await call('dev.faults', { body: { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: false } })
  await call('dev.outbox')
  await call('session.signOut')
  await as(null)
  await call('dev.reset', { body: {} })
  return { recorded, env }
}

let RECORDED: Map<EndpointName, Recorded>
let BACKEND: ReturnType<typeof freshBackend>['backend']

beforeAll(async () => {
  const { recorded, env } = await recordEveryEndpoint()
  RECORDED = recorded
  BACKEND = env.backend
})

const genuine = (name: EndpointName): Recorded => {
  const found = RECORDED.get(name)
  if (!found) throw new Error(`The scenario did not call ${name}`)
  return found
}

test('the scenario calls every endpoint of the contract, each answered with a 2xx', () => {
  expect(NAMES.filter((name) => !RECORDED.has(name))).toEqual([])
  for (const { name, response } of RECORDED.values()) expect([name, response.status < 300]).toEqual([name, true])
})

// ---------------------------------------------------------------- mutations of JSON documents

type Path = (string | number)[]

/**
 * A node of a JSON document, found by a random walk from the root that stops at each level with
 * probability 3/10 (cheaper than listing every node of a long answer, and every node stays reachable).
 */
function pickPath(doc: unknown, seed: number): Path {
  const path: Path = []
  let state = seed % 2_147_483_648
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648)
  let node = doc
  while (node !== null && typeof node === 'object') {
    const keys: (string | number)[] = Array.isArray(node) ? [] : Object.keys(node)
    const size = Array.isArray(node) ? node.length : keys.length
    if (size === 0 || next() % 10 < 3) break
    const key = Array.isArray(node) ? next() % size : keys[next() % size]
    path.push(key)
    node = (node as Record<string | number, unknown>)[key]
  }
  return path
}

type Mutation =
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'add'; at: number; key: string; value: unknown }
  | { op: 'digit'; at: number; index: number; digit: string }
  | { op: 'duplicate'; at: number; index: number }

/**
 * Shared arbitraries, made once: fast-check builds a large value-to-index table for a string arbitrary the
 * first time it shrinks or replays a value, and a fresh arbitrary per test would build it again each time.
 */
const ANY_JSON = fc.jsonValue()
const ANY_VALUE = fc.anything({ maxDepth: 2, withBoxedValues: true, withNullPrototype: true })

/** Values a broken answer or request holds where a real one has something else. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  anyString,
  fc.constantFrom(null, 0, -1, 1.5, 1e308, -0, '', ' ', [], {}, true, false, 'null', '2026-02-30', '2026-13-01T25:61:00Z', '9999-99-99', 'x'.repeat(5000))
)

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: oddValue }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'id', 'status')),
    value: oddValue
  }),
  // Keeps a value's shape while changing its meaning: '2026-06-10' becomes '2026-96-10', 'show-1' becomes 'show-7'.
  fc.record({ op: fc.constant('digit' as const), at: fc.nat(), index: fc.nat(), digit: fc.constantFrom(...'0123456789') }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), index: fc.nat() })
)

function getAt(doc: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), doc)
}

/** A fresh copy: generated values are fast-check's (reused while shrinking), never to be changed in place. */
const copy = (value: unknown): unknown => (value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Json))

/** Applies mutations to a copy; the root itself may be replaced or removed. */
function mutate(original: unknown, mutations: readonly Mutation[]): unknown {
  let doc: unknown = copy(original)
  for (const m of mutations) {
    const path = pickPath(doc, m.at)
    const parent = path.length ? getAt(doc, path.slice(0, -1)) : undefined
    const key = path[path.length - 1]
    const set = (value: unknown) => {
      if (!path.length) doc = value
      else if (Array.isArray(parent)) parent[key as number] = value
      else (parent as Record<string, unknown>)[key as string] = value
    }
    const node = getAt(doc, path)
    switch (m.op) {
      case 'replace':
        set(copy(m.value))
        break
      case 'delete':
        if (!path.length) doc = undefined
        else if (Array.isArray(parent)) parent.splice(key as number, 1)
        else delete (parent as Record<string, unknown>)[key as string]
        break
      case 'add':
        if (Array.isArray(node)) node.push(copy(m.value))
        else if (node !== null && typeof node === 'object')
          Object.defineProperty(node, m.key, { value: copy(m.value), enumerable: true, writable: true, configurable: true })
        else set(copy(m.value))
        break
      case 'digit':
        if (typeof node === 'string' && /\d/.test(node)) {
          const digits = [...node.matchAll(/\d/g)]
          const i = digits[m.index % digits.length].index!
          set(node.slice(0, i) + m.digit + node.slice(i + 1))
        } else if (typeof node === 'number') set(Number(String(Math.abs(node)).replace(/\d/, m.digit)) * Math.sign(node || 1))
        break
      case 'duplicate':
        if (Array.isArray(node) && node.length) node.push(copy(node[m.index % node.length]))
        break
    }
  }
  return doc
}

const mutated = (original: unknown) => fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => mutate(original, ms))

// ---------------------------------------------------------------- the client

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown }
const settle = (promise: Promise<unknown>): Promise<Outcome> =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error })
  )

/** A client whose transport answers every request with `answer` (or throws it, for `fail`). */
function clientAnswering(answer: () => TransportResponse, onUnauthorized?: () => void): { client: ApiClient; sent: () => number } {
  let sent = 0
  const transport: Transport = {
    kind: 'http',
    adapter: exchangeAdapter(async () => {
      sent++
      return answer()
    }),
    upload: async () => answer()
  }
  return { client: new ApiClient({ transport, getToken: () => 'token', onUnauthorized }), sent: () => sent }
}

/** The error kinds src/api/errors.ts documents for an error body's code. */
const KIND_BY_CODE: Record<ApiErrorBody['error']['code'], ApiErrorKind> = {
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  not_found: 'not_found',
  validation: 'validation',
  conflict: 'conflict',
  bad_credentials: 'bad_credentials',
  rate_limited: 'server',
  server: 'server',
  unavailable: 'server'
}

/** What the app's error notice can say: an ApiError of a known kind with a message. */
function ensureApiError(error: unknown, kind: ApiErrorKind): ApiError {
  if (!(error instanceof ApiError))
    throw new Error(`expected an ApiError('${kind}'), got ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`)
  ensure(error.kind).toBe(kind)
  ensure(typeof error.message).toBe('string')
  return error
}

/** Any answer body: JSON, any JS value a transport might hand over, or the endpoint's genuine answer, changed or not. */
const answerData = (name: EndpointName): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 2, arbitrary: ANY_JSON },
    { weight: 1, arbitrary: ANY_VALUE },
    { weight: 1, arbitrary: fc.constant(genuine(name).response.data) },
    { weight: 5, arbitrary: mutated(genuine(name).response.data) }
  )

describe('the client, given any answer', () => {
  it.each(NAMES)('%s: passes a genuine answer, refuses anything off the contract as a contract error, throws nothing else', async (name) => {
    const { request, response } = genuine(name)
    const schema = def(name).response
    // The genuine answer passes as it is.
    const replay = clientAnswering(() => response)
    const value = await replay.client.call(name, request as never)
    ensure(value).toEqual(schema.parse(response.data))

    await fc.assert(
      fc.asyncProperty(answerData(name), fc.constantFrom(200, 201, 204), async (data, status) => {
        const { client } = clientAnswering(() => ({ status, data }))
        const outcome = await settle(client.call(name, request as never))
        const parsed = schema.safeParse(data)
        if (parsed.success) {
          // Accepted (what it returns is its own parse of the same data: compared once above, for the genuine answer).
          if (!outcome.ok) throw outcome.error
        } else {
          if (outcome.ok) throw new Error(`accepted an answer that breaks the contract: ${JSON.stringify(data)?.slice(0, 300)}`)
          const error = ensureApiError(outcome.error, 'contract')
          ensure(error.status).toBe(status)
          ensure(error.where?.startsWith(`${name} → `)).toBe(true)
        }
      }),
      runs()
    )
  })

  it('any HTTP status with any body gives the documented error kind', async () => {
    const errorBody = fc.record({
      error: fc.record(
        {
          code: fc.constantFrom(...(Object.keys(KIND_BY_CODE) as ApiErrorBody['error']['code'][])),
          message: fc.string(),
          fields: fc.dictionary(
            fc.string(),
            fc.record({ code: fc.string(), params: fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer())) }, { requiredKeys: ['code'] })
          )
        },
        { requiredKeys: ['code', 'message'] }
      )
    })
    const scenario = fc.constantFrom(...NAMES).chain((name) =>
      fc.record({
        name: fc.constant(name),
        status: fc.oneof(
          fc.integer({ min: 400, max: 599 }),
          fc.constantFrom(400, 401, 403, 404, 409, 422, 429, 500, 502, 503),
          fc.integer({ min: 100, max: 399 })
        ),
        data: fc.oneof(
          errorBody,
          errorBody.chain((body) => mutated(body)),
          answerData(name)
        )
      })
    )
    await fc.assert(
      fc.asyncProperty(scenario, async ({ name, status, data }) => {
        let unauthorized = 0
        const { client } = clientAnswering(
          () => ({ status, data }),
          () => unauthorized++
        )
        const outcome = await settle(client.call(name, genuine(name).request as never))
        if (status < 400) {
          const parsed = def(name).response.safeParse(data)
          if (parsed.success) ensure(outcome).toEqual({ ok: true, value: parsed.data })
          else ensureApiError(outcome.ok ? undefined : outcome.error, 'contract')
          ensure(unauthorized).toBe(0)
          return
        }
        const body = ApiErrorBody.safeParse(data)
        const kind: ApiErrorKind = body.success ? KIND_BY_CODE[body.data.error.code] : status >= 500 ? 'server' : 'unknown'
        const error = ensureApiError(outcome.ok ? undefined : outcome.error, kind)
        ensure(error.status).toBe(status)
        if (body.success) ensure(error.fields).toEqual(body.data.error.fields ?? {})
        ensure(error.retryable).toBe(kind === 'server')
        ensure(unauthorized).toBe(kind === 'unauthorized' ? 1 : 0)
      }),
      runs()
    )
  })

  it('a transport that fails in any way gives a network or time-out error', async () => {
    const thrown = fc.oneof(
      fc.constantFrom('network', 'timeout').map((reason) => new TransportFailure(reason as 'network' | 'timeout', 'lost')),
      fc.string().map((message) => new Error(message)),
      fc.string().map((message) => new TypeError(message)),
      ANY_VALUE
    )
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...NAMES), thrown, async (name, failure) => {
        const { client } = clientAnswering(() => {
          throw failure
        })
        const outcome = await settle(client.call(name, genuine(name).request as never))
        ensureApiError(outcome.ok ? undefined : outcome.error, failure instanceof TransportFailure ? failure.reason : 'network')
      }),
      runs()
    )
  })

  it('a request body that breaks the contract never leaves the client', async () => {
    const withBody = NAMES.filter((name) => def(name).body)
    const scenario = fc
      .constantFrom(...withBody)
      .chain((name) => fc.record({ name: fc.constant(name), body: fc.oneof(ANY_JSON, mutated(genuine(name).request.body)) }))
    await fc.assert(
      fc.asyncProperty(scenario, async ({ name, body }) => {
        const { client, sent } = clientAnswering(() => genuine(name).response)
        const outcome = await settle(client.call(name, { ...genuine(name).request, body } as never))
        if (def(name).body!.safeParse(body ?? {}).success) {
          ensure(sent()).toBe(1)
        } else {
          const error = ensureApiError(outcome.ok ? undefined : outcome.error, 'validation')
          ensure(Object.keys(error.fields).length).toBeGreaterThanOrEqual(1)
          ensure(sent()).toBe(0)
        }
      }),
      runs()
    )
  })
})

// ---------------------------------------------------------------- the mock backend

let idempotencySeq = 0

/** Sends a request straight to the backend as the recorded user, from the state the genuine request succeeded in. */
function send(rec: Recorded, overrides: { path?: string; query?: unknown; body?: unknown }): MockResponse {
  const d = def(rec.name)
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (rec.token) headers.Authorization = `Bearer ${rec.token}`
  if (d.idempotent) headers['Idempotency-Key'] = `fuzz-key-${++idempotencySeq}`
  const path = overrides.path ?? d.path.replace(/:([A-Za-z]+)/g, (_, p: string) => encodeURIComponent(rec.request.params![p]))
  let response: MockResponse | undefined
  ensure(() => {
    response = BACKEND.handle({
      method: d.method,
      path,
      query: ('query' in overrides ? overrides.query : rec.request.query) as Record<string, unknown> | undefined,
      body: 'body' in overrides ? overrides.body : rec.request.body,
      headers
    })
  }).not.toThrow()
  return response!
}

/** 4xx with the contract's error body, whose field codes have messages; or a 2xx/3xx that passes the contract. Never 5xx. */
function ensureContractAnswer(rec: Recorded, response: MockResponse, request: unknown): void {
  if (response.status >= 500)
    throw new Error(`${rec.name} answered ${response.status} to ${JSON.stringify(request)?.slice(0, 300)}: ${JSON.stringify(response.data)}`)
  if (response.status < 400) {
    const parsed = def(rec.name).response.safeParse(response.data)
    if (!parsed.success) throw new Error(`${rec.name} answered ${response.status} off the contract: ${parsed.error.issues[0]?.message}`)
    return
  }
  const body = ApiErrorBody.safeParse(response.data)
  if (!body.success) throw new Error(`${rec.name} answered ${response.status} without the error body: ${JSON.stringify(response.data)}`)
  for (const [field, { code }] of Object.entries(body.data.error.fields ?? {})) {
    if (!hasFieldMessage(code)) throw new Error(`${rec.name}: field ${field} has code ${code}, which has no message in both languages`)
  }
}

/**
 * Forms say a field code from 'validation' or 'apply:codes.'; the redemption screen (VerifyScreen's
 * RefusedNotice) says a re-computed verdict ('verdict.<code>') and the two booking codes in 'verify'; the
 * link-a-case form says a refused claim code ('claim.<reason>') from 'cases:link.errors.'.
 */
function hasFieldMessage(code: string): boolean {
  if (hasFormMessage(code)) return true
  if (code.startsWith('claim.')) return hasMessage(enCases, zhCases, `link.errors.${code.slice('claim.'.length)}`)
  if (code.startsWith('verdict.')) return hasMessage(enVerify, zhVerify, `${code}.title`)
  const booking: Record<string, string> = { 'booking.unknown': 'record.errors.bookingUnknown', 'booking.otherHolder': 'record.errors.bookingOtherHolder' }
  return code in booking && hasMessage(enVerify, zhVerify, booking[code])
}

let loadedFor: Recorded | null = null
let dirty = true

/**
 * Endpoints whose success leaves every later request of the same property able to reach its handler (besides
 * reads): the state is not reloaded after them (a reload costs milliseconds, and these accept most bodies).
 */
const SUCCESS_KEEPS_PRECONDITIONS: ReadonlySet<EndpointName> = new Set([
  'dev.reset',
  'dev.faults',
  'notifications.read',
  'notifications.readAll',
  'session.signIn',
  'uploads.create',
  'cases.update'
])

/**
 * Runs a request from the state the genuine one succeeded in. A 2xx may have changed that state, so it is
 * reloaded before the next request (only then: parsing it costs milliseconds).
 */
function fromGenuineState(rec: Recorded, run: () => MockResponse): MockResponse {
  if (dirty || loadedFor !== rec) {
    BACKEND.state = JSON.parse(rec.stateBefore) as typeof BACKEND.state
    loadedFor = rec
    dirty = false
  }
  const response = run()
  if (response.status < 400 && def(rec.name).method !== 'GET' && !SUCCESS_KEEPS_PRECONDITIONS.has(rec.name)) dirty = true
  return response
}

/** Request bodies that answered 500 before the fixes they are named after. */
const REGRESSIONS: Partial<Record<EndpointName, [unknown][]>> = {
  // The same matter twice in a new case: the stored case had a matter without a kind.
  'cases.create': [
    [
      {
        kind: 'bundle',
        regionId: 'gansu',
        bundleId: 'gs-one-thing-2025',
        employeeId: 'e-john',
        matters: [
          { matterId: 'gs-work-permit', action: 'issue' },
          { matterId: 'gs-residence-permit', action: 'issue' },
          { matterId: 'gs-work-permit', action: 'issue' }
        ],
        form: {},
        materials: [],
        submit: false
      }
    ],
    // An action named like an Object.prototype member, on a submitted form (the form check threw).
    [
      {
        kind: 'permit_extension',
        regionId: 'gansu',
        bundleId: null,
        employeeId: 'e-john',
        matters: [{ matterId: 'gs-work-permit', action: '__proto__' }],
        form: {},
        materials: [],
        submit: true
      }
    ]
  ],
  // A time of the right shape that is no time froze the mock's clock at NaN.
  'dev.setClock': [[{ now: '2026-06-10T03:00:60.000Z' }]],
  // A file name with a lone surrogate made encodeURIComponent throw.
  'uploads.create': [[{ name: 'scan\ud800.jpg', mime: 'image/jpeg', size: 2048, filePath: '/tmp/scan.jpg' }]],
  // 43 base64url characters whose last one carries stray bits: the contract's pattern passes, the decoder throws.
  'certificates.bindDevice': [[{ publicKey: '0HJgY7Re09swIHgiZq1X3ULr9tBgt-_WSlqGGPFAGa6', challenge: 'Y2hhbGxlbmdl', signature: 'A'.repeat(86) }]]
}

const WITH_BODY = NAMES.filter((name) => def(name).body)
const WITH_QUERY = NAMES.filter((name) => def(name).query)
const WITH_PARAMS = NAMES.filter((name) => def(name).path.includes(':'))

describe('the mock backend, given any request', () => {
  it.each(WITH_BODY)('%s: any body gets a 4xx with the contract error body, or a contract answer; never a 5xx', (name) => {
    const rec = genuine(name)
    const body = fc.oneof(
      { weight: 2, arbitrary: ANY_JSON },
      { weight: 1, arbitrary: fc.constant(undefined) },
      { weight: 5, arbitrary: mutated(rec.request.body) }
    )
    fc.assert(
      fc.property(body, (b) => {
        // As the transports deliver it: parsed JSON (Infinity arrives as null).
        const delivered = copy(b)
        const response = fromGenuineState(rec, () => send(rec, { body: delivered }))
        ensureContractAnswer(rec, response, delivered)
        // A body the schema refuses is a validation error naming the fields, before any handler runs.
        if (!def(name).body!.safeParse(delivered ?? {}).success) {
          ensure(response.status).toBe(422)
          const { error } = response.data as ApiErrorBody
          ensure(error.code).toBe('validation')
          ensure(Object.keys(error.fields ?? {}).length).toBeGreaterThanOrEqual(1)
        }
      }),
      runs({ examples: REGRESSIONS[name] ?? [] })
    )
  })

  it.each(WITH_QUERY)('%s: any query gets a 4xx with the contract error body, or a contract answer; never a 5xx', (name) => {
    const rec = genuine(name)
    const query = fc.oneof(
      fc.dictionary(
        fc.oneof(fc.string(), fc.constantFrom('limit', 'offset', 'status', 'q', 'employeeId', 'date', 'from', 'to', 'month')),
        fc.oneof(anyString, ANY_JSON)
      ),
      mutated(rec.request.query ?? {}),
      fc.constant(undefined)
    )
    fc.assert(
      fc.property(query, (q) => {
        ensureContractAnswer(
          rec,
          fromGenuineState(rec, () => send(rec, { query: q })),
          q
        )
      }),
      runs()
    )
  })

  it('any path parameter gets a 4xx with the contract error body, or a contract answer; never a 5xx', () => {
    const encoded = (text: string) => {
      try {
        return encodeURIComponent(text)
      } catch {
        return text // a lone surrogate: sent raw
      }
    }
    const segment = fc.oneof(
      anyString.map(encoded),
      anyString.filter((s) => !/[/?#]/.test(s)),
      fc.constantFrom('%', '%E0%A4%A', '%zz', '%C0%AF', '%00', '..', '.', '%2F', '%3F', '__proto__', 'constructor', 'x'.repeat(5000))
    )
    // Never empty: '/cases/' is the list endpoint, another route with another contract.
    const scenario = fc.record({ name: fc.constantFrom(...WITH_PARAMS), at: fc.nat(), segment: segment.filter((s) => s !== '') })
    fc.assert(
      fc.property(scenario, ({ name, at, segment: s }) => {
        const rec = genuine(name)
        const names = [...def(name).path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1])
        const target = names[at % names.length]
        const path = def(name).path.replace(/:([A-Za-z]+)/g, (_, p: string) => (p === target ? s : encodeURIComponent(rec.request.params![p])))
        ensureContractAnswer(
          rec,
          fromGenuineState(rec, () => send(rec, { path })),
          path
        )
      }),
      // Regression: a malformed percent-escape in a path made decodeURIComponent throw, answered as a 500.
      runs({ examples: [[{ name: 'cases.get', at: 0, segment: '%' }], [{ name: 'hospital.slots', at: 0, segment: '%E0%A4%A' }]] })
    )
  })
})
