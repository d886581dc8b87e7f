import { useState } from 'react'
import { api, ApiError, callWithRetry, type Case } from '@/api'
import type { FormErrors } from '@/domain/forms/caseForm'
import { createBody } from './model'
import { useDrafts, type Draft } from './draftStore'

export type SubmitState =
  | { phase: 'idle' }
  | { phase: 'sending' }
  | { phase: 'done'; kase: Case; sentToApplicant: boolean }
  | { phase: 'failed'; error: unknown; fields: FormErrors }

/**
 * Sends the draft with ITS idempotency key, retrying network failures, timeouts and server errors: the
 * server answers a repeated key with the first result, so however often it is tried, one case exists.
 * A failure leaves the draft untouched on the phone.
 */
export function useSubmitDraft(options: { attempts?: number; sleep?: (ms: number) => Promise<void> } = {}) {
  const [state, setState] = useState<SubmitState>({ phase: 'idle' })
  const markSubmitted = useDrafts((s) => s.markSubmitted)

  async function submit(draft: Draft): Promise<SubmitState> {
    const toApplicant = draft.delegatedSections.length > 0
    setState({ phase: 'sending' })
    try {
      const kase = await callWithRetry(api(), 'cases.create', { body: createBody(draft, !toApplicant), idempotencyKey: draft.idempotencyKey }, options)
      markSubmitted(draft.id, kase.id)
      const next: SubmitState = { phase: 'done', kase, sentToApplicant: toApplicant }
      setState(next)
      return next
    } catch (error) {
      const next: SubmitState = { phase: 'failed', error, fields: error instanceof ApiError ? error.fields : {} }
      setState(next)
      return next
    }
  }

  return { state, submit, reset: () => setState({ phase: 'idle' }) }
}
