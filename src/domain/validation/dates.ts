/**
 * Calendar dates as 'YYYY-MM-DD' strings. Arithmetic runs on UTC day numbers, so the device's time zone
 * never shifts a date (a phone may be set to the applicant's home zone; dates are Beijing calendar dates).
 */
import { invalid, valid, type ValidationResult } from './result'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

export interface CalendarDate {
  year: number
  month: number
  day: number
}

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
}

/** Strict: '2024-02-30', '2024-2-3' and '2024-02-03T00:00' are all rejected (null). */
export function parseDate(value: string): CalendarDate | null {
  const match = ISO_DATE.exec(value.trim())
  if (!match) return null
  const [year, month, day] = match.slice(1).map(Number)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  return { year, month, day }
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0')

export function formatDate({ year, month, day }: CalendarDate): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

export function isValidDate(value: string): boolean {
  return parseDate(value) !== null
}

function requireDate(value: string, name: string): CalendarDate {
  const date = parseDate(value)
  if (!date) throw new RangeError(`${name} must be a 'YYYY-MM-DD' date, got ${JSON.stringify(value)}`)
  return date
}

/** Days since 1970-01-01, independent of any time zone. */
export function toDayNumber(value: string): number {
  const { year, month, day } = requireDate(value, 'date')
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return Math.round(date.getTime() / MS_PER_DAY)
}

/** Adds (or with a negative count subtracts) calendar months; the day is clamped (08-31 - 6 months = 02-28/29). */
export function addMonths(value: string, months: number): string {
  const { year, month, day } = requireDate(value, 'date')
  const monthIndex = year * 12 + (month - 1) + months
  const targetYear = Math.floor(monthIndex / 12)
  const targetMonth = (monthIndex % 12) + 1
  return formatDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) })
}

/** Whole years from birth to `today`; someone born on 29 February turns a year older on 1 March in common years. */
export function ageOn(birthDate: string, today: string): number {
  const birth = requireDate(birthDate, 'birthDate')
  const now = requireDate(today, 'today')
  const hadBirthday = now.month > birth.month || (now.month === birth.month && now.day >= birth.day)
  return now.year - birth.year - (hadBirthday ? 0 : 1)
}

function checkDate(value: string): ValidationResult<string> {
  const trimmed = value.trim()
  if (trimmed === '') return invalid('date.required')
  return parseDate(trimmed) ? valid(trimmed) : invalid('date.invalid')
}

export interface AgeRange {
  minAge: number
  maxAge: number
}

/** Any person, a newborn child included. Applicants: pass APPLICANT_AGE_RANGE. */
export const DEFAULT_AGE_RANGE: AgeRange = { minAge: 0, maxAge: 120 }
export const APPLICANT_AGE_RANGE: AgeRange = { minAge: 18, maxAge: 100 }

export function validateBirthDate(
  date: string,
  today: string,
  { minAge, maxAge }: AgeRange = DEFAULT_AGE_RANGE
): ValidationResult<string> {
  const checked = checkDate(date)
  if (!checked.ok) return checked
  if (toDayNumber(checked.value) > toDayNumber(today)) return invalid('date.future')
  const age = ageOn(checked.value, today)
  if (age < minAge || age > maxAge) return invalid('date.ageOutOfRange', { min: minAge, max: maxAge })
  return checked
}

/** `from` must come before `to` (or be the same day when allowSameDay). */
export function validateDateRange(
  from: string,
  to: string,
  { allowSameDay = false }: { allowSameDay?: boolean } = {}
): ValidationResult<{ from: string; to: string }> {
  const start = checkDate(from)
  if (!start.ok) return start
  const end = checkDate(to)
  if (!end.ok) return end
  const gap = toDayNumber(end.value) - toDayNumber(start.value)
  if (gap < 0 || (gap === 0 && !allowSameDay)) return invalid('date.rangeOrder')
  return valid({ from: start.value, to: end.value })
}

/** Issued (or taken, for a photo) no later than today and no earlier than the same day `months` ago. */
export function isIssuedWithin(date: string, months: number, today: string): boolean {
  if (!isValidDate(date)) return false
  const issued = toDayNumber(date)
  return issued <= toDayNumber(today) && issued >= toDayNumber(addMonths(today, -months))
}

/** Still valid on the same day `months` from today (the expiry date itself is a valid day). */
export function isValidFor(expiry: string, months: number, today: string): boolean {
  if (!isValidDate(expiry)) return false
  return toDayNumber(expiry) >= toDayNumber(addMonths(today, months))
}

export function validateIssuedWithin(date: string, months: number, today: string): ValidationResult<string> {
  const checked = checkDate(date)
  if (!checked.ok) return checked
  if (toDayNumber(checked.value) > toDayNumber(today)) return invalid('date.future')
  if (!isIssuedWithin(checked.value, months, today)) return invalid('date.issuedTooLongAgo', { months })
  return checked
}

export function validateValidFor(expiry: string, months: number, today: string): ValidationResult<string> {
  const checked = checkDate(expiry)
  if (!checked.ok) return checked
  if (toDayNumber(checked.value) < toDayNumber(today)) return invalid('date.expired')
  if (!isValidFor(checked.value, months, today)) return invalid('date.expiresTooSoon', { months })
  return checked
}
