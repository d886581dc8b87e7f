/** The school-admission form (annex 3): checks a draft and turns it into the `school.apply` body. */
import type { ValidationCode } from '@/domain/validation/result'
import { validatePassportNumber } from '@/domain/validation/passport'
import { validatePhone } from '@/domain/validation/phone'
import type { SchoolDraft } from './schoolDraft'

export type SchoolFormErrors = Record<string, { code: ValidationCode; params?: Record<string, string | number> }>

const BIRTH_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

export function validateSchoolDraft(draft: SchoolDraft, today: string): SchoolFormErrors {
  const errors: SchoolFormErrors = {}
  const required = (path: string, value: string) => {
    if (!value.trim()) errors[path] = { code: 'field.required' }
  }
  const p = draft.parent
  required('parent.name', p.name)
  if (!p.sex) errors['parent.sex'] = { code: 'choice.required' }
  const passport = validatePassportNumber(p.passportNumber)
  if (!passport.ok) errors['parent.passportNumber'] = { code: passport.code, ...(passport.params ? { params: { ...passport.params } } : {}) }
  required('parent.employer', p.employer)
  required('parent.position', p.position)
  const phone = validatePhone(p.phone)
  if (!phone.ok) errors['parent.phone'] = { code: phone.code }
  required('parent.employerAddress', p.employerAddress)
  required('parent.homeAddress', p.homeAddress)
  draft.children.forEach((c, i) => {
    required(`children.${i}.name`, c.name)
    if (!c.sex) errors[`children.${i}.sex`] = { code: 'choice.required' }
    if (!c.birthMonth.trim()) errors[`children.${i}.birthMonth`] = { code: 'date.required' }
    else if (!BIRTH_MONTH.test(c.birthMonth.trim())) errors[`children.${i}.birthMonth`] = { code: 'date.invalid' }
    else if (c.birthMonth.trim() > today.slice(0, 7)) errors[`children.${i}.birthMonth`] = { code: 'date.future' }
    required(`children.${i}.schoolApplied`, c.schoolApplied)
    required(`children.${i}.gradeApplied`, c.gradeApplied)
  })
  return errors
}

export function schoolApplyBody(draft: SchoolDraft) {
  const p = draft.parent
  return {
    passportNumber: p.passportNumber.trim(),
    parent: {
      name: p.name.trim(),
      sex: p.sex as 'female' | 'male',
      passportMasked: '',
      employer: p.employer.trim(),
      position: p.position.trim(),
      phone: p.phone.trim(),
      employerAddress: p.employerAddress.trim(),
      homeAddress: p.homeAddress.trim()
    },
    children: draft.children.map((c) => ({
      name: c.name.trim(),
      sex: c.sex as 'female' | 'male',
      birthMonth: c.birthMonth.trim(),
      currentSchool: c.currentSchool.trim(),
      currentGrade: c.currentGrade.trim(),
      schoolApplied: c.schoolApplied.trim(),
      gradeApplied: c.gradeApplied.trim()
    })),
    materialUploadIds: draft.uploads.map((u) => u.id)
  }
}
