/**
 * The school-admission form as a draft on the phone, per user: prepared before the window opens, kept
 * through restarts, and carrying ONE idempotency key so a retried submit files it once. It holds the
 * parent's passport number: sealed in storage, and deleted when consent is withdrawn.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { newIdempotencyKey } from '@/api'
import { sealedStateStorage } from '@/lib/sealedStorage'
import { onConsentWithdrawn, PASSPORT_DRAFT_STORAGE } from '@/features/privacy'
import { now } from '@/domain/time/now'

export const SCHOOL_DRAFT_STORAGE_KEY = PASSPORT_DRAFT_STORAGE.schoolDraft
export const SCHOOL_DRAFT_VERSION = 1

export type Sex = 'female' | 'male' | ''

export interface ParentDraft {
  name: string
  sex: Sex
  passportNumber: string
  employer: string
  position: string
  phone: string
  employerAddress: string
  homeAddress: string
}

export interface ChildDraft {
  key: string
  name: string
  sex: Sex
  birthMonth: string
  currentSchool: string
  currentGrade: string
  schoolApplied: string
  gradeApplied: string
}

export interface DraftUpload {
  materialIndex: number
  id: string
  name: string
}

export interface SchoolDraft {
  parent: ParentDraft
  children: ChildDraft[]
  uploads: DraftUpload[]
  idempotencyKey: string
  updatedAt: string | null
}

let childSeq = 0
export const emptyChild = (): ChildDraft => ({
  key: `c${Date.now().toString(36)}${(childSeq++).toString(36)}`,
  name: '',
  sex: '',
  birthMonth: '',
  currentSchool: '',
  currentGrade: '',
  schoolApplied: '',
  gradeApplied: ''
})

export const emptyDraft = (): SchoolDraft => ({
  parent: { name: '', sex: '', passportNumber: '', employer: '', position: '', phone: '', employerAddress: '', homeAddress: '' },
  children: [emptyChild()],
  uploads: [],
  idempotencyKey: newIdempotencyKey(),
  updatedAt: null
})

export interface SchoolDraftState {
  byUser: Record<string, SchoolDraft>
  draftOf: (userId: string) => SchoolDraft
  /** Creates the user's draft if there is none, so edits and row keys apply to one stored draft. */
  ensure: (userId: string) => void
  setParent: (userId: string, field: keyof ParentDraft, value: string) => void
  setChild: (userId: string, key: string, field: Exclude<keyof ChildDraft, 'key'>, value: string) => void
  addChild: (userId: string) => void
  removeChild: (userId: string, key: string) => void
  addUpload: (userId: string, upload: DraftUpload) => void
  removeUpload: (userId: string, id: string) => void
  /** After a successful submit: the draft has become the application. */
  clear: (userId: string) => void
}

export const useSchoolDraft = create<SchoolDraftState>()(
  persist(
    (set, get) => {
      const update = (userId: string, change: (d: SchoolDraft) => SchoolDraft) =>
        set((s) => ({ byUser: { ...s.byUser, [userId]: { ...change(s.byUser[userId] ?? emptyDraft()), updatedAt: new Date(now()).toISOString() } } }))
      return {
        byUser: {},
        draftOf: (userId) => get().byUser[userId] ?? emptyDraft(),
        ensure: (userId) => {
          if (!get().byUser[userId]) set((s) => ({ byUser: { ...s.byUser, [userId]: emptyDraft() } }))
        },
        setParent: (userId, field, value) => update(userId, (d) => ({ ...d, parent: { ...d.parent, [field]: value } })),
        setChild: (userId, key, field, value) =>
          update(userId, (d) => ({ ...d, children: d.children.map((c) => (c.key === key ? { ...c, [field]: value } : c)) })),
        addChild: (userId) => update(userId, (d) => ({ ...d, children: [...d.children, emptyChild()] })),
        removeChild: (userId, key) => update(userId, (d) => ({ ...d, children: d.children.length > 1 ? d.children.filter((c) => c.key !== key) : d.children })),
        addUpload: (userId, upload) => update(userId, (d) => ({ ...d, uploads: [...d.uploads, upload] })),
        removeUpload: (userId, id) => update(userId, (d) => ({ ...d, uploads: d.uploads.filter((u) => u.id !== id) })),
        clear: (userId) =>
          set((s) => {
            const { [userId]: _gone, ...rest } = s.byUser
            return { byUser: rest }
          })
      }
    },
    {
      name: SCHOOL_DRAFT_STORAGE_KEY,
      version: SCHOOL_DRAFT_VERSION,
      storage: createJSONStorage(() => sealedStateStorage),
      partialize: (s) => ({ byUser: s.byUser }),
      migrate: (persisted) => {
        const p = (persisted ?? {}) as { byUser?: unknown }
        return { byUser: p.byUser && typeof p.byUser === 'object' ? (p.byUser as Record<string, SchoolDraft>) : {} }
      }
    }
  )
)

onConsentWithdrawn(() => useSchoolDraft.setState({ byUser: {} }))
