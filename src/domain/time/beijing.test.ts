/** @jest-environment node */
import {
  addDays,
  beijingDate,
  beijingInstant,
  beijingTime,
  beijingToday,
  compareDates,
  diffDays,
  fromDayNumber,
  hhmmToMinutes,
  isIsoDate,
  isoWeekday,
  minutesToHhmm,
  toDayNumber,
  yearOf
} from './beijing'
import { DEVICE_ZONES, restoreDeviceTimeZoneAfterAll, setDeviceTimeZone } from '../../../tests/support/deviceTimeZones'

restoreDeviceTimeZoneAfterAll()

describe.each(DEVICE_ZONES)('device time zone $tz', ({ tz, julyOffset }) => {
  beforeAll(() => setDeviceTimeZone(tz))

  test('the device zone is really in effect', () => {
    expect(new Date(Date.UTC(2025, 6, 1)).getTimezoneOffset()).toBe(julyOffset)
  })

  test('beijingDate turns over at Beijing midnight (16:00 UTC), not local midnight', () => {
    expect(beijingDate(Date.parse('2025-09-30T15:59:59.999Z'))).toBe('2025-09-30')
    expect(beijingDate(Date.parse('2025-09-30T16:00:00.000Z'))).toBe('2025-10-01')
    expect(beijingDate(Date.parse('2025-12-31T16:00:00.000Z'))).toBe('2026-01-01')
    expect(beijingDate(Date.parse('2026-02-28T16:00:00.000Z'))).toBe('2026-03-01')
    expect(beijingToday(Date.parse('2025-10-01T00:00:00+08:00'))).toBe('2025-10-01')
  })

  test('beijingTime gives wall-clock time and weekday in Beijing', () => {
    expect(beijingTime(Date.parse('2025-09-30T15:59:00Z'))).toEqual({
      date: '2025-09-30',
      hhmm: '23:59',
      minutes: 23 * 60 + 59,
      isoWeekday: 2
    })
    expect(beijingTime(Date.parse('2025-09-30T16:00:00Z'))).toEqual({
      date: '2025-10-01',
      hhmm: '00:00',
      minutes: 0,
      isoWeekday: 3
    })
    expect(beijingTime(Date.parse('2025-10-05T04:30:00Z'))).toMatchObject({ hhmm: '12:30', isoWeekday: 7 })
  })

  test('beijingInstant is the inverse of beijingTime', () => {
    const ms = beijingInstant('2026-02-14', '08:30')
    expect(new Date(ms).toISOString()).toBe('2026-02-14T00:30:00.000Z')
    expect(beijingTime(ms)).toMatchObject({ date: '2026-02-14', hhmm: '08:30' })
    expect(beijingInstant('2025-10-01')).toBe(Date.parse('2025-09-30T16:00:00Z'))
  })

  test('date-string arithmetic', () => {
    expect(addDays('2025-09-30', 1)).toBe('2025-10-01')
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28')
    // Across the dates when Europe and the US change clocks: whole days stay whole.
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31')
    expect(addDays('2025-11-01', 2)).toBe('2025-11-03')
    expect(diffDays('2025-09-30', '2025-10-15')).toBe(15)
    expect(diffDays('2025-10-15', '2025-09-30')).toBe(-15)
    expect(compareDates('2025-09-30', '2025-10-01')).toBe(-1)
    expect(compareDates('2025-10-01', '2025-10-01')).toBe(0)
    expect(compareDates('2026-01-01', '2025-12-31')).toBe(1)
    expect(fromDayNumber(toDayNumber('2026-02-15'))).toBe('2026-02-15')
    expect(yearOf('2027-01-04')).toBe(2027)
  })

  test('ISO weekdays of date strings', () => {
    expect(isoWeekday('2025-09-28')).toBe(7) // Sunday
    expect(isoWeekday('2025-09-29')).toBe(1) // Monday
    expect(isoWeekday('2025-10-11')).toBe(6) // Saturday
    expect(isoWeekday('2026-02-14')).toBe(6)
    expect(isoWeekday('1969-12-31')).toBe(3)
  })
})

describe('validation', () => {
  test('only real YYYY-MM-DD dates pass', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2025-02-29')).toBe(false)
    expect(isIsoDate('2025-9-1')).toBe(false)
    expect(isIsoDate('toString')).toBe(false)
    expect(() => toDayNumber('2025-13-01')).toThrow(RangeError)
    expect(() => addDays('', 1)).toThrow(RangeError)
  })

  test('HH:mm conversions', () => {
    expect(hhmmToMinutes('08:30')).toBe(510)
    expect(hhmmToMinutes('24:00')).toBe(1440)
    expect(minutesToHhmm(870)).toBe('14:30')
    expect(() => hhmmToMinutes('8:30')).toThrow(RangeError)
    expect(() => hhmmToMinutes('25:00')).toThrow(RangeError)
  })
})
