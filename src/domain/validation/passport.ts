/**
 * Passport numbers and MRZ check digits (ICAO Doc 9303, Part 3 §4.9).
 * A typed passport number holds only A-Z and 0-9, at most 9 characters; the '<' filler exists only
 * inside the machine-readable zone, where a shorter number is padded to 9 with '<'.
 */
import { invalid, valid, type ValidationResult } from './result'
import { asciiUpperCase, compact } from './text'

export const PASSPORT_NUMBER_MAX_LENGTH = 9

const MRZ_WEIGHTS = [7, 3, 1] as const
const MRZ_CHAR = /^[0-9A-Z<]*$/

/** ICAO value of one MRZ character: digits as themselves, A=10 ... Z=35, filler '<' = 0. */
function mrzValue(ch: string): number {
  if (ch >= '0' && ch <= '9') return ch.charCodeAt(0) - 48
  if (ch >= 'A' && ch <= 'Z') return ch.charCodeAt(0) - 55
  if (ch === '<') return 0
  // The message never repeats the input: it may be (part of) a passport number and end up in a log.
  throw new RangeError('Not an MRZ character')
}

/**
 * The 7-3-1 check digit over an MRZ field (or a composite of fields).
 * Throws RangeError on a character the MRZ cannot hold (lower case included: the MRZ is upper case).
 */
export function mrzCheckDigit(field: string): number {
  if (!MRZ_CHAR.test(field)) throw new RangeError(`Not an MRZ field (${field.length} characters)`)
  let sum = 0
  for (let i = 0; i < field.length; i++) sum += mrzValue(field[i]) * MRZ_WEIGHTS[i % 3]
  return sum % 10
}

/** Trim, upper-case, drop spaces (including full-width ones typed by Chinese input methods). */
export function normalizePassportNumber(value: string): string {
  return asciiUpperCase(compact(value))
}

/** The 9-character MRZ document-number field: the number padded with '<'. */
export function passportNumberMrzField(normalized: string): string {
  return normalized.padEnd(PASSPORT_NUMBER_MAX_LENGTH, '<')
}

/**
 * Validates a typed passport number and, when the check digit from the MRZ is given, that they match.
 * Returns the normalised number.
 */
export function validatePassportNumber(value: string, checkDigit?: string | number): ValidationResult<string> {
  const normalized = normalizePassportNumber(value)
  if (normalized === '') return invalid('passport.empty')
  if (!/^[A-Z0-9]+$/.test(normalized)) return invalid('passport.badChars')
  if (normalized.length > PASSPORT_NUMBER_MAX_LENGTH)
    return invalid('passport.tooLong', { max: PASSPORT_NUMBER_MAX_LENGTH })
  if (checkDigit !== undefined) {
    const given = String(checkDigit).trim()
    const expected = mrzCheckDigit(passportNumberMrzField(normalized))
    if (given !== String(expected)) return invalid('passport.checkDigit')
  }
  return valid(normalized)
}

/**
 * Masks a passport number for display (passport data is sensitive: shown masked by default).
 * Long numbers keep 2 characters at each end ('E1234567' -> 'E1****67'); shorter ones keep 1,
 * so at least half is always hidden; 3 characters or fewer are hidden entirely.
 */
export function maskPassport(value: string): string {
  const n = normalizePassportNumber(value)
  const keep = n.length >= 8 ? 2 : n.length >= 4 ? 1 : 0
  if (keep === 0) return '*'.repeat(n.length)
  return n.slice(0, keep) + '*'.repeat(n.length - 2 * keep) + n.slice(-keep)
}
