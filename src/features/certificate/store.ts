/**
 * The holder's certificate, cached so the screen opens instantly and with no network. Per user: a
 * shared phone never shows one person's certificate to another. Lives in app storage only, sealed: the
 * signed certificate carries the passport number.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { HolderCertificate } from '@/api'
import { sealedStateStorage } from '@/lib/sealedStorage'
import { onSignOut } from '@/stores/session'

export interface CachedCertificate {
  /** null: the backend said this user holds no certificate. */
  certificate: HolderCertificate | null
  /** Epoch ms of the last successful load. */
  fetchedAt: number
}

export interface CertificateCacheState {
  byUser: Record<string, CachedCertificate>
  save: (userId: string, certificate: HolderCertificate | null, at: number) => void
  forget: (userId: string) => void
}

export const useCertificateCache = create<CertificateCacheState>()(
  persist(
    (set) => ({
      byUser: {},
      save: (userId, certificate, at) =>
        set((s) => {
          // A refresh that brings back the same certificate (every open, when online) keeps the object the
          // screen already shows: the live code is not made again, the card not drawn again.
          const before = s.byUser[userId]?.certificate
          const kept = before && certificate && JSON.stringify(before) === JSON.stringify(certificate) ? before : certificate
          return { byUser: { ...s.byUser, [userId]: { certificate: kept, fetchedAt: at } } }
        }),
      forget: (userId) =>
        set((s) => {
          const { [userId]: _dropped, ...rest } = s.byUser
          return { byUser: rest }
        })
    }),
    {
      name: 'wic.certificate',
      version: 1,
      storage: createJSONStorage(() => sealedStateStorage),
      partialize: (s) => ({ byUser: s.byUser }),
      migrate: () => ({ byUser: {} })
    }
  )
)

// The signed certificate carries the passport number: it leaves the phone's storage with its holder.
onSignOut((userId) => useCertificateCache.getState().forget(userId))
