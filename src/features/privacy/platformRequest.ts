/**
 * WeChat's pending privacy requests (platform.weapp.ts queues them; the privacy page answers them).
 * Plain data with no WeChat calls, so it is shared by every platform and testable; on H5 the queue
 * stays empty.
 */
import { create } from 'zustand'
import { AGREE_BUTTON_ID } from './notice'

export type PlatformResolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void

interface PlatformRequestState {
  pending: PlatformResolve[]
  /** How many privacy pages are open: a request arriving then needs no navigation. */
  pages: number
}

export const usePlatformRequests = create<PlatformRequestState>()(() => ({ pending: [], pages: 0 }))

/** Several privacy APIs can wait at once (two pickers); one answer settles them all. */
export function queuePlatformRequest(resolve: PlatformResolve): void {
  usePlatformRequests.setState((s) => ({ pending: [...s.pending, resolve] }))
}

/** Tells WeChat the notice is on screen (allowed before the answer). */
export function reportPlatformExposure(): void {
  for (const resolve of usePlatformRequests.getState().pending) resolve({ event: 'exposureAuthorization' })
}

export function answerPlatformRequests(agreed: boolean): void {
  const pending = usePlatformRequests.getState().pending
  usePlatformRequests.setState({ pending: [] })
  for (const resolve of pending) resolve(agreed ? { buttonId: AGREE_BUTTON_ID, event: 'agree' } : { event: 'disagree' })
}

export function privacyPageOpen(): boolean {
  return usePlatformRequests.getState().pages > 0
}

/** The privacy page calls this while it is mounted; returns the cleanup. */
export function markPrivacyPageOpen(): () => void {
  usePlatformRequests.setState((s) => ({ pages: s.pages + 1 }))
  return () => usePlatformRequests.setState((s) => ({ pages: Math.max(0, s.pages - 1) }))
}
