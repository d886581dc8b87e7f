/**
 * What a verifier's phone keeps so it can check codes with no network: the issuer keys and the signed
 * revocation list (each with when it was fetched), redemptions waiting to be sent, and the nonces of
 * codes this desk already accepted (replay protection survives a restart).
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { CertificatePurpose } from '@/api'
import type { SignedRevocationList, TrustedIssuerKey } from '@/domain/certificate/types'
import { taroStateStorage } from '@/lib/storage'

export const VERIFY_STORAGE_KEY = 'wic.verify'
/** Codes live about two minutes; a few hundred remembered nonces cover any queue at one desk. */
export const SEEN_NONCE_LIMIT = 500

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
}

export interface VerifyCacheState {
  issuerKeys: TrustedIssuerKey[]
  issuerKeysFetchedAt: number | null
  revocationList: SignedRevocationList | null
  revocationListFetchedAt: number | null
  queue: QueuedRedemption[]
  failed: FailedRedemption[]
  seenNonces: string[]
  saveIssuerKeys: (keys: TrustedIssuerKey[], at: number) => void
  saveRevocationList: (list: SignedRevocationList, at: number) => void
  enqueue: (item: QueuedRedemption) => void
  /** Removes a queued item (sent, or refused and moved to `failed`). */
  settle: (idempotencyKey: string, failure?: string) => void
  dismissFailed: (idempotencyKey: string) => void
  rememberNonce: (key: string) => void
}

export const useVerifyCache = create<VerifyCacheState>()(
  persist(
    (set) => ({
      issuerKeys: [],
      issuerKeysFetchedAt: null,
      revocationList: null,
      revocationListFetchedAt: null,
      queue: [],
      failed: [],
      seenNonces: [],
      saveIssuerKeys: (keys, at) => set({ issuerKeys: keys, issuerKeysFetchedAt: at }),
      saveRevocationList: (list, at) => set({ revocationList: list, revocationListFetchedAt: at }),
      enqueue: (item) =>
        set((s) =>
          // The same code recorded twice while offline is one redemption.
          s.queue.some((q) => q.presentation === item.presentation && q.userId === item.userId) ? s : { queue: [...s.queue, item] }
        ),
      settle: (idempotencyKey, failure) =>
        set((s) => {
          const item = s.queue.find((q) => q.idempotencyKey === idempotencyKey)
          const queue = s.queue.filter((q) => q.idempotencyKey !== idempotencyKey)
          return item && failure ? { queue, failed: [...s.failed, { ...item, reason: failure }] } : { queue }
        }),
      dismissFailed: (idempotencyKey) => set((s) => ({ failed: s.failed.filter((f) => f.idempotencyKey !== idempotencyKey) })),
      rememberNonce: (key) => set((s) => ({ seenNonces: [...s.seenNonces.filter((n) => n !== key), key].slice(-SEEN_NONCE_LIMIT) }))
    }),
    {
      name: VERIFY_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => taroStateStorage),
      partialize: (s) => ({
        issuerKeys: s.issuerKeys,
        issuerKeysFetchedAt: s.issuerKeysFetchedAt,
        revocationList: s.revocationList,
        revocationListFetchedAt: s.revocationListFetchedAt,
        queue: s.queue,
        failed: s.failed,
        seenNonces: s.seenNonces
      }),
      migrate: () => ({
        issuerKeys: [],
        issuerKeysFetchedAt: null,
        revocationList: null,
        revocationListFetchedAt: null,
        queue: [],
        failed: [],
        seenNonces: []
      })
    }
  )
)
