/**
 * Recording a redemption: online it goes straight to the backend (which re-verifies the code as of the
 * scan); with no network it waits in the persisted queue with its idempotency key, and `syncQueue`
 * sends it later. The same key on every attempt means a retry is never recorded twice.
 */
import { api, ApiError, newIdempotencyKey, toApiError, type CertificatePurpose, type Redemption } from '@/api'
import { useVerifyCache, type QueuedRedemption } from './store'

export type RecordOutcome = { kind: 'recorded'; redemption: Redemption } | { kind: 'queued' } | { kind: 'refused'; error: ApiError }

/** Worth keeping for later: the request may not have reached the backend. */
const isOffline = (e: ApiError) => e.kind === 'network' || e.kind === 'timeout' || e.kind === 'server'

function send(item: QueuedRedemption): Promise<Redemption> {
  return api().call('redemptions.create', {
    body: { purpose: item.purpose, presentation: item.presentation, bookingCode: item.bookingCode, scannedAt: item.scannedAt },
    idempotencyKey: item.idempotencyKey
  })
}

export async function recordRedemption(input: {
  userId: string
  purpose: CertificatePurpose
  presentation: string
  bookingCode: string | null
  scannedAtMs: number
}): Promise<RecordOutcome> {
  const item: QueuedRedemption = {
    idempotencyKey: newIdempotencyKey(),
    userId: input.userId,
    purpose: input.purpose,
    presentation: input.presentation,
    bookingCode: input.bookingCode,
    scannedAt: new Date(input.scannedAtMs).toISOString(),
    queuedAt: Date.now()
  }
  try {
    return { kind: 'recorded', redemption: await send(item) }
  } catch (e) {
    const error = toApiError(e)
    if (!isOffline(error)) return { kind: 'refused', error }
    useVerifyCache.getState().enqueue(item)
    return { kind: 'queued' }
  }
}

export interface SyncResult {
  sent: number
  refused: number
  /** Still waiting (the network went away again). */
  waiting: number
}

let running: Promise<SyncResult> | null = null

/** Sends this verifier's queued redemptions in order; stops at the first network failure. One run at a time. */
export function syncQueue(userId: string): Promise<SyncResult> {
  running ??= (async () => {
    const result: SyncResult = { sent: 0, refused: 0, waiting: 0 }
    const mine = useVerifyCache.getState().queue.filter((q) => q.userId === userId)
    for (let i = 0; i < mine.length; i++) {
      const item = mine[i]
      try {
        await send(item)
        useVerifyCache.getState().settle(item.idempotencyKey)
        result.sent++
      } catch (e) {
        const error = toApiError(e)
        if (isOffline(error)) {
          result.waiting = mine.length - i
          break
        }
        const field = Object.values(error.fields)[0]?.code
        useVerifyCache.getState().settle(item.idempotencyKey, field ?? error.kind)
        result.refused++
      }
    }
    return result
  })().finally(() => {
    running = null
  })
  return running
}
