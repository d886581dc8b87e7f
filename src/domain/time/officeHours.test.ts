/** @jest-environment node */
import { Hours } from '@/domain/regions/schema'
import { beijingInstant } from './beijing'
import { isServiceDay, nextOpeningAfter, officeStatus, type OfficeHours } from './officeHours'
import { DEVICE_ZONES, restoreDeviceTimeZoneAfterAll, setDeviceTimeZone } from '../../../tests/support/deviceTimeZones'

/** A government window whose document opens it on adjusted working weekends: Monday-Friday, 08:30-12:00 and 14:30-17:30. */
const WINDOW: OfficeHours = {
  weekdays: [1, 2, 3, 4, 5],
  periods: [
    { from: '14:30', to: '17:30' },
    { from: '08:30', to: '12:00' }
  ],
  followsWorkingDayCalendar: true,
  openOnAdjustedWorkingDays: true
}
const at = (date: string, hhmm: string): number => beijingInstant(date, hhmm)

restoreDeviceTimeZoneAfterAll()

describe.each(DEVICE_ZONES)('office hours, device time zone $tz', ({ tz, julyOffset }) => {
  beforeAll(() => setDeviceTimeZone(tz))

  test('the device zone is really in effect', () => {
    expect(new Date(Date.UTC(2025, 6, 1)).getTimezoneOffset()).toBe(julyOffset)
  })

  test('open, with the closing time of the current period', () => {
    expect(officeStatus(WINDOW, at('2025-09-30', '08:30'))).toEqual({ state: 'open', closesAt: '12:00' })
    expect(officeStatus(WINDOW, at('2025-09-30', '11:59'))).toEqual({ state: 'open', closesAt: '12:00' })
    expect(officeStatus(WINDOW, at('2025-09-30', '15:00'))).toEqual({ state: 'open', closesAt: '17:30' })
  })

  test('lunch break between periods', () => {
    expect(officeStatus(WINDOW, at('2025-09-30', '12:00'))).toEqual({
      state: 'lunch',
      opensAt: { date: '2025-09-30', hhmm: '14:30' },
      reason: 'lunch_break'
    })
    expect(officeStatus(WINDOW, at('2025-09-30', '14:29'))).toMatchObject({ state: 'lunch' })
  })

  test('before opening and after closing on a service day', () => {
    expect(officeStatus(WINDOW, at('2025-09-29', '08:29'))).toEqual({
      state: 'closed',
      opensAt: { date: '2025-09-29', hhmm: '08:30' },
      reason: 'after_hours'
    })
    expect(officeStatus(WINDOW, at('2025-09-29', '17:30'))).toEqual({
      state: 'closed',
      opensAt: { date: '2025-09-30', hhmm: '08:30' },
      reason: 'after_hours'
    })
  })

  test('after hours on the eve of National Day: next opening after the holiday', () => {
    expect(officeStatus(WINDOW, at('2025-09-30', '18:00'))).toEqual({
      state: 'closed',
      opensAt: { date: '2025-10-09', hhmm: '08:30' },
      reason: 'after_hours'
    })
  })

  test('closed on a public holiday that falls on a weekday, with its name', () => {
    expect(officeStatus(WINDOW, at('2025-10-03', '10:00'))).toEqual({
      state: 'closed',
      opensAt: { date: '2025-10-09', hhmm: '08:30' },
      reason: 'holiday',
      holiday: { en: 'National Day', zh: '国庆节' }
    })
    expect(officeStatus(WINDOW, at('2026-02-16', '10:00'))).toMatchObject({
      reason: 'holiday',
      opensAt: { date: '2026-02-24', hhmm: '08:30' }
    })
  })

  test('open on adjusted working weekends', () => {
    expect(officeStatus(WINDOW, at('2025-09-28', '09:00'))).toEqual({ state: 'open', closesAt: '12:00' })
    expect(officeStatus(WINDOW, at('2025-10-11', '16:00'))).toEqual({ state: 'open', closesAt: '17:30' })
    expect(officeStatus(WINDOW, at('2026-02-14', '09:00'))).toEqual({ state: 'open', closesAt: '12:00' })
  })

  test('closed on an ordinary weekend; opens on the adjusted working Sunday', () => {
    expect(officeStatus(WINDOW, at('2025-09-27', '10:00'))).toEqual({
      state: 'closed',
      opensAt: { date: '2025-09-28', hhmm: '08:30' },
      reason: 'weekend'
    })
    expect(officeStatus(WINDOW, at('2025-09-06', '10:00'))).toMatchObject({
      reason: 'weekend',
      opensAt: { date: '2025-09-08', hhmm: '08:30' }
    })
  })

  test('an office whose document says Monday to Friday (Beihai) stays closed on an adjusted working weekend', () => {
    const mondayToFriday: OfficeHours = { ...WINDOW, openOnAdjustedWorkingDays: undefined }
    expect(officeStatus(mondayToFriday, at('2025-09-28', '09:00'))).toMatchObject({ state: 'closed', reason: 'weekend', opensAt: { date: '2025-09-29' } })
    expect(officeStatus(mondayToFriday, at('2025-10-03', '10:00'))).toMatchObject({ state: 'closed', reason: 'holiday' })
  })

  test('an office that ignores the holiday calendar keeps its weekdays', () => {
    const fixed: OfficeHours = { ...WINDOW, followsWorkingDayCalendar: false }
    expect(officeStatus(fixed, at('2025-10-03', '10:00'))).toEqual({ state: 'open', closesAt: '12:00' })
    expect(officeStatus(fixed, at('2025-09-28', '10:00'))).toMatchObject({ state: 'closed', reason: 'weekend' })
  })

  test('the Beijing clock decides, around Beijing midnight', () => {
    // 23:59 Beijing on 09-30 (a working day) and 00:00 on 10-01 (holiday).
    expect(officeStatus(WINDOW, Date.parse('2025-09-30T15:59:00Z'))).toMatchObject({ reason: 'after_hours' })
    expect(officeStatus(WINDOW, Date.parse('2025-09-30T16:00:00Z'))).toMatchObject({ reason: 'holiday' })
    // 08:30 Beijing on Thursday 10-09 is 00:30 UTC.
    expect(officeStatus(WINDOW, Date.parse('2025-10-09T00:30:00Z'))).toEqual({ state: 'open', closesAt: '12:00' })
  })

  test('no opening within the lookahead gives null', () => {
    const never: OfficeHours = {
      weekdays: [],
      periods: [{ from: '09:00', to: '17:00' }],
      followsWorkingDayCalendar: false
    }
    expect(officeStatus(never, at('2025-09-30', '10:00'))).toEqual({
      state: 'closed',
      opensAt: null,
      reason: 'weekend'
    })
  })
})

