/** @jest-environment node */
import { beijingDate } from './beijing'
import { caseClock, countsAgainstOffice, uniquePauses } from './clock'
import { DEVICE_ZONES, restoreDeviceTimeZoneAfterAll, setDeviceTimeZone } from '../../../tests/support/deviceTimeZones'

restoreDeviceTimeZoneAfterAll()

describe.each(DEVICE_ZONES)('case clock, device time zone $tz', ({ tz, julyOffset }) => {
  beforeAll(() => setDeviceTimeZone(tz))

  test('the device zone is really in effect', () => {
    expect(new Date(Date.UTC(2025, 6, 1)).getTimezoneOffset()).toBe(julyOffset)
  })

  describe('without pauses', () => {
    // Accepted Monday 2025-09-01, 5 working days: Tue 2, Wed 3, Thu 4, Fri 5, Mon 8.
    const base = { acceptedOn: '2025-09-01', limitWorkingDays: 5 }

    test('the acceptance day does not count', () => {
      expect(caseClock({ ...base, today: '2025-09-01' })).toEqual({
        dueDate: '2025-09-08',
        workingDaysUsed: 0,
        workingDaysLeft: 5,
        overdue: false,
        workingDaysOverdue: 0,
        paused: false,
        provisional: false
      })
    })

    test('today counts once reached; the due date itself is not overdue', () => {
      expect(caseClock({ ...base, today: '2025-09-02' })).toMatchObject({ workingDaysUsed: 1, workingDaysLeft: 4 })
      expect(caseClock({ ...base, today: '2025-09-07' })).toMatchObject({ workingDaysUsed: 4, workingDaysLeft: 1 })
      expect(caseClock({ ...base, today: '2025-09-08' })).toMatchObject({ workingDaysLeft: 0, overdue: false })
    })

    test('overdue from the day after the due date, even a weekend day', () => {
      const clock = caseClock({ acceptedOn: '2025-08-29', limitWorkingDays: 5, today: '2025-09-06' })
      // Saturday after a Friday due date: overdue, with no working day past it yet.
      expect(clock).toMatchObject({ dueDate: '2025-09-05', workingDaysUsed: 5, workingDaysLeft: 0, overdue: true, workingDaysOverdue: 0 })
      expect(caseClock({ ...base, today: '2025-09-10' })).toMatchObject({ workingDaysUsed: 7, overdue: true, workingDaysOverdue: 2 })
    })

    test('holidays and adjusted working weekends (National Day 2025)', () => {
      const clock = caseClock({ acceptedOn: '2025-09-26', limitWorkingDays: 6, today: '2025-10-05' })
      // Sun 28 (adjusted), Mon 29, Tue 30 used; 10-01..08 off; then Thu 9, Fri 10, Sat 11 (adjusted).
      expect(clock).toMatchObject({ dueDate: '2025-10-11', workingDaysUsed: 3, workingDaysLeft: 3 })
    })

    test('provisional when the span reaches 2027', () => {
      expect(caseClock({ acceptedOn: '2026-12-21', limitWorkingDays: 15, today: '2026-12-22' })).toMatchObject({
        dueDate: '2027-01-11',
        provisional: true
      })
      expect(caseClock({ ...base, today: '2025-09-02' }).provisional).toBe(false)
    })
  })

  describe('supplement pauses: days in (requested, resubmitted] do not count', () => {
    const base = { acceptedOn: '2025-09-01', limitWorkingDays: 5 }
    // Requested Wednesday 09-03, answered Friday 09-05.
    const answered = [{ requestedOn: '2025-09-03', resubmittedOn: '2025-09-05' }]

    test('the request day counts, the resubmission day does not', () => {
      expect(countsAgainstOffice('2025-09-03', answered, '2025-09-30')).toBe(true)
      expect(countsAgainstOffice('2025-09-04', answered, '2025-09-30')).toBe(false)
      expect(countsAgainstOffice('2025-09-05', answered, '2025-09-30')).toBe(false)
      expect(countsAgainstOffice('2025-09-08', answered, '2025-09-30')).toBe(true)
    })

    test('a closed pause pushes the due date back by the working days it covered', () => {
      // Used: Tue 2, Wed 3; paused Thu 4, Fri 5; then Mon 8, Tue 9, Wed 10.
      expect(caseClock({ ...base, pauses: answered, today: '2025-09-05' })).toMatchObject({
        dueDate: '2025-09-10',
        workingDaysUsed: 2,
        workingDaysLeft: 3,
        paused: false,
        overdue: false
      })
      expect(caseClock({ ...base, pauses: answered, today: '2025-09-10' })).toMatchObject({
        workingDaysUsed: 5,
        workingDaysLeft: 0,
        overdue: false
      })
    })

    test('requested and answered on the same day costs nothing', () => {
      const sameDay = [{ requestedOn: '2025-09-03', resubmittedOn: '2025-09-03' }]
      expect(caseClock({ ...base, pauses: sameDay, today: '2025-09-04' })).toMatchObject({
        dueDate: '2025-09-08',
        workingDaysUsed: 3
      })
    })

    test('an open pause stops the clock; the due date is projected as if answered today', () => {
      const open = [{ requestedOn: '2025-09-03' }]
      expect(caseClock({ ...base, pauses: open, today: '2025-09-11' })).toEqual({
        dueDate: '2025-09-16', // Fri 12, Mon 15, Tue 16
        workingDaysUsed: 2,
        workingDaysLeft: 3,
        overdue: false,
        workingDaysOverdue: 0,
        paused: true,
        provisional: false
      })
      // Weeks later, still not overdue: the wait is on the applicant.
      expect(caseClock({ ...base, pauses: [{ requestedOn: '2025-09-08', resubmittedOn: null }], today: '2025-10-20' })).toMatchObject({
        workingDaysUsed: 5,
        workingDaysLeft: 0,
        overdue: false,
        paused: true,
        dueDate: '2025-09-08'
      })
    })

    test('a pause does not excuse days already overdue before it', () => {
      const late = [{ requestedOn: '2025-09-10' }]
      expect(caseClock({ ...base, pauses: late, today: '2025-09-20' })).toMatchObject({
        dueDate: '2025-09-08',
        workingDaysUsed: 7,
        overdue: true,
        paused: true
      })
    })

    test('several pauses, and pauses before acceptance do not matter', () => {
      const pauses = [
        { requestedOn: '2025-08-20', resubmittedOn: '2025-08-25' }, // during pre-review
        { requestedOn: '2025-09-02', resubmittedOn: '2025-09-03' }, // costs Wed 3
        { requestedOn: '2025-09-05', resubmittedOn: '2025-09-09' } // costs Mon 8, Tue 9
      ]
      // Used: Tue 2, Thu 4, Fri 5, then Wed 10, Thu 11 (due), Fri 12.
      expect(caseClock({ ...base, pauses, today: '2025-09-12' })).toMatchObject({
        dueDate: '2025-09-11',
        workingDaysUsed: 6,
        overdue: true
      })
    })

    test('a pause across a holiday only saves the working days in it', () => {
      // Requested Tue 09-30, answered Thu 10-09: only 10-09 was a working day inside (09-30, 10-09].
      const pauses = [{ requestedOn: '2025-09-30', resubmittedOn: '2025-10-09' }]
      const clock = caseClock({ acceptedOn: '2025-09-26', limitWorkingDays: 5, pauses, today: '2025-10-09' })
      // Used: Sun 28, Mon 29, Tue 30; then Fri 10, Sat 11 (adjusted).
      expect(clock).toMatchObject({ workingDaysUsed: 3, dueDate: '2025-10-11', paused: false })
    })
  })

  test('"today" taken from a near-midnight instant is the Beijing date', () => {
    // 00:05 Beijing on Tuesday 2025-09-02, i.e. still Monday in most device zones.
    const today = beijingDate(Date.parse('2025-09-01T16:05:00Z'))
    expect(caseClock({ acceptedOn: '2025-09-01', limitWorkingDays: 5, today }).workingDaysUsed).toBe(1)
  })
})

test('invalid limits are refused', () => {
  expect(() => caseClock({ acceptedOn: '2025-09-01', limitWorkingDays: -1, today: '2025-09-01' })).toThrow(RangeError)
})

describe('pauses of a bundle', () => {
  it('counts one supplement request sent to all matters once, and keeps separate requests apart', () => {
    const together = { requestedOn: '2026-03-02', resubmittedOn: '2026-03-05' } as const
    const later = { requestedOn: '2026-03-10' } as const
    const pauses = [together, { ...together }, later, { ...later }]
    const unique = uniquePauses(pauses)
    expect(unique).toEqual([together, later])
  })
})
