/**
 * Drafts of applications, kept on the phone as the user types so nothing is lost to a closed app, a
 * reload or a failed network. Each draft carries ONE idempotency key from its creation: every submit
 * attempt of that draft uses it, so the server creates the case at most once.
 * Drafts hold passport numbers: they are sealed in storage and deleted when consent is withdrawn.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { sealedStateStorage } from '@/lib/sealedStorage'
import { onConsentWithdrawn, PASSPORT_DRAFT_STORAGE } from '@/features/privacy'
import { newIdempotencyKey, type CaseKind } from '@/api'
import { now as clockNow } from '@/domain/time/now'

export const DRAFTS_STORAGE_KEY = PASSPORT_DRAFT_STORAGE.applyDrafts
export const DRAFTS_VERSION = 1

export interface DraftMaterial {
  materialId: string
  uploads: { id: string; name: string; mime: string; size: number; url: string; localPath?: string }[]
  documentDate: string | null
}

export interface ChosenMatterRef {
  matterId: string
  action: string
}

export interface Draft {
  id: string
  kind: CaseKind
  regionId: string
  bundleId: string | null
  employeeId: string
  employeeName: string
  /** The employee's applicant account, if any: sections can be handed to them only then. */
  applicantUserId: string | null
  matters: ChosenMatterRef[]
  /** Field path -> value, as typed. */
  values: Record<string, string>
  materials: Record<string, DraftMaterial>
  /** Sections HR hands to the applicant to complete. */
  delegatedSections: string[]
  /** Talent certification: the criterion met. */
  criterion: string | null
  step: number
  updatedAt: string
  idempotencyKey: string
  /** Set once the server has the case: the draft is then only a record of it. */
  caseId: string | null
}

export interface DraftsState {
  drafts: Record<string, Draft>
  create: (input: Omit<Draft, 'id' | 'updatedAt' | 'idempotencyKey' | 'caseId' | 'step' | 'values' | 'materials' | 'delegatedSections'> & { values?: Record<string, string> }) => Draft
  setValue: (id: string, path: string, value: string) => void
  setMaterial: (id: string, material: DraftMaterial | null, materialId: string) => void
  setStep: (id: string, step: number) => void
  setDelegated: (id: string, sections: string[]) => void
  markSubmitted: (id: string, caseId: string) => void
  remove: (id: string) => void
}

const now = () => new Date(clockNow()).toISOString()

export const useDrafts = create<DraftsState>()(
  persist(
    (set, get) => {
      const patch = (id: string, change: (d: Draft) => Partial<Draft>) => {
        const draft = get().drafts[id]
        if (!draft) return
        set({ drafts: { ...get().drafts, [id]: { ...draft, ...change(draft), updatedAt: now() } } })
      }
      return {
        drafts: {},
        create: (input) => {
          const draft: Draft = {
            ...input,
            id: `d-${newIdempotencyKey()}`,
            values: input.values ?? {},
            materials: {},
            delegatedSections: [],
            step: 0,
            updatedAt: now(),
            idempotencyKey: newIdempotencyKey(),
            caseId: null
          }
          set({ drafts: { ...get().drafts, [draft.id]: draft } })
          return draft
        },
        setValue: (id, path, value) => patch(id, (d) => ({ values: { ...d.values, [path]: value } })),
        setMaterial: (id, material, materialId) =>
          patch(id, (d) => {
            const materials = { ...d.materials }
            if (material) materials[materialId] = material
            else delete materials[materialId]
            return { materials }
          }),
        setStep: (id, step) => patch(id, () => ({ step })),
        setDelegated: (id, sections) => patch(id, () => ({ delegatedSections: sections })),
        markSubmitted: (id, caseId) => patch(id, () => ({ caseId })),
        remove: (id) => {
          const drafts = { ...get().drafts }
          delete drafts[id]
          set({ drafts })
        }
      }
    },
    {
      name: DRAFTS_STORAGE_KEY,
      version: DRAFTS_VERSION,
      storage: createJSONStorage(() => sealedStateStorage),
      partialize: (s) => ({ drafts: s.drafts }),
      migrate: (persisted) => {
        const p = (persisted ?? {}) as { drafts?: unknown }
        return { drafts: p.drafts && typeof p.drafts === 'object' ? (p.drafts as Record<string, Draft>) : {} }
      }
    }
  )
)

onConsentWithdrawn(() => useDrafts.setState({ drafts: {} }))

/** Open drafts (not yet on the server), newest first. */
export const openDrafts = (s: DraftsState): Draft[] =>
  Object.values(s.drafts)
    .filter((d) => !d.caseId)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
