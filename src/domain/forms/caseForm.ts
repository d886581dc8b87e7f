/**
 * The one application form: each matter kind names the fields it needs; a bundle asks the union of its
 * matters' fields, each shared field once. The same rules run in the app (as the user types) and in
 * the backend (which answers with field errors keyed by the same paths).
 */
import type { MatterAction, MatterKind } from '@/domain/regions/schema'
import { validatePassportNumber } from '@/domain/validation/passport'
import { validateNationality } from '@/domain/validation/nationality'
import { validatePhone } from '@/domain/validation/phone'
import { isValidDate, validateBirthDate, validateDateRange } from '@/domain/validation/dates'
import { validateNumber } from '@/domain/validation/numbers'
import { validatePermitNumber } from '@/domain/validation/permitNumber'
import { invalid, valid, type ValidationResult } from '@/domain/validation/result'
import type { IsoDate } from '@/domain/time/beijing'

export type FieldInput = 'text' | 'date' | 'select' | 'number' | 'phone' | 'passport' | 'nationality' | 'textarea' | 'permitNumber'

export interface FieldDef {
  path: string
  section: 'applicant' | 'passport' | 'job' | 'residence' | 'insurance' | 'title' | 'talent' | 'contact' | 'permit'
  input: FieldInput
  options?: readonly string[]
  /** Sensitive personal data: masked in responses and never logged. */
  sensitive?: boolean
}

const F = (path: string, section: FieldDef['section'], input: FieldInput, extra: Partial<FieldDef> = {}): FieldDef => ({
  path,
  section,
  input,
  ...extra
})

export const FIELDS = {
  fullName: F('applicant.fullName', 'applicant', 'text'),
  sex: F('applicant.sex', 'applicant', 'select', { options: ['female', 'male'] }),
  birthDate: F('applicant.birthDate', 'applicant', 'date'),
  nationality: F('applicant.nationality', 'applicant', 'nationality'),
  phone: F('applicant.phone', 'contact', 'phone'),
  passportNumber: F('passport.number', 'passport', 'passport', { sensitive: true }),
  passportExpiry: F('passport.expiry', 'passport', 'date'),
  position: F('job.position', 'job', 'text'),
  contractFrom: F('job.contractFrom', 'job', 'date'),
  contractTo: F('job.contractTo', 'job', 'date'),
  annualSalary10k: F('job.annualSalary10k', 'job', 'number'),
  homeAddress: F('residence.address', 'residence', 'text'),
  insuranceStartMonth: F('insurance.startMonth', 'insurance', 'text'),
  titleSeries: F('title.series', 'title', 'text'),
  talentCriterion: F('talent.criterion', 'talent', 'select', { options: ['c1', 'c2', 'c3', 'c4'] }),
  permitValidTo: F('talent.permitValidTo', 'talent', 'date'),
  employerContact: F('contact.employerPhone', 'contact', 'phone'),
  // Talent certification, annex 1 of the Beihai 2023 measures
  employerName: F('job.employer', 'job', 'text'),
  permitValidFrom: F('talent.permitValidFrom', 'talent', 'date'),
  employerContactName: F('contact.employerName', 'contact', 'text'),
  employerOpinion: F('talent.employerOpinion', 'talent', 'select', { options: ['verified_agree'] }),
  // Change, extension and cancellation of a permit
  permitNumber: F('permit.number', 'permit', 'permitNumber'),
  permitValidToCurrent: F('permit.validTo', 'permit', 'date'),
  changeItem: F('change.item', 'permit', 'select', { options: ['passport', 'position', 'employer_name', 'personal_details', 'other'] }),
  changeDetail: F('change.detail', 'permit', 'textarea'),
  extendTo: F('extend.requestedTo', 'permit', 'date'),
  cancelReason: F('cancel.reason', 'permit', 'select', { options: ['contract_ended', 'resigned', 'dismissed', 'left_china', 'other'] }),
  cancelEndDate: F('cancel.employmentEnded', 'permit', 'date')
} as const

const base = [FIELDS.fullName, FIELDS.sex, FIELDS.birthDate, FIELDS.nationality, FIELDS.passportNumber, FIELDS.passportExpiry, FIELDS.phone]

export const FIELDS_BY_MATTER: Record<MatterKind, readonly FieldDef[]> = {
  work_permit: [...base, FIELDS.position, FIELDS.contractFrom, FIELDS.contractTo, FIELDS.annualSalary10k],
  residence_permit: [...base, FIELDS.position, FIELDS.homeAddress],
  social_insurance: [...base, FIELDS.insuranceStartMonth],
  title_review: [...base, FIELDS.position, FIELDS.titleSeries],
  e_ssc: [...base],
  talent_certification: [
    ...base,
    FIELDS.employerName,
    FIELDS.position,
    FIELDS.talentCriterion,
    FIELDS.permitValidFrom,
    FIELDS.permitValidTo,
    FIELDS.employerContactName,
    FIELDS.employerContact,
    FIELDS.employerOpinion
  ],
  talent_visa: [...base, FIELDS.position]
}

