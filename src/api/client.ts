import type * as z from 'zod/mini'
import type { EndpointName, RequestOf, ResponseOf } from './contract'
import { ApiError, apiErrorFromBody, type FieldErrors } from './errors'
import { TransportFailure, type Transport, type TransportResponse } from './transport/types'
import { describeIssue } from '@/domain/validation/schemaIssue'
import { builtContract, loadContract, type Contract } from './contractLoader'

export interface ClientOptions {
  transport: Transport
  getToken: () => string | null
  /** Called when the server says the session is gone. */
  onUnauthorized?: () => void
}

let keyCounter = 0
/** Unique enough for one device: time + counter + randomness. */
export function newIdempotencyKey(): string {
  keyCounter = (keyCounter + 1) % 1e6
  return `${Date.now().toString(36)}-${keyCounter.toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

function fieldErrorsFrom(error: z.core.$ZodError): FieldErrors {
  const fields: FieldErrors = {}
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_'
    if (!fields[path]) fields[path] = { code: 'field.invalid' }
  }
  return fields
}

/**
 * The one API client. Every request is checked against the contract on the way out, and every response on
 * the way in: data that breaks the contract becomes an ApiError('contract'), never a crash further down.
 */
export class ApiClient {
  constructor(private readonly options: ClientOptions) {}

  get transportKind(): 'http' | 'mock' {
    return this.options.transport.kind
  }

  async call<N extends EndpointName>(name: N, request: RequestOf<N> = {} as RequestOf<N>): Promise<ResponseOf<N>> {
    const { endpoints, fillPath } = builtContract() ?? (await loadContract())
    const def = endpoints[name]
    const headers: Record<string, string> = { Accept: 'application/json' }
    const token = this.options.getToken()
    if (token) headers.Authorization = `Bearer ${token}`
    if ('idempotent' in def && def.idempotent) {
      headers['Idempotency-Key'] = request.idempotencyKey ?? newIdempotencyKey()
    }

    let body: unknown
    if ('body' in def && def.body) {
      const parsed = def.body.safeParse(request.body ?? {})
      if (!parsed.success) {
        throw new ApiError('validation', `Request for ${name} is invalid: ${describeIssue(parsed.error.issues[0])}`, {
          fields: fieldErrorsFrom(parsed.error)
        })
      }
      body = parsed.data
    }

    let response: TransportResponse
    try {
      response = await this.options.transport.send({
        method: def.method,
        path: fillPath(def.path, request.params as Record<string, string> | undefined),
        query: request.query as Record<string, unknown> | undefined,
        body,
        headers
      })
    } catch (error) {
      throw this.failure(error)
    }
    return this.accept(name, response)
  }

  /** Uploads a local file (Taro temp path); the server keeps it, the app keeps the returned reference. */
  async upload(file: { filePath: string; name: string; mime: string; size: number }): Promise<ResponseOf<'uploads.create'>> {
    await loadContract()
    const headers: Record<string, string> = {}
    const token = this.options.getToken()
    if (token) headers.Authorization = `Bearer ${token}`
    let response: TransportResponse
    try {
      response = await this.options.transport.upload({ ...file, headers })
    } catch (error) {
      throw this.failure(error)
    }
    return this.accept('uploads.create', response)
  }

  private failure(error: unknown): ApiError {
    if (error instanceof ApiError) return error
    if (error instanceof TransportFailure) return new ApiError(error.reason, error.message)
    return new ApiError('network', error instanceof Error ? error.message : 'Request failed')
  }

  /** Checks an answer against the contract (loaded by then: every request loads it first). */
  private accept<N extends EndpointName>(name: N, response: TransportResponse): ResponseOf<N> {
    const { ApiErrorBody, endpoints } = builtContract() as Contract
    if (response.status >= 400) {
      const parsed = ApiErrorBody.safeParse(response.data)
      if (!parsed.success) {
        throw new ApiError(response.status >= 500 ? 'server' : 'unknown', `HTTP ${response.status}`, { status: response.status })
      }
      const error = apiErrorFromBody(response.status, parsed.data)
      if (error.kind === 'unauthorized') this.options.onUnauthorized?.()
      throw error
    }
    const parsed = endpoints[name].response.safeParse(response.data)
    if (!parsed.success) {
      throw new ApiError('contract', `Response of ${name} breaks the contract: ${describeIssue(parsed.error.issues[0])}`, {
        status: response.status,
        where: `${name} → ${parsed.error.issues[0]?.path.map(String).join('.') || 'root'}`
      })
    }
    return parsed.data as ResponseOf<N>
  }
}

/**
 * Retries network failures, timeouts and 5xx with the SAME idempotency key, so a request the server
 * already accepted is answered from its record instead of being carried out twice.
 */
export async function callWithRetry<N extends EndpointName>(
  client: ApiClient,
  name: N,
  request: RequestOf<N>,
  opts: { attempts?: number; delayMs?: number; sleep?: (ms: number) => Promise<void> } = {}
): Promise<ResponseOf<N>> {
  const attempts = opts.attempts ?? 3
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const keyed = { ...request, idempotencyKey: request.idempotencyKey ?? newIdempotencyKey() }
  let lastError: unknown
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await client.call(name, keyed)
    } catch (error) {
      lastError = error
      if (!(error instanceof ApiError) || !error.retryable || attempt === attempts - 1) throw error
      await sleep((opts.delayMs ?? 400) * 2 ** attempt)
    }
  }
  throw lastError
}
