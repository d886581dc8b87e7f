import { CASE_REFERENCE, nextCaseReference, regionCode } from './reference'

describe('case references', () => {
  it('count per region and Beijing year, six digits', () => {
    expect(nextCaseReference([], 'gansu', '2026-03-01T02:00:00.000Z')).toBe('GS-2026-000001')
    const given = ['GS-2026-000001', 'GS-2026-000122', 'BH-2026-000500', 'GS-2025-000900']
    expect(nextCaseReference(given, 'gansu', '2026-03-01T02:00:00.000Z')).toBe('GS-2026-000123')
    expect(nextCaseReference(given, 'beihai', '2026-03-01T02:00:00.000Z')).toBe('BH-2026-000501')
    expect(nextCaseReference(given, 'qingdao', '2026-03-01T02:00:00.000Z')).toMatch(CASE_REFERENCE)
  })

  it('take the year of the Beijing date (New Year comes at 16:00 UTC)', () => {
    expect(nextCaseReference([], 'beihai', '2025-12-31T16:30:00.000Z')).toBe('BH-2026-000001')
    expect(nextCaseReference([], 'beihai', '2025-12-31T15:30:00.000Z')).toBe('BH-2025-000001')
  })

  it('give a region without a code its first two letters', () => {
    expect(regionCode('shenzhen')).toBe('SH')
    expect(regionCode('x')).toBe('XX')
  })
})
