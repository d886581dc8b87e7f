import type { ApiErrorBody } from './contract'

export type ApiErrorKind =
  | 'network'
  | 'timeout'
  | 'server'
  | 'contract'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'validation'
  | 'conflict'
  | 'bad_credentials'
  | 'unknown'

export type FieldErrors = Record<string, { code: string; params?: Record<string, string | number> }>

/** Every failure the API layer reports; pages show `titleKey`/`bodyKey` from the errors namespace. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status: number | null
  readonly fields: FieldErrors
  /** For contract errors: which endpoint and field broke the contract. */
  readonly where: string | null
  /** A `conflict` on a reused idempotency key: the id of what the first request with that key created. */
  readonly existingId: string | null

  constructor(kind: ApiErrorKind, message: string, opts: { status?: number; fields?: FieldErrors; where?: string; existingId?: string } = {}) {
    super(message)
    this.name = 'ApiError'
    this.kind = kind
    this.status = opts.status ?? null
    this.fields = opts.fields ?? {}
    this.where = opts.where ?? null
    this.existingId = opts.existingId ?? null
  }

  /** Worth retrying with the same idempotency key. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'server'
  }
}

const kindByCode: Record<ApiErrorBody['error']['code'], ApiErrorKind> = {
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

export function apiErrorFromBody(status: number, body: ApiErrorBody): ApiError {
  return new ApiError(kindByCode[body.error.code], body.error.message, { status, fields: body.error.fields, existingId: body.error.existingId })
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  return new ApiError('unknown', error instanceof Error ? error.message : String(error))
}

/**
 * i18n keys (namespace 'errors') for an error's title and body. A network failure while the device says
 * it is online means the service did not answer ('unreachable'): "check your network" would send the
 * person looking for a problem their phone does not have.
 */
export function errorMessageKeys(error: ApiError, device: { offline?: boolean } = {}): { title: string; body: string } {
  const base: Record<ApiErrorKind, string> = {
    network: 'network',
    timeout: 'timeout',
    server: 'server',
    contract: 'contract',
    unauthorized: 'unauthorized',
    forbidden: 'forbidden',
    not_found: 'notFound',
    validation: 'validation',
    conflict: 'conflict',
    bad_credentials: 'validation',
    unknown: 'unknown'
  }
  const key = error.kind === 'network' && device.offline === false ? 'unreachable' : base[error.kind]
  return { title: `${key}.title`, body: `${key}.body` }
}
