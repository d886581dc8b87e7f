/**
 * The materials checklist of a case: computed from the chosen matters and their materials (region data,
 * core.json matters[].materials). A material given once serves every matter that needs it ("同一材料只收一次"),
 * so the checklist lists it once and says which matters it serves. Plain data in, plain data out.
 */
import type { MatterAction, MatterCore, Material } from '@/domain/regions/schema'
import { isIssuedWithin, isValidDate, isValidFor, toDayNumber } from '@/domain/validation/dates'

export interface ChecklistItem {
  /** The material as the first matter that needs it lists it. */
  material: Material
  /** Every region material id this one document stands for (the same passport listed by two matters). */
  materialIds: string[]
  /** The chosen matters this one material serves, in matter order. */
  matterIds: string[]
  /** Required for at least one of those matters (and not only under a condition). */
  required: boolean
  /** Needed only in some situations (the material's `condition`): the user decides. */
  conditional: boolean
}

export interface ChosenMatter {
  matter: MatterCore
  action: MatterAction | string
  /** The matter's materials (src/content/regions/materials.ts: they load with the pages that show them). */
  materials: readonly Material[]
}

/**
 * Which materials belong to which action, for regions whose lists cover issue, change, extension and
 * cancellation together (Beihai names them in `condition`). Matched on the material id's ending so a new
 * region that follows the naming needs no code. Materials not matched apply to every action.
 * (assumption: proof of experience, degree, criminal record and medical certificate are asked only for a new permit)
 */
export const ACTION_MATERIAL_RULES: readonly { idEndsWith: string; actions: readonly MatterAction[] }[] = [
  { idEndsWith: 'current-permit', actions: ['change', 'renew', 'extend', 'cancel'] },
  { idEndsWith: 'change-proof', actions: ['change'] },
  { idEndsWith: 'termination-proof', actions: ['cancel'] },
  { idEndsWith: 'loss-report', actions: ['reissue'] },
  { idEndsWith: 'experience', actions: ['issue'] },
  { idEndsWith: 'degree', actions: ['issue'] },
  { idEndsWith: 'criminal-record', actions: ['issue'] },
  { idEndsWith: 'wp-medical', actions: ['issue'] },
  { idEndsWith: 'mat-medical', actions: ['issue'] },
  { idEndsWith: 'family', actions: ['issue'] },
  { idEndsWith: 'accommodation', actions: ['issue', 'change', 'renew', 'extend', 'reissue'] },
  { idEndsWith: 'contract', actions: ['issue', 'change', 'extend'] }
]

/** A cancellation asks for no photo or new medical: only the form, the passport and the permit papers. */
const CANCEL_KEEPS = ['application-form', 'passport', 'current-permit', 'termination-proof']

const PERMIT_ACTIONS: readonly string[] = ['issue', 'change', 'renew', 'extend', 'cancel', 'reissue']
const ruleFor = (material: Material) => ACTION_MATERIAL_RULES.find((r) => material.id.endsWith(r.idEndsWith))

/** Whether a material is asked for this action (rules apply to permit actions; register / review / apply take all). */
export function materialAppliesTo(material: Material, action: MatterAction | string): boolean {
  if (!PERMIT_ACTIONS.includes(action)) return true
  if (action === 'cancel' && !CANCEL_KEEPS.some((k) => material.id.endsWith(k))) return false
  const rule = ruleFor(material)
  return rule ? rule.actions.includes(action as MatterAction) : true
}

/** Talent certification: proof ids carry their criterion ('bh-tc-c1-...'); other materials apply to all. */
export function materialFitsCriterion(material: Material, criterion: string | undefined): boolean {
  const match = /-(c\d)-/.exec(material.id)
  if (!match) return true
  return criterion ? match[1] === criterion : false
}

/**
 * Documents that are the same paper whichever matter lists them, even under different ids
 * ('gs-mat-passport' for the work permit, 'gs-mat-rp-passport' for the residence permit). Application forms,
 * copies and matter-specific letters are never merged. (assumption: a photo meeting the exit-entry standard
 * also serves the work permit; Beihai 2020 promises "same material collected once")
 */
export const SHARED_DOCUMENTS = ['passport', 'photo', 'medical', 'criminal-record', 'contract', 'degree'] as const

/** The key two listings of one document share: 'doc:passport', or the material's own id. */
export function documentKey(material: Pick<Material, 'id'>): string {
  const shared = SHARED_DOCUMENTS.find((d) => material.id === d || material.id.endsWith(`-${d}`))
  return shared ? `doc:${shared}` : material.id
}

/**
 * The de-duplicated checklist for the chosen matters: each material once, in first-seen order, with every
 * matter it serves. Optional materials stay on the list marked not required.
 */
