/**
 * The State Council holiday calendars the app ships, one chinese-days year file each. Working days are
 * only counted for live cases, so years before 2020 are left out: the full 2004-onwards file would cost
 * the mini-program's main package some 30 KiB. When chinese-days publishes a new year, add its line
 * (a test compares this list with the library's years).
 */
import y2020 from 'chinese-days/dist/years/2020.json'
import y2021 from 'chinese-days/dist/years/2021.json'
import y2022 from 'chinese-days/dist/years/2022.json'
import y2023 from 'chinese-days/dist/years/2023.json'
import y2024 from 'chinese-days/dist/years/2024.json'
import y2025 from 'chinese-days/dist/years/2025.json'
import y2026 from 'chinese-days/dist/years/2026.json'

export interface CalendarData {
  holidays: Record<string, string>
  workdays: Record<string, string>
  inLieuDays: Record<string, string>
}

export const FIRST_SHIPPED_YEAR = 2020

const shipped: CalendarData[] = [y2020, y2021, y2022, y2023, y2024, y2025, y2026]

/** All shipped years in one map each (merged once, in place: no copy per year). */
export const calendar: CalendarData = { holidays: {}, workdays: {}, inLieuDays: {} }
for (const year of shipped) {
  Object.assign(calendar.holidays, year.holidays)
  Object.assign(calendar.workdays, year.workdays)
  Object.assign(calendar.inLieuDays, year.inLieuDays)
}
