/**
 * Whether a refused matter can be reviewed, and on whose word. One table, read by the app (what the case
 * screen offers or refuses) and by the mock backend (what it accepts), through the state machine's guard.
 *
 * Only what a source grants is offered (DOMAIN.md "A case's life"):
 * - Beihai talent certification: beihai-2023 art. 13 (三): the employer asks for a review in writing within
 *   5 working days of receiving the result; the answer comes within 15 days of the request; the original
 *   decision stands meanwhile.
 * - Residence permits: a refusal to issue or extend is final (Exit and Entry Administration Law of the PRC,
 *   art. 36), a national rule in every region.
 * - Every other matter: the seeds grant no review, so none is offered (not invented).
 */
import type { MatterKind } from '@/domain/regions/schema'

/** Documents a right can be sourced to: a seed (its id in core.json `seeds`) or a national law. */
export const SOURCE_DOCUMENTS = ['beihai-2023-talent-certification', 'exit-entry-law'] as const
export type SourceDocument = (typeof SOURCE_DOCUMENTS)[number]

/** A document and the article that says it. */
export interface SourceRef {
  document: SourceDocument
  article: number
}

export type AppealRight =
  | {
      kind: 'review'
      source: SourceRef
      /** The request must be made within this many working days of the decision (counted from the day after). */
      windowWorkingDays: number
      /** The office answers within this many calendar days of the request. */
      answerDays: number
      /** Who may ask: beihai-2023 gives it to the employer, not the applicant. */
      whoAsks: 'employer' | 'applicant'
    }
  | { kind: 'final'; law: SourceRef }
  | { kind: 'none' }

export interface AppealRightEntry {
  /** Omitted: the rule holds in every region (national law). */
  regionId?: string
  matterKind: MatterKind
  right: AppealRight
}

export const APPEAL_RIGHTS: readonly AppealRightEntry[] = [
  {
    regionId: 'beihai',
    matterKind: 'talent_certification',
    right: {
      kind: 'review',
      source: { document: 'beihai-2023-talent-certification', article: 13 },
      windowWorkingDays: 5,
      answerDays: 15,
      whoAsks: 'employer'
    }
  },
  { matterKind: 'residence_permit', right: { kind: 'final', law: { document: 'exit-entry-law', article: 36 } } }
]

const NONE: AppealRight = { kind: 'none' }

/** The right for a matter kind in a region: a region's own entry first, then a national one, else none. */
export function appealRightFor(regionId: string | undefined, matterKind: string | undefined, table: readonly AppealRightEntry[] = APPEAL_RIGHTS): AppealRight {
  if (!matterKind) return NONE
  const own = table.find((e) => e.matterKind === matterKind && e.regionId !== undefined && e.regionId === regionId)
  const national = table.find((e) => e.matterKind === matterKind && e.regionId === undefined)
  return (own ?? national)?.right ?? NONE
}

/** Whether this side (HR for the employer, the applicant) may ask for the review. */
export function mayAsk(right: AppealRight, role: string): boolean {
  if (right.kind !== 'review') return false
  return right.whoAsks === 'employer' ? role === 'hr' : role === 'applicant' || role === 'hr'
}
