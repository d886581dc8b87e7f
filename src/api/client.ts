import axios, { AxiosError, isAxiosError, type AxiosInstance } from 'axios'
import type * as z from 'zod/mini'
import { ApiErrorBody, endpoints, fillPath, type EndpointName, type RequestOf, type ResponseOf } from './contract'
import { ApiError, apiErrorFromBody, type FieldErrors } from './errors'
import { TransportFailure, type Transport, type TransportResponse } from './transport/types'
import { describeIssue } from '@/domain/validation/schemaIssue'

declare module 'axios' {
  interface AxiosRequestConfig {
    /** Sent as the Idempotency-Key header: the endpoint creates something and a retry must not create it twice. */
    idempotencyKey?: string
  }
}

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
  private readonly http: AxiosInstance

  constructor(private readonly options: ClientOptions) {
    this.http = axios.create({
      adapter: options.transport.adapter,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      // As before axios: any answer below 400 goes to the contract check.
      validateStatus: (status) => status < 400,
      // Bodies stay objects until the adapter (Taro.request serialises them; the mock copies them), and
      // answers reach the contract check as the platform delivered them.
      transformRequest: [],
      transformResponse: []
    })
    // Synchronous: the request reaches the adapter in the same task as call(), as it did without axios.
    this.http.interceptors.request.use(
      (config) => {
        const token = this.options.getToken()
        if (token) config.headers.set('Authorization', `Bearer ${token}`)
        if (config.idempotencyKey) config.headers.set('Idempotency-Key', config.idempotencyKey)
        return config
      },
      undefined,
      { synchronous: true }
    )
    this.http.interceptors.response.use(undefined, (error: unknown) => Promise.reject(this.failure(error)))
  }

  get transportKind(): 'http' | 'mock' {
    return this.options.transport.kind
  }

  async call<N extends EndpointName>(name: N, request: RequestOf<N> = {} as RequestOf<N>): Promise<ResponseOf<N>> {
    const def = endpoints[name]
    const idempotencyKey = 'idempotent' in def && def.idempotent ? (request.idempotencyKey ?? newIdempotencyKey()) : undefined

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

    // Failures arrive as ApiErrors: the response interceptor maps them.
    const response = await this.http.request({
      method: def.method,
      url: fillPath(def.path, request.params as Record<string, string> | undefined),
      params: request.query,
      data: body,
      idempotencyKey
    })
    return this.accept(name, response)
  }

  /** Uploads a local file (Taro temp path); the server keeps it, the app keeps the returned reference. */
  async upload(file: { filePath: string; name: string; mime: string; size: number }): Promise<ResponseOf<'uploads.create'>> {
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

  /** Any failure as an ApiError: no answer (network, timeout), or an HTTP error status with the contract's error body. */
  private failure(error: unknown): ApiError {
    if (error instanceof ApiError) return error
    if (error instanceof TransportFailure) return new ApiError(error.reason, error.message)
    if (isAxiosError(error)) {
      if (error.response) return this.statusError(error.response.status, error.response.data)
      if (error.code === AxiosError.ETIMEDOUT || error.code === AxiosError.ECONNABORTED) return new ApiError('timeout', error.message)
    }
    return new ApiError('network', error instanceof Error ? error.message : 'Request failed')
  }

  /** An error status's body read against the contract. */
  private statusError(status: number, data: unknown): ApiError {
    const parsed = ApiErrorBody.safeParse(data)
    if (!parsed.success) return new ApiError(status >= 500 ? 'server' : 'unknown', `HTTP ${status}`, { status })
    const error = apiErrorFromBody(status, parsed.data)
    if (error.kind === 'unauthorized') this.options.onUnauthorized?.()
    return error
  }

  /** Checks an answer against the contract. */
  private accept<N extends EndpointName>(name: N, response: TransportResponse): ResponseOf<N> {
    if (response.status >= 400) throw this.statusError(response.status, response.data)
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