const permitBase = [FIELDS.fullName, FIELDS.nationality, FIELDS.passportNumber, FIELDS.passportExpiry, FIELDS.phone, FIELDS.permitNumber, FIELDS.permitValidToCurrent]

/**
 * Change, extension and cancellation of an existing permit ask for the permit and what is asked of it,
 * not the whole first application again.
 */
export const FIELDS_BY_ACTION: Partial<Record<MatterAction, readonly FieldDef[]>> = {
  change: [...permitBase, FIELDS.position, FIELDS.changeItem, FIELDS.changeDetail],
  extend: [...permitBase, FIELDS.position, FIELDS.contractTo, FIELDS.extendTo],
  cancel: [...permitBase, FIELDS.cancelReason, FIELDS.cancelEndDate]
}

function fieldsOf(kind: MatterKind, action: MatterAction | string | undefined): readonly FieldDef[] {
  // Own entries only: the action comes from a request body, and '__proto__' or 'constructor' must not find Object's.
  const byAction = action && Object.prototype.hasOwnProperty.call(FIELDS_BY_ACTION, action) ? FIELDS_BY_ACTION[action as MatterAction] : undefined
  return byAction && (kind === 'work_permit' || kind === 'residence_permit') ? byAction : FIELDS_BY_MATTER[kind]
}

/**
 * The union of the matters' fields, each path once, in first-seen order. `actions` (same order as `kinds`)
 * picks the change / extend / cancel forms for permits; without it every matter is a first application.
 */
export function fieldsFor(kinds: readonly MatterKind[], actions?: readonly (MatterAction | string)[]): FieldDef[] {
  const seen = new Map<string, FieldDef>()
  kinds.forEach((kind, i) => {
    for (const field of fieldsOf(kind, actions?.[i])) if (!seen.has(field.path)) seen.set(field.path, field)
  })
  return [...seen.values()]
}

export type FormValues = Record<string, unknown>
export type FormErrors = Record<string, { code: string; params?: Record<string, string | number> }>

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '')

function checkField(field: FieldDef, raw: unknown, today: IsoDate): ValidationResult<unknown> {
  const value = text(raw)
  if (!value) return invalid('field.required')
  switch (field.input) {
    case 'passport':
      return validatePassportNumber(value)
    case 'nationality':
      return validateNationality(value)
    case 'phone':
      return validatePhone(value)
    case 'permitNumber':
      return validatePermitNumber(value)
    case 'date':
      // A real calendar day, not just its shape: '2031-02-30' would otherwise reach the officer as a passport expiry.
      if (!isValidDate(value)) return invalid('date.invalid')
      return field.path === FIELDS.birthDate.path ? validateBirthDate(value, today) : valid(value)
    case 'number':
      // The shared number rules (decimal notation, full-width digits, not negative), so '1e3' or '0x10' is no salary here either.
      return validateNumber(value, { min: 0, max: Number.POSITIVE_INFINITY })
    case 'select':
      return field.options?.includes(value) ? valid(value) : invalid('field.invalid')
    default:
      return value.length > (field.input === 'textarea' ? 2000 : 200) ? invalid('field.tooLong') : valid(value)
  }
}

/** Field errors for the given matters; an empty object means the form can be submitted. */
export function validateCaseForm(
  values: FormValues,
  kinds: readonly MatterKind[],
  today: IsoDate,
  actions?: readonly (MatterAction | string)[]
): FormErrors {
  const errors: FormErrors = {}
  const fields = fieldsFor(kinds, actions)
  const asked = new Set(fields.map((f) => f.path))
  for (const field of fields) {
    const result = checkField(field, values[field.path], today)
    if (!result.ok) errors[field.path] = { code: result.code, ...(result.params ? { params: { ...result.params } } : {}) }
  }
  const from = text(values[FIELDS.contractFrom.path])
  const to = text(values[FIELDS.contractTo.path])
  // Compared only when both ends are dates: a bad start is reported on the start alone, not on a valid end too.
  if (asked.has(FIELDS.contractFrom.path) && from && to && !errors[FIELDS.contractTo.path] && !errors[FIELDS.contractFrom.path]) {
    const range = validateDateRange(from, to)
    if (!range.ok) errors[FIELDS.contractTo.path] = { code: range.code }
  }
  const validFrom = text(values[FIELDS.permitValidFrom.path])
  const validTo = text(values[FIELDS.permitValidTo.path])
  if (asked.has(FIELDS.permitValidFrom.path) && validFrom && validTo && !errors[FIELDS.permitValidTo.path] && !errors[FIELDS.permitValidFrom.path]) {
    const range = validateDateRange(validFrom, validTo)
    if (!range.ok) errors[FIELDS.permitValidTo.path] = { code: range.code }
  }
  const current = text(values[FIELDS.permitValidToCurrent.path])
  const requested = text(values[FIELDS.extendTo.path])
  if (asked.has(FIELDS.extendTo.path) && current && requested && !errors[FIELDS.extendTo.path] && !errors[FIELDS.permitValidToCurrent.path]) {
    const range = validateDateRange(current, requested)
    if (!range.ok) errors[FIELDS.extendTo.path] = { code: range.code }
  }
  return errors
}
