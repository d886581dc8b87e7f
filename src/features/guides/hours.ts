/** Office hours for display: weekday ranges and lunch breaks (the gaps between periods). Plain functions. */
import type { OfficeHours } from '@/domain/time/officeHours'
import { hhmmToMinutes } from '@/domain/time/beijing'

/** [1,2,3,4,5] -> [[1,5]]; [1,3,4] -> [[1,1],[3,4]]. */
export function weekdayRuns(weekdays: readonly number[]): [number, number][] {
  const days = [...new Set(weekdays)].sort((a, b) => a - b)
  const runs: [number, number][] = []
  for (const day of days) {
    const last = runs[runs.length - 1]
    if (last && day === last[1] + 1) last[1] = day
    else runs.push([day, day])
  }
  return runs
}

export function sortedPeriods(hours: OfficeHours): { from: string; to: string }[] {
  return [...hours.periods].sort((a, b) => hhmmToMinutes(a.from) - hhmmToMinutes(b.from))
}

/** Breaks between consecutive periods, e.g. 12:00-15:00. */
export function lunchBreaks(hours: OfficeHours): { from: string; to: string }[] {
  const periods = sortedPeriods(hours)
  const breaks: { from: string; to: string }[] = []
  for (let i = 1; i < periods.length; i++) {
    if (hhmmToMinutes(periods[i].from) > hhmmToMinutes(periods[i - 1].to)) breaks.push({ from: periods[i - 1].to, to: periods[i].from })
  }
  return breaks
}
