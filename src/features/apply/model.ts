/**
 * Glue between a draft and the domain: which fields and steps the draft asks, its materials checklist,
 * the request body, and how field errors map onto steps. No Taro, no React.
 */
import type { CreateCaseBody, Employee, Employer } from '@/api'
import { fieldsFor, validateCaseForm, FIELDS, type FieldDef, type FormErrors } from '@/domain/forms/caseForm'
import { documentDateCheck, materialChecklist, type ChecklistItem, type ChosenMatter } from '@/domain/forms/materials'
import { materialsOf } from '@/content/regions/materials'
import { regionRegistry } from '@/features/regions'
import type { RegionRegistry } from '@/domain/regions/registry'
import type { MatterKind } from '@/domain/regions/schema'
import type { Draft } from './draftStore'

export type StepId = 'person' | 'passport' | 'work' | 'materials' | 'review'

const STEP_OF_SECTION: Record<FieldDef['section'], StepId> = {
  applicant: 'person',
  contact: 'person',
  passport: 'passport',
  job: 'work',
  residence: 'work',
  insurance: 'work',
  title: 'work',
  talent: 'work',
  permit: 'work'
}

/** The employer's contact goes with the employer (annex 1 puts it under the employer), not with the applicant's phone. */
const stepOf = (field: FieldDef): StepId => (field.path.startsWith('contact.employer') ? 'work' : STEP_OF_SECTION[field.section])

/** Sections HR may hand to the applicant (the applicant's own data). */
export const DELEGABLE_SECTIONS = ['applicant', 'passport'] as const

export interface DraftModel {
  matters: ChosenMatter[]
  fields: FieldDef[]
  steps: { id: StepId; fields: FieldDef[] }[]
  checklist: ChecklistItem[]
}

function mattersOf(registry: RegionRegistry, draft: Pick<Draft, 'regionId' | 'matters'>): ChosenMatter[] {
  return draft.matters.flatMap((ref) => {
    const matter = registry.matter(draft.regionId, ref.matterId)
    return matter ? [{ matter, action: ref.action, materials: materialsOf(draft.regionId, ref.matterId) }] : []
  })
}

const draftModelMatters = (draft: Pick<Draft, 'regionId' | 'matters'>) => mattersOf(regionRegistry, draft)

export function draftModel(registry: RegionRegistry, draft: Pick<Draft, 'regionId' | 'matters' | 'criterion'>): DraftModel {
  const matters = mattersOf(registry, draft)
  const fields = fieldsFor(
    matters.map((m) => m.matter.kind),
    matters.map((m) => m.action)
  )
  const order: StepId[] = ['person', 'passport', 'work']
  const steps: DraftModel['steps'] = order
    .map((id) => ({ id, fields: fields.filter((f) => stepOf(f) === id) }))
    .filter((s) => s.fields.length > 0)
  steps.push({ id: 'materials', fields: [] }, { id: 'review', fields: [] })
  const checklist = materialChecklist(matters, { criterion: draft.criterion ?? undefined })
  return { matters, fields, steps, checklist }
}

export const stepOfField = (model: DraftModel, path: string): number => model.steps.findIndex((s) => s.fields.some((f) => f.path === path))

/** Field errors of the whole form, leaving out sections handed to the applicant. */
export function formErrors(model: DraftModel, draft: Pick<Draft, 'values' | 'delegatedSections'>, today: string): FormErrors {
  const errors = validateCaseForm(
    draft.values,
    model.matters.map((m) => m.matter.kind as MatterKind),
    today,
    model.matters.map((m) => m.action)
  )
  for (const field of model.fields) if (draft.delegatedSections.includes(field.section)) delete errors[field.path]
  return errors
}

export function stepErrors(model: DraftModel, step: number, errors: FormErrors): FormErrors {
  const paths = new Set(model.steps[step]?.fields.map((f) => f.path) ?? [])
  return Object.fromEntries(Object.entries(errors).filter(([path]) => paths.has(path)))
}

/**
 * Problems of the materials: required ones missing and document dates that stop the form (no real date, or
 * outside a validity rule a seed states). Rules no seed states are advice: `materialAdvice`.
 */
export function materialProblems(model: DraftModel, draft: Pick<Draft, 'materials'>, today: string): Record<string, string> {
  const problems: Record<string, string> = {}
  for (const item of model.checklist) {
    const given = draft.materials[item.material.id]
    if (!given || given.uploads.length === 0) {
      if (item.required) problems[item.material.id] = 'material.missing'
      continue
    }
    const check = documentDateCheck(item.material, given.documentDate, today)
    if (check?.level === 'error') problems[item.material.id] = check.code
  }
  return problems
}

/** Document dates outside a validity rule no seed states: shown as advice, never stopping the form. */
export function materialAdvice(model: DraftModel, draft: Pick<Draft, 'materials'>, today: string): Record<string, string> {
  const advice: Record<string, string> = {}
  for (const item of model.checklist) {
    const given = draft.materials[item.material.id]
    if (!given || given.uploads.length === 0) continue
    const check = documentDateCheck(item.material, given.documentDate, today)
    if (check?.level === 'advice') advice[item.material.id] = check.code
  }
  return advice
}

/**
 * The request body. A document standing for several region materials (one passport for two permits) is
 * sent once per material id with the same upload, so the backend knows every matter it serves.
 */
export function createBody(draft: Draft, submit: boolean, checklist?: readonly ChecklistItem[]): CreateCaseBody {
  const items = checklist ?? materialChecklist(draftModelMatters(draft), { criterion: draft.criterion ?? undefined })
  return {
    kind: draft.kind,
    regionId: draft.regionId,
    bundleId: draft.bundleId,
    employeeId: draft.employeeId,
    matters: draft.matters,
    form: Object.fromEntries(Object.entries(draft.values).filter(([, v]) => v !== '')),
    materials: Object.values(draft.materials)
      .filter((m) => m.uploads.length > 0)
      .flatMap((m) =>
        (items.find((i) => i.material.id === m.materialId)?.materialIds ?? [m.materialId]).map((materialId) => ({
          materialId,
          uploadIds: m.uploads.map((u) => u.id),
          documentDate: m.documentDate
        }))
      ),
    delegatedSections: draft.delegatedSections,
    submit
  }
}

/** What the app already knows about the employee and employer: asked again would be a second time. */
export function prefill(employee: Employee, employer: Employer | null, lang: 'zh' | 'en', extra: Record<string, string> = {}): Record<string, string> {
  const values: Record<string, string> = {
    [FIELDS.fullName.path]: employee.name,
    [FIELDS.nationality.path]: employee.nationality,
    [FIELDS.position.path]: employee.position,
    ...extra
  }
  if (employer) {
    values[FIELDS.employerName.path] = employer.name[lang]
    values[FIELDS.employerContact.path] = employer.contactPhone
  }
  if (employee.workPermit) {
    values[FIELDS.permitNumber.path] = employee.workPermit.number
    values[FIELDS.permitValidToCurrent.path] = employee.workPermit.validTo
    values[FIELDS.permitValidTo.path] = employee.workPermit.validTo
  }
  return values
}

/** Which permit's expiry an extension of this matter is measured against. */
export function permitValidTo(employee: Employee, kind: string): string | null {
  if (kind === 'residence_permit') return employee.residencePermit?.validTo ?? null
  if (kind === 'work_permit') return employee.workPermit?.validTo ?? null
  return null
}
