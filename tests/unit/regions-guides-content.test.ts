import { regionRegistry } from '@/features/regions/useRegion'
import { guideLibrary, guideLoadErrors } from '@/packages/guides/content/load'
import { bundleChecklist, bundleMatters, filterEntries, matchesQuery, normalise, regionEntries } from '@/features/guides/content'
import { lunchBreaks, weekdayRuns } from '@/features/guides/hours'
import { dialString } from '@/features/guides/officeActions'
import { materialsOf } from '@/content/regions/materials'

describe('guide content', () => {
  it('loads a guide for every region (a section per matter and bundle: content-checks.test.ts)', () => {
    expect(guideLoadErrors).toEqual([])
    for (const region of regionRegistry.regions) expect(guideLibrary.region(region.id)).toBeDefined()
  })

  it('shows national content with every pickable region', () => {
    for (const region of regionRegistry.pickable()) {
      const entries = regionEntries(regionRegistry, region.id)
      expect(entries.national.some((e) => e.kind === 'talent_visa')).toBe(true)
      expect(entries.bundles.length + entries.matters.length).toBeGreaterThan(0)
    }
  })

  it('searches both languages, ignoring case, spaces and punctuation', () => {
    expect(normalise(' Work-Permit ')).toBe('workpermit')
    const entries = regionEntries(regionRegistry, 'gansu')
    const permit = entries.matters.find((e) => e.id === 'gs-work-permit')!
    expect(matchesQuery(permit, 'work permit')).toBe(true)
    expect(matchesQuery(permit, '工作 许可')).toBe(true)
    expect(matchesQuery(permit, 'WORK')).toBe(true)
    expect(matchesQuery(permit, 'visa')).toBe(false)
    expect(filterEntries(entries, 'R visa').national.length).toBeGreaterThan(0)
    expect(filterEntries(entries, '').matters).toHaveLength(entries.matters.length)
  })

  it("lists a bundle's materials once each, with every matter they serve", () => {
    const bundle = regionRegistry.bundle('gansu', 'gs-one-thing-2025')!
    const checklist = bundleChecklist(bundleMatters(regionRegistry, 'gansu', bundle), (matterId) => materialsOf('gansu', matterId))
    const ids = checklist.map((c) => c.material.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(checklist.find((c) => c.material.id === 'gs-mat-contract')!.forMatters.map((m) => m.id)).toEqual(['gs-work-permit', 'gs-title-review'])
  })

  it('describes hours: weekday runs and lunch breaks', () => {
    expect(weekdayRuns([5, 1, 2, 3, 4])).toEqual([[1, 5]])
    expect(weekdayRuns([1, 3, 4, 6])).toEqual([
      [1, 1],
      [3, 4],
      [6, 6]
    ])
    const hours = {
      weekdays: [1],
      periods: [
        { from: '15:00', to: '18:00' },
        { from: '08:30', to: '12:00' }
      ]
    }
    expect(lunchBreaks(hours)).toEqual([{ from: '12:00', to: '15:00' }])
    expect(lunchBreaks({ weekdays: [1], periods: [{ from: '09:00', to: '17:00' }] })).toEqual([])
  })

  it('dials only digits, + and -', () => {
    expect(dialString('0779-2038430')).toBe('0779-2038430')
    expect(dialString('+86 (779) 203 8430')).toBe('+867792038430')
  })
})
