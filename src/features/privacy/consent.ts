/**
 * The person's consent to the privacy notice, on this phone: which version they agreed to and when.
 * Forms holding passport data and photo pickers ask for it first (ConsentGate, useConsentPrompt).
 * Withdrawing it deletes the drafts on this phone that hold passport data, even those of screens not
 * opened in this run (their storage entries are named here), and resets the stores that are loaded.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { taroStateStorage } from '@/lib/storage'
import { PRIVACY_NOTICE_VERSION } from './notice'
import { now } from '@/domain/time/now'

export const CONSENT_STORAGE_KEY = 'wic.privacy'

/** Storage entries that hold passport data typed on this phone. */
export const PASSPORT_DRAFT_STORAGE = { applyDrafts: 'wic.drafts', schoolDraft: 'wic.schoolDraft' } as const

export interface ConsentRecord {
  version: number
  /** ISO time of agreeing. */
  at: string
}

export interface ConsentState {
  record: ConsentRecord | null
  agree: (now?: Date) => void
  /** Withdraws consent and deletes the passport drafts on this phone. */
  withdraw: () => void
}

const withdrawCleanups: (() => void)[] = []

/** Stores holding passport drafts register here, so a withdrawal also empties what they hold in memory. */
export function onConsentWithdrawn(cleanup: () => void): void {
  withdrawCleanups.push(cleanup)
}

export const useConsent = create<ConsentState>()(
  persist(
    (set) => ({
      record: null,
      agree: (at = new Date(now())) => set({ record: { version: PRIVACY_NOTICE_VERSION, at: at.toISOString() } }),
      withdraw: () => {
        set({ record: null })
        for (const cleanup of withdrawCleanups) cleanup()
        for (const key of Object.values(PASSPORT_DRAFT_STORAGE)) taroStateStorage.removeItem(key)
      }
    }),
    {
      name: CONSENT_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => taroStateStorage),
      partialize: (s) => ({ record: s.record }),
      migrate: (persisted) => {
        const record = (persisted as { record?: Partial<ConsentRecord> } | null)?.record
        return { record: record && typeof record.version === 'number' && typeof record.at === 'string' ? { version: record.version, at: record.at } : null }
      }
    }
  )
)

/** Consent to the notice as it is now (an older version does not count). */
export const hasCurrentConsent = (s: Pick<ConsentState, 'record'>): boolean => s.record?.version === PRIVACY_NOTICE_VERSION
