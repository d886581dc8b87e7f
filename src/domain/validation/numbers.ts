/** Numbers typed into form fields: '45', ' 7.5 ', '４５' (full-width), or a number from a picker. */
import { invalid, valid, type ValidationResult } from './result'
import { asText, compact } from './text'

export interface NumberRule {
  min: number
  max: number
  /** Whole numbers only (HSK level, age). */
  integer?: boolean
}

/** Plain decimal notation only: '1e3', '0x10', '4,5' and '45%' are not what a person means to type. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/

export function validateNumber(raw: unknown, { min, max, integer = false }: NumberRule): ValidationResult<number> {
  const text = compact(asText(raw))
  if (text === '') return invalid('number.required')
  if (!DECIMAL.test(text)) return invalid('number.notNumber')
  const value = Number(text)
  if (!Number.isFinite(value)) return invalid('number.notNumber')
  if (value < 0 && min >= 0) return invalid('number.negative')
  if (integer && !Number.isInteger(value)) return invalid('number.notInteger')
  if (value < min || value > max) return invalid('number.outOfRange', { min, max })
  return valid(value)
}
