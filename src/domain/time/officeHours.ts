/**
 * "Open now / lunch break / closed, opens at ..." for an office, in Beijing time whatever the device zone.
 * Hours are region data (see regions/schema.ts `Hours`); lunch breaks are the gaps between periods.
 */
import { addDays, beijingTime, hhmmToMinutes, minutesToHhmm, isoWeekday, type IsoDate } from './beijing'
import { isAdjustedWorkingDay, publicHolidayOn, type HolidayName } from './workingDays'

/** Structurally the same as regions/schema.ts `Hours` (which it accepts), without the zod dependency. */
export interface OfficeHours {
  /** ISO weekday 1 = Monday ... 7 = Sunday. */
  weekdays: readonly number[]
  periods: readonly { from: string; to: string }[]
  /** Closed on public holidays. Defaults to true. */
  followsWorkingDayCalendar?: boolean
  /** Open on the State Council's adjusted working weekends (调休) only where the office's document says so. */
  openOnAdjustedWorkingDays?: boolean
}

export interface Opening {
  date: IsoDate
  hhmm: string
}

export type OfficeStatus =
  | { state: 'open'; closesAt: string }
  | { state: 'lunch'; opensAt: Opening | null; reason: 'lunch_break' }
  | {
      state: 'closed'
      opensAt: Opening | null
      /** 'weekend': not a service day; 'after_hours': a service day, outside its periods (before or after). */
      reason: 'holiday' | 'weekend' | 'after_hours'
      /** Set when reason is 'holiday'. */
      holiday?: HolidayName
    }

/** How far ahead to look for the next opening; the longest holiday period (Spring Festival) is ~9 days. */
export const NEXT_OPENING_LOOKAHEAD_DAYS = 30

interface MinutePeriod {
  from: number
  to: number
}

/** Periods in minutes, sorted, with touching or overlapping ones merged (so "closes at" is the real close). */
function periodsInMinutes(hours: OfficeHours): MinutePeriod[] {
  const sorted = hours.periods
    .map((p) => ({ from: hhmmToMinutes(p.from), to: hhmmToMinutes(p.to) }))
    .filter((p) => p.to > p.from)
    .sort((a, b) => a.from - b.from)
  const merged: MinutePeriod[] = []
  for (const p of sorted) {
    const last = merged[merged.length - 1]
    if (last && p.from <= last.to) last.to = Math.max(last.to, p.to)
    else merged.push({ ...p })
  }
  return merged
}

type ClosedDay = { reason: 'holiday'; holiday: HolidayName } | { reason: 'weekend' }

/** Why the office is shut all day on `date`, or null if it is a service day. */
function closedDay(date: IsoDate, hours: OfficeHours): ClosedDay | null {
  const followsCalendar = hours.followsWorkingDayCalendar ?? true
  if (followsCalendar) {
    const holiday = publicHolidayOn(date)
    if (holiday) return { reason: 'holiday', holiday }
    if (hours.openOnAdjustedWorkingDays && isAdjustedWorkingDay(date)) return null
  }
  return hours.weekdays.includes(isoWeekday(date)) ? null : { reason: 'weekend' }
}

export function isServiceDay(date: IsoDate, hours: OfficeHours): boolean {
  return closedDay(date, hours) === null
}

/** First opening on a day after `date`, within the lookahead window. */
export function nextOpeningAfter(date: IsoDate, hours: OfficeHours): Opening | null {
  const first = periodsInMinutes(hours)[0]
  if (!first) return null
  for (let i = 1; i <= NEXT_OPENING_LOOKAHEAD_DAYS; i++) {
    const day = addDays(date, i)
    if (isServiceDay(day, hours)) return { date: day, hhmm: minutesToHhmm(first.from) }
  }
  return null
}

export function officeStatus(hours: OfficeHours, nowMs: number): OfficeStatus {
  const { date, minutes } = beijingTime(nowMs)
  const shut = closedDay(date, hours)
  if (shut) return { state: 'closed', opensAt: nextOpeningAfter(date, hours), ...shut }

  const periods = periodsInMinutes(hours)
  const current = periods.find((p) => p.from <= minutes && minutes < p.to)
  if (current) return { state: 'open', closesAt: minutesToHhmm(current.to) }

  const later = periods.find((p) => p.from > minutes)
  if (!later) return { state: 'closed', opensAt: nextOpeningAfter(date, hours), reason: 'after_hours' }

  const opensAt = { date, hhmm: minutesToHhmm(later.from) }
  const openedEarlierToday = periods[0].from <= minutes
  return openedEarlierToday ? { state: 'lunch', opensAt, reason: 'lunch_break' } : { state: 'closed', opensAt, reason: 'after_hours' }
}
