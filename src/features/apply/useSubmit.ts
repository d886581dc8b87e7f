import { useRef, useState } from 'react'
import { api, ApiError, callWithRetry, type Case } from '@/api'
import type { FormErrors } from '@/domain/forms/caseForm'
import { createBody } from './model'
import { useDrafts, type Draft } from './draftStore'

export type SubmitState =
  | { phase: 'idle' }
  | { phase: 'sending' }
  | { phase: 'done'; kase: Case; sentToApplicant: boolean }
  /**
   * `unsure`: the request went out but no answer came back (a time-out), so the office may already have
   * the case. The person is told so, not "it failed": checking again with the same key shows it if so.
   */
  | { phase: 'failed'; error: unknown; fields: FormErrors; unsure: boolean; alreadyFiledAs?: string }

/**
 * Sends the draft with ITS idempotency key, retrying network failures, timeouts and server errors: the
 * server answers a repeated key with the first result, so however often it is tried, one case exists.
 * A failure leaves the draft untouched on the phone; it is marked submitted only once the server's
 * answer (the case) is in hand.
 */
export function useSubmitDraft(options: { attempts?: number; sleep?: (ms: number) => Promise<void> } = {}) {
  const [state, setState] = useState<SubmitState>({ phase: 'idle' })
  const markSubmitted = useDrafts((s) => s.markSubmitted)
  // A second tap can land before React has re-rendered the button as disabled; one send at a time.
  const inFlight = useRef<Promise<SubmitState> | null>(null)

  function submit(draft: Draft): Promise<SubmitState> {
    inFlight.current ??= send(draft).finally(() => {
      inFlight.current = null
    })
    return inFlight.current
  }

  async function send(draft: Draft): Promise<SubmitState> {
    const toApplicant = draft.delegatedSections.length > 0
    setState({ phase: 'sending' })
    try {
      const kase = await callWithRetry(api(), 'cases.create', { body: createBody(draft, !toApplicant), idempotencyKey: draft.idempotencyKey }, options)
      markSubmitted(draft.id, kase.id)
      const next: SubmitState = { phase: 'done', kase, sentToApplicant: toApplicant }
      setState(next)
      return next
    } catch (error) {
      const apiError = error instanceof ApiError ? error : null
      // The office already has this draft, as it was when first sent (that answer was lost); it has been
      // changed since. Not filed again, and not passed off as done: the person is told and can open the case.
      const alreadyFiledAs = apiError?.kind === 'conflict' && apiError.existingId ? apiError.existingId : undefined
      const next: SubmitState = { phase: 'failed', error, fields: apiError?.fields ?? {}, unsure: apiError?.kind === 'timeout', ...(alreadyFiledAs ? { alreadyFiledAs } : {}) }
      setState(next)
      return next
    }
  }

  return { state, submit, reset: () => setState({ phase: 'idle' }) }
}
