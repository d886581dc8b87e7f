/**
 * The mock backend: a real backend in miniature, run in-process by the app (the embedded default) or
 * behind Node's http server (mock/server.ts). It reads the same contract as the HTTP client, validates
 * requests and its own responses against it, enforces sessions, roles and idempotency, and keeps
 * state that moves (the officer simulator) and persists.
 */
import { endpoints, type EndpointDef, type EndpointName, type FaultConfig, type User } from '@/api/contract'
import type { RegionCore } from '@/domain/regions/schema'
import { RegionRegistry } from '@/domain/regions/registry'
import { describeIssue } from '@/domain/validation/schemaIssue'
import { canonicalJson } from '@/domain/certificate/encoding'
import { instantOf } from '@/domain/time/now'
import { nextCaseReference } from '@/domain/case/reference'
import { HttpError, errorBody, fail, fieldsFromZod, type MockRequest, type MockResponse } from './http'
import { MOCK_STATE_VERSION, type MockState, type UserRecord } from './state'
import { createSeedState } from './seed'
import { demoWeChatAccounts } from './wechat'
import { createTrust } from './issuer'
import { handlers, type HandlerContext } from './handlers'

/** Where the state lives between starts. It hands over objects: the store serialises once, as it needs to. */
export interface MockPersistence {
  /** The saved state as found (checked by the backend), or null. */
  load(): unknown
  save(state: MockState): void
  /**
   * The saved fault settings alone, when they can be read without restoring the whole state (the sealed
   * store keeps them beside the box). Lets a request that a fault fails anyway be failed without first
   * opening and parsing the world.
   */
  loadFaults?(): FaultConfig | null
}

export interface MockBackendOptions {
  regions: RegionCore[]
  persistence?: MockPersistence
  /** Real time source; the mock's clock may be frozen or offset on top of it. */
  realNow?: () => number
}

interface Route {
  name: EndpointName
  def: EndpointDef
  pattern: RegExp
  paramNames: string[]
}

const routes: Route[] = (Object.entries(endpoints) as [EndpointName, EndpointDef][]).map(([name, def]) => {
  const paramNames: string[] = []
  const pattern = new RegExp(
    `^${def.path.replace(/:([A-Za-z]+)/g, (_, p: string) => {
      paramNames.push(p)
      return '([^/]+)'
    })}$`
  )
  return { name, def, pattern, paramNames }
})

export class MockBackend {
  readonly regions: RegionRegistry
  private readonly persistence?: MockPersistence
  private readonly realNow: () => number
  /** Restored (or seeded) on first use: creating the backend costs nothing until a request reaches it. */
  private current: MockState | null = null

  constructor(options: MockBackendOptions) {
    this.regions = new RegionRegistry(options.regions)
    this.persistence = options.persistence
    this.realNow = options.realNow ?? (() => Date.now())
  }

  get state(): MockState {
    this.current ??= this.restore() ?? createSeedState(this.regions, this.realNow())
    return this.current
  }

  set state(next: MockState) {
    this.current = next
  }

  /** Current time as the mock sees it (tests and the simulator can freeze or move it). */
  now(): number {
    return instantOf(this.state.clock, this.realNow())
  }

  /** Whether the state has been restored (or seeded) yet: the first request pays for opening it. */
  get isOpen(): boolean {
    return this.current !== null
  }

  get faults(): FaultConfig {
    if (this.current) return this.current.faults
    return this.persistence?.loadFaults?.() ?? this.state.faults
  }

  reset(): void {
    const faults = this.state.faults
    this.state = createSeedState(this.regions, this.realNow())
    this.state.faults = faults
    this.persist()
  }

  handle(request: MockRequest): MockResponse {
    const method = request.method.toUpperCase()
    const path = request.path.split('?')[0].replace(/\/+$/, '') || '/'
    const route = routes.find((r) => r.def.method === method && r.pattern.test(path))
    if (!route) {
      const known = routes.some((r) => r.pattern.test(path))
      return respond(known ? 405 : 404, new HttpError(known ? 405 : 404, 'not_found', `${method} ${path} is not an endpoint`))
    }
    try {
      return this.dispatch(route, path, request)
    } catch (error) {
      if (error instanceof HttpError) return respond(error.status, error)
      // A bug in a handler: a 500 with the contract's error body, never a crash of the app.
      return respond(500, new HttpError(500, 'server', error instanceof Error ? error.message : 'Internal error'))
    }
  }

