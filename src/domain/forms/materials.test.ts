import { regionCores } from '@/content/regions/load'
import { materialsOf } from '@/content/regions/materials'
import { RegionRegistry } from '@/domain/regions/registry'
import type { MatterCore } from '@/domain/regions/schema'
import { materialsFor } from '@/domain/eligibility/talentCriteria'
import { checkDocumentDate, checkFile, documentDateCheck, guessMime, materialChecklist, savedByDeduplication, type ChosenMatter } from './materials'

const regions = new RegionRegistry(regionCores)
const matter = (regionId: string, id: string): MatterCore => regions.matter(regionId, id)!
/** A matter of the shipped regions, as the apply form chooses it: with its materials. */
const chosen = (regionId: string, id: string, action: string): ChosenMatter => ({ matter: matter(regionId, id), action, materials: materialsOf(regionId, id) })
const m = (id: string, name = id) => ({ id, name: { zh: name, en: name }, required: true, cite: { doc: 'demo' } })

describe('materials checklist: given once, serves every matter', () => {
  it('lists a material shared by two matters once, naming both', () => {
    const a: MatterCore = { ...matter('gansu', 'gs-work-permit'), id: 'a' }
    const b: MatterCore = { ...matter('gansu', 'gs-title-review'), id: 'b' }
    const list = materialChecklist([
      { matter: a, action: 'issue', materials: [m('passport'), m('photo')] },
      { matter: b, action: 'review', materials: [m('passport'), m('letter')] }
    ])
    expect(list.map((i) => i.material.id)).toEqual(['passport', 'photo', 'letter'])
    expect(list[0].matterIds).toEqual(['a', 'b'])
    expect(list[1].matterIds).toEqual(['a'])
    expect(savedByDeduplication(list)).toBe(1)
  })

  it('shares the contract and the permit data across the Gansu bundle with its optional matters', () => {
    const list = materialChecklist([
      chosen('gansu', 'gs-work-permit', 'issue'),
      chosen('gansu', 'gs-residence-permit', 'issue'),
      chosen('gansu', 'gs-social-insurance', 'register'),
      chosen('gansu', 'gs-title-review', 'review')
    ])
    const ids = list.map((i) => i.material.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(list.find((i) => i.material.id === 'gs-mat-contract')?.matterIds).toEqual(['gs-work-permit', 'gs-title-review'])
    expect(list.find((i) => i.material.id === 'gs-mat-ssc-permit-info')?.matterIds).toEqual(['gs-social-insurance', 'gs-title-review'])
    // The passport and the photo are listed by both permits under different ids: still handed in once.
    expect(list.find((i) => i.material.id === 'gs-mat-passport')).toMatchObject({
      materialIds: ['gs-mat-passport', 'gs-mat-rp-passport'],
      matterIds: ['gs-work-permit', 'gs-residence-permit']
    })
    expect(list.find((i) => i.material.id === 'gs-mat-photo')?.materialIds).toEqual(['gs-mat-photo', 'gs-mat-rp-photo'])
    // Different forms are different documents.
    expect(ids).toEqual(expect.arrayContaining(['gs-mat-wp-application-form', 'gs-mat-rp-application-form']))
    expect(savedByDeduplication(list)).toBe(4)
    // Only when the passport was lost: the user decides, it does not block.
    expect(list.find((i) => i.material.id === 'gs-mat-passport-loss')).toMatchObject({ conditional: true, required: false })
  })

  it('gives change, extension and cancellation their own materials', () => {
    const ids = (action: string) => materialChecklist([chosen('beihai', 'bh-work-permit', action)]).map((i) => i.material.id)
    expect(ids('issue')).toEqual(expect.arrayContaining(['bh-wp-criminal-record', 'bh-wp-degree']))
    expect(ids('issue')).not.toContain('bh-wp-current-permit')
    expect(ids('change')).toEqual(expect.arrayContaining(['bh-wp-current-permit', 'bh-wp-change-proof']))
    expect(ids('change')).not.toContain('bh-wp-criminal-record')
    expect(ids('extend')).toEqual(expect.arrayContaining(['bh-wp-current-permit', 'bh-wp-contract']))
    expect(ids('extend')).not.toContain('bh-wp-change-proof')
    expect(ids('cancel')).toEqual(['bh-wp-application-form', 'bh-wp-passport', 'bh-wp-current-permit', 'bh-wp-termination-proof'])
  })

  it('asks the talent certification for the proof of the chosen criterion only, as the measures say', () => {
    for (const criterion of ['c1', 'c2', 'c3', 'c4'] as const) {
      const list = materialChecklist([chosen('beihai', 'bh-talent-certification', 'apply')], { criterion })
      const proof = list.filter((i) => /-c\d-/.test(i.material.id))
      expect(proof.every((i) => i.material.id.includes(`-${criterion}-`))).toBe(true)
      // Region data and the eligibility rules agree on how much proof each criterion needs.
      const common = ['applicationForm', 'passportCopy']
      expect(proof).toHaveLength(materialsFor(criterion).filter((x) => !common.includes(x.id)).length)
    }
  })
})

describe('file and document checks', () => {
  it('accepts jpeg, png and pdf up to 10 MB', () => {
    expect(checkFile({ mime: 'image/jpeg', size: 1000 })).toBeNull()
    expect(checkFile({ mime: 'application/pdf', size: 10 * 1024 * 1024 })).toBeNull()
    expect(checkFile({ mime: 'image/gif', size: 1000 })).toBe('file.type')
    expect(checkFile({ mime: 'image/png', size: 10 * 1024 * 1024 + 1 })).toBe('file.tooLarge')
  })
  it('knows the type from H5 mime or the weapp path extension', () => {
    expect(guessMime('image/png', 'blob:x')).toBe('image/png')
    expect(guessMime('image', 'wxfile://tmp/abc.JPG')).toBe('image/jpeg')
    expect(guessMime('video', 'wxfile://tmp/abc.mp4')).toBe('video/unknown')
  })
  it('applies the validity rules: issued within 6 months, passport valid for 6 more months', () => {
    const today = '2026-11-20'
    expect(checkDocumentDate('issued_within_6_months', '2026-05-20', today)).toBeNull()
    expect(checkDocumentDate('issued_within_6_months', '2026-05-19', today)).toBe('date.issuedTooLongAgo')
    expect(checkDocumentDate('issued_within_6_months', '2026-11-21', today)).toBe('date.future')
    expect(checkDocumentDate('valid_for_6_months', '2027-05-20', today)).toBeNull()
    expect(checkDocumentDate('valid_for_6_months', '2027-05-19', today)).toBe('date.expiresTooSoon')
    expect(checkDocumentDate('valid_for_6_months', null, today)).toBe('date.required')
    expect(checkDocumentDate(undefined, null, today)).toBeNull()
  })
})

describe('document dates: advice where the documents are silent, a block where a seed states the rule', () => {
  const today = '2026-11-19'
  const material = (regionId: string, matterId: string, id: string) => {
    const found = materialsOf(regionId, matterId).find((m) => m.id === id)
    if (!found) throw new Error(`no material ${id}`)
    return found
  }

  test('passport valid for 3 more months: advice, also for Beihai certification', () => {
    for (const [region, matter, id] of [
      ['gansu', 'gs-work-permit', 'gs-mat-passport'],
      ['beihai', 'bh-work-permit', 'bh-wp-passport'],
      ['beihai', 'bh-talent-certification', 'bh-tc-passport-copy']
    ] as const) {
      expect(documentDateCheck(material(region, matter, id), '2027-02-19', today)).toEqual({ code: 'date.expiresTooSoon', level: 'advice' })
    }
  })

  test('criminal-record and medical certificates older than 6 months: advice', () => {
    for (const [region, matter, id] of [
      ['gansu', 'gs-work-permit', 'gs-mat-criminal-record'],
      ['gansu', 'gs-work-permit', 'gs-mat-medical'],
      ['beihai', 'bh-work-permit', 'bh-wp-criminal-record'],
      ['beihai', 'bh-work-permit', 'bh-wp-medical']
    ] as const) {
      expect(documentDateCheck(material(region, matter, id), '2026-01-02', today)).toEqual({ code: 'date.issuedTooLongAgo', level: 'advice' })
    }
  })

  test("Gansu's work-permit photo within 6 months stays a rule, with gansu-2025 as its source", () => {
    const check = documentDateCheck(material('gansu', 'gs-work-permit', 'gs-mat-photo'), '2026-01-02', today)
    expect(check).toMatchObject({ code: 'date.issuedTooLongAgo', level: 'error', source: { seed: 'gansu-2025-one-thing-work-in-china' } })
  })

  test('no date, no real day or a future issue date stop the form whatever the source', () => {
    const passport = material('gansu', 'gs-work-permit', 'gs-mat-passport')
    const medical = material('gansu', 'gs-work-permit', 'gs-mat-medical')
    expect(documentDateCheck(passport, null, today)).toEqual({ code: 'date.required', level: 'error' })
    expect(documentDateCheck(passport, '2027-02-30', today)).toEqual({ code: 'date.invalid', level: 'error' })
    expect(documentDateCheck(medical, '2026-12-01', today)).toEqual({ code: 'date.future', level: 'error' })
    expect(documentDateCheck(passport, '2030-01-01', today)).toBeNull()
  })
})
