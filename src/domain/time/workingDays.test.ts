/** @jest-environment node */
import calendarData from 'chinese-days/dist/chinese-days.json'
import { addDays, beijingDate } from './beijing'
import { FIRST_SHIPPED_YEAR, calendar } from './calendarYears'
import {
  FIRST_PUBLISHED_YEAR,
  LAST_PUBLISHED_YEAR,
  addWorkingDays,
  adjustedWorkingDayFor,
  dueDate,
  isAdjustedWorkingDay,
  isProvisional,
  isPublicHoliday,
  isWorkingDay,
  publicHolidayOn,
  workingDaysBetween
} from './workingDays'
import { DEVICE_ZONES, restoreDeviceTimeZoneAfterAll, setDeviceTimeZone } from '../../../tests/support/deviceTimeZones'

const datesFrom = (first: string, count: number): string[] => Array.from({ length: count }, (_, i) => addDays(first, i))

restoreDeviceTimeZoneAfterAll()

describe('the calendar data (chinese-days JSON)', () => {
  test('2025 National Day + Mid-Autumn: 10-01..10-08 off, Sunday 09-28 and Saturday 10-11 worked', () => {
    const holidays = calendarData.holidays as Record<string, string>
    const workdays = calendarData.workdays as Record<string, string>
    for (const d of datesFrom('2025-10-01', 8)) expect(holidays[d]).toBeDefined()
    expect(holidays['2025-09-30']).toBeUndefined()
    expect(holidays['2025-10-09']).toBeUndefined()
    expect(workdays['2025-09-28']).toMatch(/^National Day,国庆节/)
    expect(workdays['2025-10-11']).toMatch(/^National Day,国庆节/)
  })

  test('2026 Spring Festival: 02-15..02-23 off, Saturdays 02-14 and 02-28 worked', () => {
    const holidays = calendarData.holidays as Record<string, string>
    const workdays = calendarData.workdays as Record<string, string>
    for (const d of datesFrom('2026-02-15', 9)) expect(holidays[d]).toMatch(/^Spring Festival,春节/)
    expect(holidays['2026-02-24']).toBeUndefined()
    expect(Object.keys(workdays).filter((d) => d.startsWith('2026-02'))).toEqual(['2026-02-14', '2026-02-28'])
  })

  test('the shipped years are every year chinese-days publishes from 2020 on, unchanged', () => {
    const libraryYears = [...new Set(Object.keys(calendarData.holidays).map((d) => Number(d.slice(0, 4))))].filter((y) => y >= FIRST_SHIPPED_YEAR)
    expect(Math.max(...libraryYears)).toBe(LAST_PUBLISHED_YEAR)
    for (const kind of ['holidays', 'workdays'] as const) {
      const fromLibrary = Object.entries(calendarData[kind] as Record<string, string>).filter(([d]) => Number(d.slice(0, 4)) >= FIRST_SHIPPED_YEAR)
      expect(Object.entries(calendar[kind]).sort()).toEqual(fromLibrary.sort())
    }
  })
})

