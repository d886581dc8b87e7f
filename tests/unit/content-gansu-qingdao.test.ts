/**
 * What the Gansu and Qingdao documents say, as the app holds it. Whether the files hold together (ids,
 * references, sources, numbers in prose, both languages) is checked once for every region: content-checks.test.ts.
 */
import gansuCoreJson from '@/content/regions/gansu/core.json'
import qingdaoCoreJson from '@/content/regions/qingdao/core.json'
import { RegionCoreFile } from '@/domain/regions/schema'
import { parseRegionCoreFiles } from '@/domain/regions/parse'
import type { Material, MatterFile } from '@/domain/regions/schema'
import { guideLibrary } from '@/packages/guides/content/load'

const gansu = RegionCoreFile.parse(gansuCoreJson)
// The guides as shipped: their numbers filled from core.json.
const gansuGuide = guideLibrary.region('gansu')!
const qingdao = RegionCoreFile.parse(qingdaoCoreJson)
const qingdaoGuide = guideLibrary.region('qingdao')!

const regions = [
  { name: 'gansu', core: gansu, guide: gansuGuide },
  { name: 'qingdao', core: qingdao, guide: qingdaoGuide }
]

function matterOf(core: RegionCoreFile, id: string): MatterFile {
  const m = core.matters.find((x) => x.id === id)
  if (!m) throw new Error(`missing matter ${id}`)
  return m
}

function materialOf(m: MatterFile, id: string): Material {
  const x = m.materials.find((y) => y.id === id)
  if (!x) throw new Error(`missing material ${id} on ${m.id}`)
  return x
}

describe.each(regions)('region content: $name', ({ core, guide }) => {
  it('permits must be extended at least 30 days before expiry, and the work permit can be cancelled', () => {
    for (const m of core.matters.filter((x) => x.kind === 'work_permit' || x.kind === 'residence_permit')) {
      expect(m.extendAtLeastDaysBeforeExpiry).toBe(30)
    }
    const wp = core.matters.find((x) => x.kind === 'work_permit')
    expect(wp?.actions).toEqual(expect.arrayContaining(['issue', 'change', 'extend', 'cancel']))
  })

  it('every guide section has a summary and steps; in-person steps are flagged', () => {
    const sections = [...Object.values(guide.matters), ...Object.values(guide.bundles)]
    for (const s of sections) {
      expect(s.steps.length).toBeGreaterThan(0)
      expect(s.faq.length).toBeGreaterThan(0)
    }
    for (const b of Object.values(guide.bundles)) expect(b.steps.some((s) => s.inPerson)).toBe(true)
  })

  it('no perks (the seeds have none)', () => {
    expect(core.perks).toEqual([])
  })
})

