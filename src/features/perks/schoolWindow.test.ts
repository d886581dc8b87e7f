import { schoolWindow, schoolWindowSettings } from './schoolWindow'

describe('schoolWindow (1-25 June, Beijing dates)', () => {
  it('is open on the first and the last day, inclusive', () => {
    expect(schoolWindow('2026-06-01')).toMatchObject({ open: true, year: 2026, daysLeft: 25, daysUntilOpen: 0 })
    expect(schoolWindow('2026-06-25')).toMatchObject({ open: true, daysLeft: 1 })
    expect(schoolWindow('2026-06-10')).toMatchObject({ open: true, closesOn: '2026-06-25', forwardBy: '2026-07-05' })
  })

  it('before the window says when this year’s opens', () => {
    expect(schoolWindow('2026-05-31')).toMatchObject({ open: false, year: 2026, opensOn: '2026-06-01', daysUntilOpen: 1 })
    expect(schoolWindow('2026-01-01')).toMatchObject({ open: false, opensOn: '2026-06-01', daysUntilOpen: 151 })
  })

  it('after the window points to next year', () => {
    expect(schoolWindow('2026-06-26')).toMatchObject({ open: false, year: 2027, opensOn: '2027-06-01', closesOn: '2027-06-25', forwardBy: '2027-07-05' })
    expect(schoolWindow('2026-11-20')).toMatchObject({ open: false, year: 2027, opensOn: '2027-06-01', daysUntilOpen: 193 })
    expect(schoolWindow('2026-12-31').daysUntilOpen).toBe(152)
  })

  it('takes its dates from region settings and falls back to the documents’ dates', () => {
    const settings = schoolWindowSettings({ windowStart: '03-10', windowEnd: '03-20', forwardBy: '04-01' })
    expect(schoolWindow('2026-03-15', settings)).toMatchObject({ open: true, forwardBy: '2026-04-01' })
    expect(schoolWindow('2026-06-10', settings).open).toBe(false)
    expect(schoolWindowSettings({ windowStart: 'June', windowEnd: 3 })).toEqual({ windowStart: '06-01', windowEnd: '06-25', forwardBy: '07-05' })
    expect(schoolWindowSettings(undefined).windowEnd).toBe('06-25')
  })
})
