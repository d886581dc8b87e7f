/**
 * What the Beihai and national documents say, as the app holds it. Whether the files hold together (ids,
 * references, sources, numbers in prose) is checked once for every region: content-checks.test.ts.
 */
import beihaiCoreJson from '@/content/regions/beihai/core.json'
import nationalCoreJson from '@/content/regions/national/core.json'
import { RegionCoreFile } from '@/domain/regions/schema'
import { guideLibrary } from '@/packages/guides/content/load'
import { appealRightFor } from '@/domain/case/appealRight'

const beihai = RegionCoreFile.parse(beihaiCoreJson)
// The guides as shipped: their numbers filled from core.json.
const beihaiGuide = guideLibrary.region('beihai')!
const national = RegionCoreFile.parse(nationalCoreJson)
const nationalGuide = guideLibrary.region('national')!

function matter(id: string) {
  const m = beihai.matters.find((x) => x.id === id)
  if (!m) throw new Error(`missing matter ${id}`)
  return m
}

function bundle(id: string) {
  const b = beihai.bundles.find((x) => x.id === id)
  if (!b) throw new Error(`missing bundle ${id}`)
  return b
}

function perk(kind: string) {
  const p = beihai.perks.find((x) => x.kind === kind)
  if (!p) throw new Error(`missing perk ${kind}`)
  return p
}

