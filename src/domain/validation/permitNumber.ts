/** Foreigner's Work Permit numbers (外国人工作许可证号): 18 digits. */
import { invalid, valid, type ValidationResult } from './result'
import { compact } from './text'

export const PERMIT_NUMBER_LENGTH = 18

/** Drops spaces and the hyphens people add when copying a number in groups. */
export function normalizePermitNumber(value: string): string {
  return compact(value).replace(/-/g, '')
}

export function validatePermitNumber(value: string): ValidationResult<string> {
  const normalized = normalizePermitNumber(value)
  if (normalized === '') return invalid('permitNumber.empty')
  if (!/^\d+$/.test(normalized)) return invalid('permitNumber.notDigits')
  if (normalized.length !== PERMIT_NUMBER_LENGTH)
    return invalid('permitNumber.length', { length: PERMIT_NUMBER_LENGTH, actual: normalized.length })
  return valid(normalized)
}