describe('working days', () => {
  test('public holidays carry their names; weekend days inside the period count as holiday', () => {
    expect(publicHolidayOn('2025-10-04')).toEqual({ en: 'National Day', zh: '国庆节' })
    expect(publicHolidayOn('2025-10-06')).toEqual({ en: 'Mid-autumn Festival', zh: '中秋' })
    expect(publicHolidayOn('2026-02-17')).toEqual({ en: 'Spring Festival', zh: '春节' })
    expect(publicHolidayOn('2025-09-30')).toBeNull()
    expect(isPublicHoliday('2025-10-08')).toBe(true)
    expect(isPublicHoliday('2025-10-09')).toBe(false)
  })

  test('holiday boundaries, 2025 National Day', () => {
    expect(isWorkingDay('2025-09-27')).toBe(false) // ordinary Saturday
    expect(isWorkingDay('2025-09-28')).toBe(true) // adjusted working Sunday
    expect(adjustedWorkingDayFor('2025-09-28')).toEqual({ en: 'National Day', zh: '国庆节' })
    expect(isWorkingDay('2025-09-30')).toBe(true)
    for (const d of datesFrom('2025-10-01', 8)) expect(isWorkingDay(d)).toBe(false)
    expect(isWorkingDay('2025-10-09')).toBe(true)
    expect(isWorkingDay('2025-10-10')).toBe(true)
    expect(isWorkingDay('2025-10-11')).toBe(true) // adjusted working Saturday
    expect(isWorkingDay('2025-10-12')).toBe(false)
  })

  test('holiday boundaries, 2026 Spring Festival', () => {
    expect(isWorkingDay('2026-02-13')).toBe(true)
    expect(isAdjustedWorkingDay('2026-02-14')).toBe(true)
    expect(isWorkingDay('2026-02-14')).toBe(true)
    for (const d of datesFrom('2026-02-15', 9)) expect(isWorkingDay(d)).toBe(false)
    expect(isWorkingDay('2026-02-24')).toBe(true)
    expect(isWorkingDay('2026-02-28')).toBe(true)
    expect(isWorkingDay('2026-03-01')).toBe(false)
  })

  test('counting starts the day after the acceptance date', () => {
    expect(addWorkingDays('2025-09-01', 0)).toBe('2025-09-01')
    expect(addWorkingDays('2025-09-01', 1)).toBe('2025-09-02')
    expect(addWorkingDays('2025-09-01', 5)).toBe('2025-09-08') // Tue..Fri, then Monday
    expect(addWorkingDays('2025-09-05', 1)).toBe('2025-09-08') // Friday -> Monday
    expect(addWorkingDays('2025-09-06', 1)).toBe('2025-09-08') // accepted on a Saturday
  })

  test('counting across National Day 2025 uses the adjusted working weekend days', () => {
    expect(addWorkingDays('2025-09-26', 1)).toBe('2025-09-28')
    expect(addWorkingDays('2025-09-26', 2)).toBe('2025-09-29')
    expect(addWorkingDays('2025-09-30', 1)).toBe('2025-10-09')
    expect(addWorkingDays('2025-09-26', 5)).toBe('2025-10-10')
    expect(addWorkingDays('2025-09-26', 6)).toBe('2025-10-11')
    expect(addWorkingDays('2025-10-03', 1)).toBe('2025-10-09') // accepted during the holiday
  })

  test('counting across Spring Festival 2026', () => {
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14')
    expect(addWorkingDays('2026-02-13', 2)).toBe('2026-02-24')
    expect(addWorkingDays('2026-02-13', 6)).toBe('2026-02-28')
    expect(addWorkingDays('2026-02-13', 7)).toBe('2026-03-02')
  })

  test('workingDaysBetween counts (a, b] and inverts addWorkingDays', () => {
    expect(workingDaysBetween('2025-09-30', '2025-09-30')).toBe(0)
    expect(workingDaysBetween('2025-09-30', '2025-10-08')).toBe(0)
    expect(workingDaysBetween('2025-09-30', '2025-10-09')).toBe(1)
    expect(workingDaysBetween('2025-09-26', '2025-10-12')).toBe(6)
    expect(workingDaysBetween('2025-10-12', '2025-09-26')).toBe(-6)
    for (const start of datesFrom('2025-09-20', 30).concat(datesFrom('2026-02-08', 14))) {
      for (const n of [0, 1, 2, 5, 15, 20]) expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n)
    }
  })

  test('negative or fractional counts are refused', () => {
    expect(() => addWorkingDays('2025-09-01', -1)).toThrow(RangeError)
    expect(() => addWorkingDays('2025-09-01', 1.5)).toThrow(RangeError)
  })
})

describe('years without a published calendar are provisional', () => {
  test('isProvisional: outside the published years, on either side', () => {
    expect(isProvisional(`${FIRST_PUBLISHED_YEAR}-01-01`)).toBe(false)
    expect(isProvisional(`${LAST_PUBLISHED_YEAR}-12-31`)).toBe(false)
    expect(isProvisional(`${LAST_PUBLISHED_YEAR + 1}-01-01`)).toBe(true)
    expect(isProvisional(`${FIRST_PUBLISHED_YEAR - 1}-12-31`)).toBe(true)
  })

  test('2027 is counted Monday to Friday and flagged', () => {
    expect(isWorkingDay('2027-01-01')).toBe(true) // a Friday; no data yet, so not known as a holiday
    expect(isWorkingDay('2027-01-02')).toBe(false)
    expect(dueDate('2026-12-28', 5)).toEqual({ date: '2027-01-04', provisional: true })
    expect(dueDate('2026-12-21', 5)).toEqual({ date: '2026-12-28', provisional: false })
    expect(dueDate('2025-09-30', 5)).toEqual({ date: '2025-10-14', provisional: false })
  })
})

describe.each(DEVICE_ZONES)('device time zone $tz', ({ tz, julyOffset }) => {
  beforeAll(() => setDeviceTimeZone(tz))

  test('the device zone is really in effect', () => {
    expect(new Date(Date.UTC(2025, 6, 1)).getTimezoneOffset()).toBe(julyOffset)
  })

  test('a working day is judged on the Beijing date of the instant', () => {
    // 23:30 and 00:30 Beijing around the start of National Day 2025.
    expect(isWorkingDay(beijingDate(Date.parse('2025-09-30T15:30:00Z')))).toBe(true)
    expect(isWorkingDay(beijingDate(Date.parse('2025-09-30T16:30:00Z')))).toBe(false)
    // 00:10 Beijing on the adjusted working Saturday after Spring Festival 2026.
    expect(isWorkingDay(beijingDate(Date.parse('2026-02-27T16:10:00Z')))).toBe(true)
  })

  test('due dates do not move with the device zone', () => {
    expect(addWorkingDays('2025-09-26', 6)).toBe('2025-10-11')
    expect(dueDate('2026-02-13', 2)).toEqual({ date: '2026-02-24', provisional: false })
    expect(workingDaysBetween('2025-03-28', '2025-04-01')).toBe(2)
  })
})
