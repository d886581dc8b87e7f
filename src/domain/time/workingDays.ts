/**
 * Working days (工作日) on the State Council's holiday calendar, including adjusted working weekends (调休).
 *
 * The calendar comes from chinese-days' JSON data only (its JS entry breaks the Taro build and carries
 * lunar-calendar code we do not need), the years from 2020 on (`./calendarYears`). Each map is 'YYYY-MM-DD' -> 'English,中文,n'; `holidays` holds every
 * day off of a holiday period (weekends inside it included), `workdays` the weekends made working days.
 *
 * Years the data does not cover are counted Monday-Friday and flagged provisional: the State Council
 * publishes each year's calendar around November of the year before. (Known gap we accept: next year's
 * notice can still move days at the very end of the last covered year, as New Year 2024 did with 2023-12-30.)
 */
import { calendar, type CalendarData } from './calendarYears'
import { addDays, toDayNumber, isoWeekday, yearOf, type IsoDate } from './beijing'

export interface HolidayName {
  en: string
  zh: string
}

function parseName(entry: string): HolidayName {
  const [en, zh] = entry.split(',')
  return { en, zh }
}

function coveredYears(data: CalendarData): { first: number; last: number } {
  const years = [...Object.keys(data.holidays), ...Object.keys(data.workdays)].map((d) => Number(d.slice(0, 4)))
  return { first: Math.min(...years), last: Math.max(...years) }
}

const COVERED = coveredYears(calendar)
/** First and last year with a published calendar in the data (2020 and 2026 with chinese-days 1.5.7). */
export const FIRST_PUBLISHED_YEAR = COVERED.first
export const LAST_PUBLISHED_YEAR = COVERED.last

/**
 * True when the date's year has no published calendar in our data, so working-day results are a guess
 * (weekdays only). Years before the data are unknown too and flagged the same way.
 */
export function isProvisional(date: IsoDate): boolean {
  const year = yearOf(date)
  return year > LAST_PUBLISHED_YEAR || year < FIRST_PUBLISHED_YEAR
}

function lookup(map: Record<string, string>, date: IsoDate): string | undefined {
  toDayNumber(date) // validates, so only real dates ever index the map
  return Object.prototype.hasOwnProperty.call(map, date) ? map[date] : undefined
}

/** The public holiday a date belongs to (weekend days inside a holiday period included), or null. */
export function publicHolidayOn(date: IsoDate): HolidayName | null {
  const entry = lookup(calendar.holidays, date)
  return entry === undefined ? null : parseName(entry)
}

export function isPublicHoliday(date: IsoDate): boolean {
  return publicHolidayOn(date) !== null
}

/** The holiday a weekend day was made a working day for (调休), or null. */
export function adjustedWorkingDayFor(date: IsoDate): HolidayName | null {
  const entry = lookup(calendar.workdays, date)
  return entry === undefined ? null : parseName(entry)
}

export function isAdjustedWorkingDay(date: IsoDate): boolean {
  return adjustedWorkingDayFor(date) !== null
}

export function isWeekend(date: IsoDate): boolean {
  return isoWeekday(date) >= 6
}

export function isWorkingDay(date: IsoDate): boolean {
  if (isPublicHoliday(date)) return false
  if (isAdjustedWorkingDay(date)) return true
  return !isWeekend(date)
}

/**
 * The n-th working day after `startDate`: counting starts the day after (the acceptance day itself never
 * counts, whether or not it is a working day). n = 0 gives `startDate` back.
 */
export function addWorkingDays(startDate: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number >= 0: ${n}`)
  let date = startDate
  for (let counted = 0; counted < n;) {
    date = addDays(date, 1)
    if (isWorkingDay(date)) counted++
  }
  return date
}

/**
 * Working days in (a, b]: a itself excluded, b included, the same convention as addWorkingDays, so
 * workingDaysBetween(a, addWorkingDays(a, n)) === n. Negative when b is before a.
 */
export function workingDaysBetween(a: IsoDate, b: IsoDate): number {
  const from = toDayNumber(a)
  const to = toDayNumber(b)
  if (to < from) return -workingDaysBetween(b, a)
  let count = 0
  for (let date = addDays(a, 1), day = from + 1; day <= to; day++, date = addDays(date, 1)) {
    if (isWorkingDay(date)) count++
  }
  return count
}

export interface DueDate {
  date: IsoDate
  /** Some day in the span falls in a year without a published calendar: the date may still move. */
  provisional: boolean
}

/** Due date `workingDays` working days after `startDate` (counting from the day after). */
export function dueDate(startDate: IsoDate, workingDays: number): DueDate {
  const date = addWorkingDays(startDate, workingDays)
  return { date, provisional: isProvisional(startDate) || isProvisional(date) }
}