describe('Beihai facts', () => {
  it('is a city with order 10 and location points', () => {
    expect(beihai.scope).toBe('city')
    expect(beihai.order).toBe(10)
    expect(beihai.points.locationPoints).toBe(10)
  })

  it('one-window bundle: promised 5 vs legal 35 working days', () => {
    const b = bundle('bh-one-window-2020')
    expect(b.timeLimit.promisedDays).toBe(5)
    expect(b.timeLimit.legalDays).toBe(35)
    expect(b.certifiedTalentOnly).toBe(false)
    expect(b.matters.map((m) => m.matterId).sort()).toEqual(['bh-residence-permit', 'bh-work-permit'])
    expect(b.matters.every((m) => m.required)).toBe(true)
    expect(beihaiGuide.bundles['bh-one-window-2020'].eligibility).toHaveLength(3)
  })

  it('certified-talent bundle: 4 working days, certificate holders only', () => {
    const b = bundle('bh-certified-talent-2023')
    expect(b.timeLimit.promisedDays).toBe(4)
    expect(b.timeLimit.legalDays).toBe(35)
    expect(b.certifiedTalentOnly).toBe(true)
  })

  it('the one-window flow has in-person steps at the window', () => {
    const steps = beihaiGuide.bundles['bh-one-window-2020'].steps
    expect(steps).toHaveLength(7)
    expect(steps.filter((s) => s.inPerson).length).toBeGreaterThanOrEqual(1)
    expect(steps[steps.length - 1].title.zh).toContain('邮寄')
  })

  it('window office: address, hours with a lunch break, phones', () => {
    const w = beihai.offices.find((o) => o.id === 'bh-talent-window')!
    expect(w.address.zh).toContain('北海大道168号')
    expect(w.hours?.weekdays).toEqual([1, 2, 3, 4, 5])
    expect(w.hours?.periods).toEqual([
      { from: '08:30', to: '12:00' },
      { from: '15:00', to: '18:00' }
    ])
    expect(w.phones.map((p) => p.number)).toEqual(['0779-3211041', '0779-2092570'])
    expect(w.web).toBe('http://fwp.safea.gov.cn/')
    expect(w.location?.latitude).toBeGreaterThan(21)
    expect(w.location?.longitude).toBeGreaterThan(109)
  })

  it('work and residence permits: actions, legal days, 30-day extension rule', () => {
    const wp = matter('bh-work-permit')
    expect(wp.kind).toBe('work_permit')
    expect(wp.actions).toEqual(['issue', 'change', 'extend', 'cancel'])
    expect(wp.timeLimit.legalDays).toBe(20)
    expect(wp.extendAtLeastDaysBeforeExpiry).toBe(30)
    const rp = matter('bh-residence-permit')
    expect(rp.kind).toBe('residence_permit')
    expect(rp.actions).toEqual(['issue', 'change', 'extend', 'reissue'])
    expect(rp.timeLimit.legalDays).toBe(15)
    expect(rp.extendAtLeastDaysBeforeExpiry).toBe(30)
  })

  it('material validity rules', () => {
    const wp = matter('bh-work-permit')
    const byId = (id: string) => wp.materials.find((m) => m.id === id)!
    expect(byId('bh-wp-photo').validity).toBe('issued_within_6_months')
    expect(byId('bh-wp-criminal-record').validity).toBe('issued_within_6_months')
    expect(byId('bh-wp-medical').validity).toBe('issued_within_6_months')
    expect(byId('bh-wp-passport').validity).toBe('valid_for_6_months')
    const rp = matter('bh-residence-permit')
    expect(rp.materials.some((m) => m.id === 'bh-rp-loss-report' && m.condition)).toBe(true)
  })

  it('talent certification: 5 working days, four criteria in order, materials per criterion', () => {
    const tc = matter('bh-talent-certification')
    expect(tc.kind).toBe('talent_certification')
    // 原则上 5 working days (art. 5): a target, not a legal limit.
    expect(tc.timeLimit.legalDays).toBeUndefined()
    expect(tc.timeLimit.promisedDays).toBe(5)
    expect(tc.timeLimit.inPrinciple).toBe(true)
    expect(tc.officeIds).toEqual(['bh-sti-bureau'])
    const elig = beihaiGuide.matters['bh-talent-certification'].eligibility
    expect(elig).toHaveLength(4)
    expect(elig[0].zh).toContain('A类')
    expect(elig[1].zh).toContain('R字签证')
    expect(elig[2].zh).toContain('荣誉称号')
    expect(elig[3].zh).toContain('B类')
    const form = tc.materials.find((m) => m.id === 'bh-tc-application-form')!
    expect(form.copies).toBe(3)
    expect(form.medium).toBe('paper')
    for (const n of [1, 2, 3, 4]) {
      const forCriterion = tc.materials.filter((m) => m.id.startsWith(`bh-tc-c${n}-`))
      expect(forCriterion.length).toBeGreaterThan(0)
      for (const m of forCriterion) expect(m.condition?.zh).toBeTruthy()
    }
    const rec = tc.materials.find((m) => m.id === 'bh-tc-c4-recommendation')!
    expect(rec.form).toBe('original_and_copy')
  })

  it('review (art. 13): the employer asks within 5 working days of the result, the answer comes within 15 days', () => {
    const { extraDays } = matter('bh-talent-certification').timeLimit
    expect(extraDays).toMatchObject({ reviewRequestDays: 5, reviewAnswerDays: 15 })
    // The case screens' appeal window is the same rule, kept in code: it must not drift from the data.
    expect(appealRightFor('beihai', 'talent_certification')).toMatchObject({
      windowWorkingDays: extraDays.reviewRequestDays,
      answerDays: extraDays.reviewAnswerDays
    })
    const promise = beihaiGuide.matters['bh-talent-certification'].promises.find((p) => p.zh.includes('复核'))!
    expect(promise).toEqual({
      zh: '认定结果有异议的，可在5个工作日内申请复核，15日内反馈复核结果。',
      en: 'If the employer disagrees with the result, it can ask for a review within 5 working days and gets an answer within 15 days.'
    })
  })

  it('has one perk per kind', () => {
    const kinds = beihai.perks.map((p) => p.kind).sort()
    expect(kinds).toEqual(['one_window_permits', 'hospital', 'school', 'childcare', 'theatre', 'events', 'research', 'talent_programme', 'mobile_vip'].sort())
  })

  it('hospital perk: booking and emergency phones', () => {
    const h = perk('hospital')
    expect(h.settings).toMatchObject({ bookingPhone: '0779-2038430', emergencyPhone: '13877950830' })
    expect(h.phones.map((p) => p.number)).toEqual(expect.arrayContaining(['0779-2038430', '13877950830']))
  })

  it('school perk: 1-25 June window, forwarded by 5 July, office hours', () => {
    const s = perk('school')
    expect(s.settings).toMatchObject({ windowStart: '06-01', windowEnd: '06-25', forwardBy: '07-05' })
    expect(s.phones[0].number).toBe('0779-2020070')
    const office = beihai.offices.find((o) => o.id === s.officeIds[0])!
    expect(office.address.zh).toContain('科技大厦803室')
    expect(office.address.zh).toContain('北海大道中段')
    expect(office.hours?.periods).toEqual([
      { from: '08:00', to: '12:00' },
      { from: '15:00', to: '18:00' }
    ])
    expect(beihaiGuide.perks[s.id].checklist).toHaveLength(3)
  })

  it('theatre perk: 50% off any show at Beihai People’s Theatre, no cap on tickets (art. 9: 不限演出剧目)', () => {
    const t = perk('theatre')
    expect(t.settings).toEqual({ discountPercent: 50 })
    expect(t.phones.map((p) => p.number)).toEqual(['0779-2039696', '13387796305', '13877993005'])
    const office = beihai.offices.find((o) => o.id === t.officeIds[0])!
    expect(office.address.zh).toContain('解放路6号')
    expect(office.name.zh).toBe('北海人民剧场')
  })

  it('research perk: 11-item checklist in the seed order', () => {
    const r = perk('research')
    const list = beihaiGuide.perks[r.id].checklist
    expect(list).toHaveLength(11)
    expect(list[0].zh).toContain('项目可行性报告')
    expect(list[10].zh).toContain('知识产权变更协议')
  })

  it('mobile VIP perk needs an A permit at 86 Beihai Avenue', () => {
    const m = perk('mobile_vip')
    expect(m.requiresPermitCategory).toBe('A')
    const office = beihai.offices.find((o) => o.id === m.officeIds[0])!
    expect(office.address.zh).toContain('北海大道86号')
  })

  it('all phone numbers carry an area code or are mobile numbers', () => {
    const numbers = [...beihai.offices.flatMap((o) => o.phones.map((p) => p.number)), ...beihai.perks.flatMap((p) => p.phones.map((x) => x.number))]
    for (const n of numbers) expect(n).toMatch(/^(0779-\d{7}|1\d{10})$/)
  })
})

describe('national talent visa facts', () => {
  it('is national, order 0, no points', () => {
    expect(national.scope).toBe('national')
    expect(national.order).toBe(0)
    expect(national.points).toMatchObject({ localPoints: 0, locationPoints: 0 })
  })

  it('has a talent_visa matter in at least one bundle', () => {
    const m = national.matters.find((x) => x.kind === 'talent_visa')!
    expect(m).toBeDefined()
    expect(m.actions).toEqual(['apply'])
    expect(m.timeLimit.promisedDays).toBe(5)
    expect(national.bundles.some((b) => b.matters.some((x) => x.matterId === m.id))).toBe(true)
    expect(m.officeIds.length).toBeGreaterThanOrEqual(2)
    expect(nationalGuide.matters[m.id].steps.some((s) => s.inPerson)).toBe(true)
  })
})