export function materialChecklist(chosen: readonly ChosenMatter[], opts: { criterion?: string } = {}): ChecklistItem[] {
  const byId = new Map<string, ChecklistItem>()
  for (const { matter, action, materials } of chosen) {
    for (const material of materials) {
      if (!materialAppliesTo(material, action)) continue
      if (matter.kind === 'talent_certification' && !materialFitsCriterion(material, opts.criterion)) continue
      // A condition already settled by the action or the criterion is no longer a condition.
      const conditional = !!material.condition && !/-(c\d)-/.test(material.id) && !(PERMIT_ACTIONS.includes(action) && ruleFor(material))
      const required = material.required && !conditional
      const key = documentKey(material)
      const existing = byId.get(key)
      if (existing) {
        if (!existing.matterIds.includes(matter.id)) existing.matterIds.push(matter.id)
        if (!existing.materialIds.includes(material.id)) existing.materialIds.push(material.id)
        existing.required = existing.required || required
        existing.conditional = existing.conditional && conditional
        // The stricter rule: a sourced rule (a requirement) over advice, any rule over none.
        const mine = existing.material
        if ((material.validitySource && !mine.validitySource) || (material.validity && !mine.validity)) {
          existing.material = { ...mine, validity: material.validity, validitySource: material.validitySource }
        }
      } else {
        byId.set(key, { material, materialIds: [material.id], matterIds: [matter.id], required, conditional })
      }
    }
  }
  return [...byId.values()]
}

/** How many materials the user hands in, against how many the matters list separately. */
export function savedByDeduplication(checklist: readonly ChecklistItem[]): number {
  return checklist.reduce((n, item) => n + item.matterIds.length - 1, 0)
}

// ---- File and document-date checks -------------------------------------------------------------

export const ACCEPTED_MIME_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024
/** Photos, criminal-record and medical certificates: issued within; passports: valid for at least. */
export const VALIDITY_MONTHS = 6

export type FileProblem = 'file.type' | 'file.tooLarge' | 'file.empty'

const MIME_BY_EXTENSION: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', pdf: 'application/pdf' }

/** The mime type from what the platform gives: H5 knows it ('image/png'); weapp only says 'image' and the path has an extension. */
export function guessMime(fileType: string | undefined, pathOrName: string): string {
  if (fileType && fileType.includes('/')) return fileType.toLowerCase()
  const ext = /\.([a-z0-9]+)(?:\?.*)?$/i.exec(pathOrName)?.[1]?.toLowerCase() ?? ''
  return MIME_BY_EXTENSION[ext] ?? (fileType ? `${fileType}/unknown` : 'application/octet-stream')
}

export function checkFile(file: { mime: string; size: number }): FileProblem | null {
  if (!(ACCEPTED_MIME_TYPES as readonly string[]).includes(file.mime)) return 'file.type'
  // Written so that a size that is no number (NaN) counts as empty instead of passing every comparison.
  if (!(file.size > 0)) return 'file.empty'
  if (file.size > MAX_UPLOAD_BYTES) return 'file.tooLarge'
  return null
}

export type DateProblem = 'date.required' | 'date.invalid' | 'date.issuedTooLongAgo' | 'date.expiresTooSoon' | 'date.future'

/**
 * A document date against its material's validity rule. 'error' stops the form: no date, no real day, a
 * future issue date, or a rule a seed states (`validitySource`, e.g. Gansu's photo within 6 months). A rule
 * no seed states (passport valid 6 more months, criminal-record and medical certificates issued within 6
 * months, most photos) is 'advice': shown with its source ("not in the region's documents: general
 * practice"), and the user may go on.
 */
export interface DocumentDateCheck {
  code: DateProblem
  level: 'error' | 'advice'
  /** For a sourced rule: the seed and where in it. */
  source?: Material['validitySource']
}

export function documentDateCheck(
  material: Pick<Material, 'validity' | 'validitySource'>,
  date: string | null | undefined,
  today: string
): DocumentDateCheck | null {
  const code = checkDocumentDate(material.validity, date, today)
  if (!code) return null
  const ruleOnly = code === 'date.issuedTooLongAgo' || code === 'date.expiresTooSoon'
  if (!ruleOnly) return { code, level: 'error' }
  return material.validitySource ? { code, level: 'error', source: material.validitySource } : { code, level: 'advice' }
}

/** The document date asked for a material with a validity rule: its issue date, or for a passport its expiry. */
export function checkDocumentDate(validity: Material['validity'], date: string | null | undefined, today: string): DateProblem | null {
  if (!validity) return null
  if (!date) return 'date.required'
  // The date is typed: one that names no day ('2026-02-30', half typed) is said to be so, not judged too old or future.
  if (!isValidDate(date)) return 'date.invalid'
  if (validity === 'issued_within_6_months') {
    if (toDayNumber(date) > toDayNumber(today)) return 'date.future'
    return isIssuedWithin(date, VALIDITY_MONTHS, today) ? null : 'date.issuedTooLongAgo'
  }
  return isValidFor(date, VALIDITY_MONTHS, today) ? null : 'date.expiresTooSoon'
}