describe('period handling', () => {
  test('touching periods merge, so "closes at" is the real closing time', () => {
    const hours: OfficeHours = {
      weekdays: [1, 2, 3, 4, 5],
      periods: [
        { from: '08:00', to: '12:00' },
        { from: '12:00', to: '18:00' }
      ]
    }
    expect(officeStatus(hours, at('2025-09-30', '11:00'))).toEqual({ state: 'open', closesAt: '18:00' })
  })

  test('followsWorkingDayCalendar defaults to true', () => {
    expect(isServiceDay('2025-10-03', { weekdays: [1, 2, 3, 4, 5], periods: WINDOW.periods })).toBe(false)
  })

  test('nextOpeningAfter skips the whole Spring Festival 2026', () => {
    expect(nextOpeningAfter('2026-02-14', WINDOW)).toEqual({ date: '2026-02-24', hhmm: '08:30' })
  })

  test('region data hours (zod Hours) are accepted as they are', () => {
    const parsed = Hours.parse({ weekdays: [1, 2, 3, 4, 5], periods: [{ from: '08:00', to: '12:00' }], cite: { doc: 'demo' } })
    expect(officeStatus(parsed, at('2025-09-30', '09:00'))).toEqual({ state: 'open', closesAt: '12:00' })
  })
})
