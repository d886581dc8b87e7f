/**
 * One idempotency key per thing the person means to do (book this slot, reserve two seats for this
 * show), kept across taps until the server has answered. If an answer is lost after the server acted,
 * tapping again is answered with what was done the first time instead of doing it twice.
 */
import { useCallback, useMemo, useRef } from 'react'
import { newIdempotencyKey, toApiError } from '@/api'

export interface IntentKey<T> {
  /** The key for this intent (`what` names it, `detail` is kept with it): the same one until `settle`, a new one for another intent. */
  keyFor(what: string, detail: T): string
  /** The server answered (success, or a refusal that kept nothing): the next tap is a new intent. Unanswered requests keep their key. */
  settle(error?: unknown): void
  /** The detail of an intent still waiting for an answer (to offer "try again" with it), else null. */
  pending(): T | null
}

export function useIntentKey<T = undefined>(): IntentKey<T> {
  const intent = useRef<{ what: string; key: string; detail: T } | null>(null)
  const keyFor = useCallback((what: string, detail: T) => {
    if (intent.current?.what !== what) intent.current = { what, key: newIdempotencyKey(), detail }
    return intent.current.key
  }, [])
  const settle = useCallback((error?: unknown) => {
    if (error === undefined || !toApiError(error).retryable) intent.current = null
  }, [])
  const pending = useCallback(() => intent.current?.detail ?? null, [])
  return useMemo(() => ({ keyFor, settle, pending }), [keyFor, settle, pending])
}
