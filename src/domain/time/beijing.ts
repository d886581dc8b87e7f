/**
 * Beijing calendar dates and clock times, whatever the device's time zone.
 *
 * Deadlines and office hours are Beijing facts; the applicant's phone may be set to a home time zone.
 * So nothing here reads the local zone: instants are shifted by the fixed UTC+8 offset (China has had
 * no daylight saving since 1991) and read back with the getUTC* accessors, and calendar dates are plain
 * 'YYYY-MM-DD' strings handled as whole day numbers.
 */

/** A Beijing calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

export interface BeijingTime {
  date: IsoDate
  /** 'HH:mm', 24-hour. */
  hhmm: string
  /** Minutes since Beijing midnight, 0..1439. */
  minutes: number
  isoWeekday: IsoWeekday
}

const MS_PER_MINUTE = 60_000
const MS_PER_DAY = 86_400_000
export const BEIJING_UTC_OFFSET_MINUTES = 8 * 60
const BEIJING_OFFSET_MS = BEIJING_UTC_OFFSET_MINUTES * MS_PER_MINUTE

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/

const pad2 = (n: number): string => String(n).padStart(2, '0')

/** True for a real calendar date written 'YYYY-MM-DD' (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const probe = new Date(Date.UTC(y, mo - 1, d))
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d
}

/** Days since 1970-01-01 for a date string; throws on malformed input so bad data fails loudly. */
export function toDayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`)
  const [y, mo, d] = date.split('-').map(Number)
  return Date.UTC(y, mo - 1, d) / MS_PER_DAY
}

export function fromDayNumber(day: number): IsoDate {
  const t = new Date(day * MS_PER_DAY)
  return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`
}

/** The Beijing calendar date (UTC+8) of an instant. */
export function beijingDate(ms: number): IsoDate {
  return fromDayNumber(Math.floor((ms + BEIJING_OFFSET_MS) / MS_PER_DAY))
}

/** Today's Beijing date; `now` is injectable for tests. */
export function beijingToday(now: number = Date.now()): IsoDate {
  return beijingDate(now)
}

export function beijingTime(ms: number): BeijingTime {
  const shifted = ms + BEIJING_OFFSET_MS
  const day = Math.floor(shifted / MS_PER_DAY)
  const minutes = Math.floor((shifted - day * MS_PER_DAY) / MS_PER_MINUTE)
  const date = fromDayNumber(day)
  return { date, hhmm: minutesToHhmm(minutes), minutes, isoWeekday: isoWeekday(date) }
}

/** The instant of a Beijing wall-clock time (default midnight) on a Beijing date. */
export function beijingInstant(date: IsoDate, hhmm = '00:00'): number {
  return toDayNumber(date) * MS_PER_DAY + hhmmToMinutes(hhmm) * MS_PER_MINUTE - BEIJING_OFFSET_MS
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days)
}

/** Negative, zero or positive, like a sort comparator. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(toDayNumber(a) - toDayNumber(b))
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function diffDays(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from)
}

export function isoWeekday(date: IsoDate): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  const dow = (((toDayNumber(date) + 3) % 7) + 7) % 7
  return (dow + 1) as IsoWeekday
}

export function yearOf(date: IsoDate): number {
  toDayNumber(date) // validates
  return Number(date.slice(0, 4))
}

export function hhmmToMinutes(hhmm: string): number {
  const m = HHMM.exec(hhmm)
  // '24:00' is accepted as the end of the day so a period may run to midnight.
  if (!m) {
    if (hhmm === '24:00') return 24 * 60
    throw new RangeError(`Not a time (HH:mm): ${hhmm}`)
  }
  return Number(m[1]) * 60 + Number(m[2])
}

export function minutesToHhmm(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`
}