  private dispatch(route: Route, path: string, request: MockRequest): MockResponse {
    const match = route.pattern.exec(path)!
    const params: Record<string, string> = {}
    route.paramNames.forEach((name, i) => {
      try {
        params[name] = decodeURIComponent(match[i + 1])
      } catch {
        // A malformed escape ('%', '%E0%A4%A') names no resource: the client's mistake, not a server error to retry.
        throw fail.notFound('Resource')
      }
    })

    const user = this.authenticate(route.def, request.headers)

    let query: Record<string, unknown> = {}
    if (route.def.query) {
      // reportInput: fieldsFromZod tells a missing field (field.required) by the issue's input.
      const parsed = route.def.query.safeParse(request.query ?? {}, { reportInput: true })
      if (!parsed.success) throw fail.validation(fieldsFromZod(parsed.error), 'Invalid query')
      query = parsed.data as Record<string, unknown>
    }
    let body: unknown = undefined
    if (route.def.body) {
      const parsed = route.def.body.safeParse(request.body ?? {}, { reportInput: true })
      if (!parsed.success) throw fail.validation(fieldsFromZod(parsed.error))
      body = parsed.data
    }

    let idempotencyId: string | null = null
    if (route.def.idempotent) {
      const key = header(request.headers, 'idempotency-key')
      if (!key || key.length < 8 || key.length > 100) {
        throw fail.validation({ 'Idempotency-Key': { code: 'field.required' } }, 'Idempotency-Key header required')
      }
      idempotencyId = `${user?.user.id ?? 'anon'}:${route.name}:${key}`
      const earlier = this.state.idempotency[idempotencyId]
      if (earlier) {
        // A repeat gets the first answer. Another request under the same key (a draft edited after an answer
        // was lost) must not pass for done: it is refused, naming what the first one created.
        if (earlier.request !== undefined && earlier.request !== canonicalJson(body ?? null)) {
          throw fail.keyReused((earlier.body as { id?: unknown } | null)?.id as string | undefined)
        }
        return { status: earlier.status, data: earlier.body }
      }
    }

    const ctx: HandlerContext = {
      backend: this,
      state: this.state,
      regions: this.regions,
      user,
      params,
      query,
      body,
      now: this.now()
    }
    const handler = handlers[route.name] as (ctx: HandlerContext) => { status?: number; data: unknown }
    const result = handler(ctx)
    const status = result.status ?? 200

    // The mock checks its own answers: a contract slip here is a bug to see at once, not in the app.
    const checked = route.def.response.safeParse(result.data)
    if (!checked.success) {
      throw new HttpError(500, 'server', `Mock response of ${route.name} breaks the contract at ${describeIssue(checked.error.issues[0])}`)
    }

    if (idempotencyId) {
      this.state.idempotency[idempotencyId] = { status, body: result.data, at: new Date(this.now()).toISOString(), request: canonicalJson(body ?? null) }
    }
    if (route.def.method !== 'GET') this.persist()
    return { status, data: result.data }
  }

  private authenticate(def: EndpointDef, headers: MockRequest['headers']): UserRecord | null {
    const token = header(headers, 'authorization')?.replace(/^Bearer\s+/i, '') ?? null
    const session = token ? this.state.sessions[token] : undefined
    const record = session && Date.parse(session.expiresAt) > this.now() ? (this.state.users.find((u) => u.user.id === session.userId) ?? null) : null
    if (def.auth === 'public' || def.auth === 'dev') return record
    if (!record) throw fail.unauthorized()
    if (!(def.auth as readonly User['role'][]).includes(record.user.role)) throw fail.forbidden('this endpoint')
    return record
  }

  nextId(prefix: string): string {
    this.state.seq += 1
    return `${prefix}-${this.state.seq.toString(36)}`
  }

  persist(): void {
    if (!this.persistence) return
    try {
      this.persistence.save(this.state)
    } catch {
      /* storage full: the demo keeps running in memory */
    }
  }

  private restore(): MockState | null {
    return this.valid(this.persistence?.load())
  }

  private valid(loaded: unknown): MockState | null {
    const state = loaded as Partial<MockState> | null | undefined
    if (!state || typeof state !== 'object') return null
    // Version 1 had no WeChat identities or claim codes: a saved demo world keeps its cases.
    if (state.version === 1 && Array.isArray(state.users)) {
      Object.assign(state, { version: 2, wechatAccounts: demoWeChatAccounts(state.users), claimCodes: [], claimFailures: {} })
    }
    // Version 2 had no case references (each saved case gets one, in the order the cases were made), no key list,
    // binding challenges or used codes (the same issuer key, now listed under the root).
    if (state.version === 2 && Array.isArray(state.cases) && Array.isArray(state.users)) {
      const given: string[] = []
      for (const c of [...state.cases].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
        c.reference ??= nextCaseReference(given, c.regionId, c.createdAt)
        given.push(c.reference)
      }
      Object.assign(state, { version: 3, trust: createTrust(), bindChallenges: [], usedPresentations: [] })
    }
    return state.version === MOCK_STATE_VERSION ? (state as MockState) : null
  }
}

function header(headers: MockRequest['headers'], name: string): string | undefined {
  const entry = Object.entries(headers).find(([k]) => k.toLowerCase() === name)
  return entry?.[1] ?? undefined
}

function respond(status: number, error: HttpError): MockResponse {
  return { status, data: errorBody(error) }
}
