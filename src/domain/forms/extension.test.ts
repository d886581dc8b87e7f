import { checkExtensionWindow } from './extension'

describe('extension window (advised at least 30 days before expiry)', () => {
  const rule = { atLeastDaysBeforeExpiry: 30 }
  it('accepts an extension filed well before the last day', () => {
    expect(checkExtensionWindow({ ...rule, validTo: '2026-12-31', today: '2026-11-01' })).toEqual({
      ok: true,
      lastDay: '2026-12-01',
      daysLeft: 30,
      late: false
    })
  })
  it('accepts on the last day itself (exactly 30 days before expiry)', () => {
    expect(checkExtensionWindow({ ...rule, validTo: '2026-12-31', today: '2026-12-01' })).toMatchObject({ ok: true, daysLeft: 0, late: false })
  })
  it('one day later it is late (advice with the last day) but not refused: the seeds set no such limit', () => {
    expect(checkExtensionWindow({ ...rule, validTo: '2026-12-31', today: '2026-12-02' })).toEqual({ ok: true, late: true, lastDay: '2026-12-01', daysLeft: -1 })
  })
  it('the day before expiry is still late, not refused', () => {
    expect(checkExtensionWindow({ ...rule, validTo: '2026-12-31', today: '2026-12-31' })).toMatchObject({ ok: true, late: true })
  })
  it('refuses an expired permit as expired', () => {
    expect(checkExtensionWindow({ ...rule, validTo: '2026-10-31', today: '2026-11-01' })).toMatchObject({ ok: false, reason: 'extension.expired' })
  })
  it('refuses when there is no permit to extend', () => {
    expect(checkExtensionWindow({ ...rule, validTo: null, today: '2026-11-01' })).toMatchObject({ ok: false, reason: 'extension.noPermit' })
  })
  it('counts across a leap day and a year end', () => {
    expect(checkExtensionWindow({ ...rule, validTo: '2028-03-01', today: '2028-01-31' })).toMatchObject({ ok: true, lastDay: '2028-01-31', daysLeft: 0 })
  })
  it('without a regional minimum, any day up to expiry is fine', () => {
    expect(checkExtensionWindow({ atLeastDaysBeforeExpiry: undefined, validTo: '2026-11-01', today: '2026-11-01' })).toMatchObject({ ok: true })
  })
})
