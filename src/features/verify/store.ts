/**
 * What a verifier's phone keeps so it can check codes with no network: the root-signed issuer key list
 * (the build ships one), the issuers' signed revocation lists (each the newest this desk has accepted),
 * redemptions waiting to be sent, and the nonces of codes this desk already accepted (replay protection
 * survives a restart). Sealed like other personal data: queued codes carry holders' names.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { CertificatePurpose } from '@/api'
import type { SignedIssuerKeyList, SignedRevocationList } from '@/domain/certificate/types'
import { sealedStateStorage } from '@/lib/sealedStorage'

export const VERIFY_STORAGE_KEY = 'wic.verify'
/** Codes live a minute; a few hundred remembered nonces cover any queue at one desk. */
export const SEEN_NONCE_LIMIT = 500
/** A refused redemption stays listed for the desk to read this long, then goes (it holds a holder's code). */
export const FAILED_KEEP_MS = 7 * 24 * 3_600_000

export interface QueuedRedemption {
  /** Sent with every attempt, so a retried sync is answered from the server's record, not recorded twice. */
  idempotencyKey: string
  /** The verifier account that scanned it: only that account sends it. */
  userId: string
  purpose: CertificatePurpose
  presentation: string
  bookingCode: string | null
  scannedAt: string
  queuedAt: number
}

export interface FailedRedemption extends QueuedRedemption {
  /** i18n-free reason: an ApiError kind or a field code from the server. */
  reason: string
  failedAt: number
}

/** Why an update from the network was not taken (the lists already held stay). */
export type TrustRefusal = 'keyList' | 'revocationList'

export interface VerifyCacheState {
  /** null: the list shipped in the build is the newest this desk has. */
  keyList: SignedIssuerKeyList | null
  keyListFetchedAt: number | null
  /** By issuer id. */
  revocationLists: Record<string, SignedRevocationList>
  revocationListsFetchedAt: number | null
  /** From the last update: what arrived and was refused. */
  refused: TrustRefusal[]
  queue: QueuedRedemption[]
  failed: FailedRedemption[]
  seenNonces: string[]
  saveTrust: (update: { keyList?: SignedIssuerKeyList; revocationLists: Record<string, SignedRevocationList>; refused: TrustRefusal[]; at: number }) => void
  enqueue: (item: QueuedRedemption) => void
  /** Removes a queued item (sent, or refused and moved to `failed`). */
  settle: (idempotencyKey: string, failure?: string, at?: number) => void
  dismissFailed: (idempotencyKey: string) => void
  /** Drops refused items older than FAILED_KEEP_MS. */
  expireFailed: (nowMs: number) => void
  rememberNonce: (key: string) => void
}

/** A desk that has kept nothing yet (also what a test starts from). */
export const EMPTY_VERIFY_CACHE = {
  keyList: null,
  keyListFetchedAt: null,
  revocationLists: {},
  revocationListsFetchedAt: null,
  refused: [],
  queue: [],
  failed: [],
  seenNonces: []
}

export const useVerifyCache = create<VerifyCacheState>()(
  persist(
    (set) => ({
      ...EMPTY_VERIFY_CACHE,
      saveTrust: ({ keyList, revocationLists, refused, at }) =>
        set((s) => ({
          ...(keyList ? { keyList, keyListFetchedAt: at } : {}),
          revocationLists: { ...s.revocationLists, ...revocationLists },
          revocationListsFetchedAt: Object.keys(revocationLists).length ? at : s.revocationListsFetchedAt,
          refused
        })),
      enqueue: (item) =>
        set((s) =>
          // The same code recorded twice while offline is one redemption.
          s.queue.some((q) => q.presentation === item.presentation && q.userId === item.userId) ? s : { queue: [...s.queue, item] }
        ),
      settle: (idempotencyKey, failure, at = Date.now()) =>
        set((s) => {
          const item = s.queue.find((q) => q.idempotencyKey === idempotencyKey)
          const queue = s.queue.filter((q) => q.idempotencyKey !== idempotencyKey)
          return item && failure ? { queue, failed: [...s.failed, { ...item, reason: failure, failedAt: at }] } : { queue }
        }),
      dismissFailed: (idempotencyKey) => set((s) => ({ failed: s.failed.filter((f) => f.idempotencyKey !== idempotencyKey) })),
      expireFailed: (nowMs) =>
        set((s) => {
          const failed = s.failed.filter((f) => nowMs - (f.failedAt ?? 0) < FAILED_KEEP_MS)
          return failed.length === s.failed.length ? s : { failed }
        }),
      rememberNonce: (key) => set((s) => ({ seenNonces: [...s.seenNonces.filter((n) => n !== key), key].slice(-SEEN_NONCE_LIMIT) }))
    }),
    {
      name: VERIFY_STORAGE_KEY,
      version: 2,
      storage: createJSONStorage(() => sealedStateStorage),
      partialize: (s) => ({
        keyList: s.keyList,
        keyListFetchedAt: s.keyListFetchedAt,
        revocationLists: s.revocationLists,
        revocationListsFetchedAt: s.revocationListsFetchedAt,
        queue: s.queue,
        failed: s.failed,
        seenNonces: s.seenNonces
      }),
      // Version 1 kept unsigned issuer keys: nothing of it is trusted; its unsent queue is kept.
      migrate: (persisted) => {
        const old = (persisted ?? {}) as Partial<VerifyCacheState>
        return { ...EMPTY_VERIFY_CACHE, queue: Array.isArray(old.queue) ? old.queue : [], seenNonces: Array.isArray(old.seenNonces) ? old.seenNonces : [] }
      }
    }
  )
)