describe('Gansu facts (gansu-2025)', () => {
  const bundle = gansu.bundles.find((b) => b.id === 'gs-one-thing-2025')!
  const section = gansuGuide.bundles['gs-one-thing-2025']

  it('is a province with order 20, western-region location points and no local points', () => {
    expect(gansu.id).toBe('gansu')
    expect(gansu.scope).toBe('province')
    expect(gansu.order).toBe(20)
    expect(gansu.points.locationPoints).toBe(10)
    expect(gansu.points.localPoints).toBe(0)
    expect(gansu.points.note).toBeDefined()
    expect(gansu.seeds[0].date).toBe('2025-03-24')
  })

  it('bundle: work + residence permit required, social insurance + title review optional', () => {
    expect(bundle).toBeDefined()
    const req = Object.fromEntries(bundle.matters.map((m) => [matterOf(gansu, m.matterId).kind, m.required]))
    expect(req).toEqual({ work_permit: true, residence_permit: true, social_insurance: false, title_review: false })
  })

  it('promised 15 vs legal 90 working days', () => {
    expect(bundle.timeLimit.promisedDays).toBe(15)
    expect(bundle.timeLimit.legalDays).toBe(90)
  })

  it('efficiency table: time 90->15, visits 2->1, materials 20->15, steps 4->2', () => {
    const rows = section.efficiency.map((r) => [r.item.zh, r.before.zh, r.after.zh])
    expect(rows).toEqual([
      ['办理时间', expect.stringContaining('90'), expect.stringContaining('15')],
      ['跑动次数', '2次', '1次'],
      ['递交材料', '20份', '15份'],
      ['办理环节', '4个环节', '2个环节']
    ])
    expect(section.efficiency[1].before.en).toBe('2 visits')
    expect(section.efficiency[1].after.en).toBe('1 visit')
    expect(section.efficiency[2].after.en).toBe('15 documents')
    expect(section.efficiency[3].after.en).toBe('2 steps')
  })

  it('work permit: A/B by S&T, C by HR&SS; issue/change/extend/cancel', () => {
    const wp = matterOf(gansu, 'gs-work-permit')
    expect(wp.decidedBy.zh).toContain('科技厅')
    expect(wp.decidedBy.zh).toContain('人社厅')
    expect(wp.decidedBy.zh).toMatch(/A类.*B类.*科技厅/)
    expect(wp.decidedBy.zh).toMatch(/C类.*人社厅/)
    expect(wp.decidedBy.en).toMatch(/A .*B .*Science and Technology/)
    expect(wp.decidedBy.en).toMatch(/C .*Human Resources and Social Security/)
    expect(wp.actions).toEqual(['issue', 'change', 'extend', 'cancel'])
  })

  it('title review only after more than 6 months of work in the province', () => {
    const t = matterOf(gansu, 'gs-title-review')
    expect(t.kind).toBe('title_review')
    expect(t.minMonthsWorkedInProvince).toBe(6)
    expect(gansuGuide.matters['gs-title-review'].eligibility[0].zh).toContain('超过6个月')
  })

  it('residence permit: issue/extend/renew/replace at the city exit-entry office, the only in-person step', () => {
    const rp = matterOf(gansu, 'gs-residence-permit')
    // 签发、延期、换发、补发: 换发 is a renewal of the card ('renew'), not a change (变更).
    expect(rp.actions).toEqual(['issue', 'extend', 'renew', 'reissue'])
    expect(rp.officeIds).toEqual(['gs-office-exit-entry'])
    const inPerson = section.steps.filter((s) => s.inPerson)
    expect(inPerson).toHaveLength(1)
    expect(inPerson[0].title.zh).toContain('居留')
  })

  it('materials table: every row on the right matter with source, form, medium, copies, required', () => {
    const table: Array<[string, string, string, 'electronic' | 'paper']> = [
      ['gs-work-permit', 'gs-mat-wp-application-form', '系统自动生成', 'electronic'],
      ['gs-work-permit', 'gs-mat-work-experience', '申请人自备', 'electronic'],
      ['gs-work-permit', 'gs-mat-degree', '申请人自备', 'electronic'],
      ['gs-work-permit', 'gs-mat-criminal-record', '申请人自备', 'electronic'],
      ['gs-work-permit', 'gs-mat-medical', '申请人自备', 'electronic'],
      ['gs-work-permit', 'gs-mat-contract', '申请人自备', 'electronic'],
      ['gs-work-permit', 'gs-mat-passport', '申请人自备', 'electronic'],
      ['gs-work-permit', 'gs-mat-photo', '申请人自备', 'electronic'],
      ['gs-social-insurance', 'gs-mat-si-registration-form', '系统自动生成', 'electronic'],
      ['gs-social-insurance', 'gs-mat-si-first-enrolment-form', '申请人自备', 'electronic'],
      ['gs-title-review', 'gs-mat-ssc-permit-info', '系统自动生成', 'electronic'],
      ['gs-title-review', 'gs-mat-recommendation', '申请人自备', 'electronic'],
      ['gs-residence-permit', 'gs-mat-rp-application-form', '申请人自备', 'paper'],
      ['gs-residence-permit', 'gs-mat-rp-photo', '申请人自备', 'paper'],
      ['gs-residence-permit', 'gs-mat-employer-letter', '申请人自备', 'paper'],
      ['gs-residence-permit', 'gs-mat-passport-loss', '申请人自备', 'paper']
    ]
    expect(table).toHaveLength(16)
    for (const [matterId, id, source, medium] of table) {
      const x = materialOf(matterOf(gansu, matterId), id)
      expect(x.source?.zh).toBe(source)
      expect(x.form).toBe('original')
      expect(x.medium).toBe(medium)
      expect(x.copies).toBe(1)
      expect(x.required).toBe(true)
    }
  })

  it('validity rules: photo, criminal record, medical within 6 months; passport valid 6 months', () => {
    const wp = matterOf(gansu, 'gs-work-permit')
    expect(materialOf(wp, 'gs-mat-photo').validity).toBe('issued_within_6_months')
    expect(materialOf(wp, 'gs-mat-criminal-record').validity).toBe('issued_within_6_months')
    expect(materialOf(wp, 'gs-mat-medical').validity).toBe('issued_within_6_months')
    expect(materialOf(wp, 'gs-mat-passport').validity).toBe('valid_for_6_months')
    const rp = matterOf(gansu, 'gs-residence-permit')
    expect(materialOf(rp, 'gs-mat-rp-photo').validity).toBe('issued_within_6_months')
  })

  it('the passport loss report is only needed when the passport was reported lost', () => {
    const x = materialOf(matterOf(gansu, 'gs-residence-permit'), 'gs-mat-passport-loss')
    expect(x.condition?.zh).toContain('报失')
  })

  it('legal basis: every row of the table, with its article', () => {
    const expected: Array<[string, string, string]> = [
      ['gs-work-permit', '出境入境管理法', '第四十一条'],
      ['gs-social-insurance', '在中国境内就业的外国人参加社会保险暂行办法', '第三条'],
      ['gs-title-review', '关于深化职称制度改革的意见', '第四条第十一款'],
      ['gs-residence-permit', '出境入境管理法', '第四条']
    ]
    for (const [matterId, law, article] of expected) {
      const rows = gansuGuide.matters[matterId].legalBasis
      expect(rows.some((r) => r.title.zh.includes(law) && r.article?.zh.startsWith(article))).toBe(true)
      expect(section.legalBasis.some((r) => r.title.zh.includes(law) && r.article?.zh.startsWith(article))).toBe(true)
    }
  })

  it('consultation phone 0931-12345 and the online zone', () => {
    const online = gansu.offices.find((o) => o.id === 'gs-office-online')!
    expect(online.phones.map((p) => p.number)).toContain('0931-12345')
    expect(online.web).toMatch(/^https?:\/\//)
  })

  it('FAQ covers the one-time supplement notice, fees, interview, e-permit on the social security card, progress', () => {
    const all = [...gansuGuide.faq, ...section.faq].map((f) => f.q.zh + f.a.zh).join('\n')
    expect(all).toContain('一次性告知')
    expect(all).toContain('收费')
    expect(all).toContain('面谈')
    expect(all).toContain('电子社保卡')
    expect(all).toContain('进度')
  })
})

describe('Qingdao facts (qingdao-2025)', () => {
  const bundle = qingdao.bundles.find((b) => b.id === 'qd-one-thing-2025')!
  const section = qingdaoGuide.bundles['qd-one-thing-2025']

  it('is a city with order 30 and no location or local points', () => {
    expect(qingdao.id).toBe('qingdao')
    expect(qingdao.scope).toBe('city')
    expect(qingdao.order).toBe(30)
    expect(qingdao.points.locationPoints).toBe(0)
    expect(qingdao.points.localPoints).toBe(0)
  })

  it('matters: work permit, social insurance, title, residence permit, e-social-security card', () => {
    expect(qingdao.matters.map((m) => m.kind).sort()).toEqual(['e_ssc', 'residence_permit', 'social_insurance', 'title_review', 'work_permit'].sort())
    expect(matterOf(qingdao, 'qd-work-permit').actions).toEqual(expect.arrayContaining(['issue', 'change', 'extend']))
    expect(matterOf(qingdao, 'qd-residence-permit').actions).toEqual(['issue', 'change', 'extend'])
    expect(matterOf(qingdao, 'qd-e-ssc').kind).toBe('e_ssc')
  })

  it('the bundle holds every matter; work and residence permits required', () => {
    expect(bundle.matters.map((m) => m.matterId).sort()).toEqual(qingdao.matters.map((m) => m.id).sort())
    const req = Object.fromEntries(bundle.matters.map((m) => [matterOf(qingdao, m.matterId).kind, m.required]))
    expect(req.work_permit).toBe(true)
    expect(req.residence_permit).toBe(true)
  })

  it('routed to departments within 2 working days; no invented completion promise', () => {
    // The number is written once (extraDays); the prose the app shows is filled from it.
    expect(bundle.timeLimit.extraDays.routingDays).toBe(2)
    const shown = parseRegionCoreFiles([qingdaoCoreJson]).regions[0].bundles.find((b) => b.id === 'qd-one-thing-2025')!.timeLimit.note
    expect(shown?.zh).toContain('2个工作日内')
    expect(shown?.en).toContain('within 2 working days')
    expect(bundle.timeLimit.promisedDays).toBeUndefined()
    expect(bundle.timeLimit.legalDays).toBeUndefined()
    expect(section.steps.some((s) => s.title.zh.includes('2个工作日'))).toBe(true)
  })

  it('promises: one form one window, consultation and document push, help/agent service, no extra fees, e-licences', () => {
    const all = section.promises.map((p) => p.zh).join('\n')
    expect(all).toContain('一表申请、一窗受理')
    expect(all).toContain('政策解答')
    expect(all).toContain('资料推送')
    expect(all).toContain('帮办')
    expect(all).toContain('代办')
    expect(all).toContain('不以任何名义额外收费')
    expect(all).toContain('电子社保卡')
    expect(all).toContain('免提交')
  })

  it('only the residence permit names a fee', () => {
    expect(matterOf(qingdao, 'qd-residence-permit').fees?.zh).toContain('收费')
    expect(qingdaoGuide.faq[0].a.zh).toContain('居留证件')
  })

  it('the residence permit is applied for in person at the Citizen Center window after the work permit is approved', () => {
    const window = qingdao.offices.find((o) => o.id === 'qd-office-window')!
    expect(window.address.zh).toContain('青岛市民中心')
    expect(matterOf(qingdao, 'qd-residence-permit').officeIds).toContain('qd-office-window')
    const inPerson = section.steps.filter((s) => s.inPerson)
    expect(inPerson).toHaveLength(1)
    expect(inPerson[0].detail.zh).toContain('工作许可获批后')
  })

  it('work-permit cancellation follows national rules (the seed is silent)', () => {
    expect(matterOf(qingdao, 'qd-work-permit').timeLimit.note?.zh).toContain('注销')
    expect(qingdaoGuide.matters['qd-work-permit'].faq.some((f) => f.a.zh.includes('国家'))).toBe(true)
  })
})
