import type * as z from 'zod/mini'
import type { ApiErrorBody } from '@/api/contract'

export interface MockRequest {
  method: string
  path: string
  query?: Record<string, unknown>
  body?: unknown
  headers: Record<string, string | undefined>
}

export interface MockResponse {
  status: number
  data: unknown
}

type ErrorCode = ApiErrorBody['error']['code']
type Fields = NonNullable<ApiErrorBody['error']['fields']>

/** Thrown inside handlers; the router turns it into the contract's error body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Fields,
    readonly existingId?: string
  ) {
    super(message)
  }
}

export const fail = {
  unauthorized: () => new HttpError(401, 'unauthorized', 'Sign in first'),
  forbidden: (what = 'this') => new HttpError(403, 'forbidden', `Not allowed to access ${what}`),
  notFound: (what: string) => new HttpError(404, 'not_found', `${what} not found`),
  conflict: (message: string) => new HttpError(409, 'conflict', message),
  /** The key was used before for a different request: the first one stands (and is named), this one is not done. */
  keyReused: (existingId: string | undefined) =>
    new HttpError(409, 'conflict', 'Idempotency-Key already used for a different request', undefined, existingId),
  validation: (fields: Fields, message = 'Invalid input') => new HttpError(422, 'validation', message, fields)
}

export function errorBody(error: HttpError): ApiErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.existingId ? { existingId: error.existingId } : {}),
      ...(error.fields ? { fields: error.fields } : {})
    }
  }
}

/**
 * Field codes for a failed parse. A missing field is told from a wrong one by the issue's input, so parse with
 * `{ reportInput: true }`: zod/mini loads no message locale, so the message cannot say 'received undefined'.
 */
export function fieldsFromZod(error: z.core.$ZodError, prefix = ''): Fields {
  const fields: Fields = {}
  for (const issue of error.issues) {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '_'
    if (fields[path]) continue
    const code =
      issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined
        ? 'field.required'
        : issue.code === 'too_big'
          ? 'field.tooLong'
          : 'field.invalid'
    fields[path] = { code }
  }
  return fields
}
