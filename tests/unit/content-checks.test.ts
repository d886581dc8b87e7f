/** @jest-environment node */
/**
 * The checks of region content (src/domain/regions/checks.ts), run by the build-time loader and here: every
 * fact names its source (a seed and where in it, a national law or standard, or demo data), every id finds
 * what it names, and every number in prose is the data's. The build refuses a file where one does not hold.
 */
import fs from 'node:fs'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { parseRegionCoreFiles, parseRegionCores, parseRegionSources } from '@/domain/regions/parse'
import { parseRegionGuides } from '@/features/guides/parseGuides'
import { citeKey, NATIONAL_SOURCES } from '@/domain/regions/sources'
import { checkRegionCore, checkRegionGuide } from '@/domain/regions/checks'
import { RegionCoreFile, RegionGuide } from '@/domain/regions/schema'

const ROOT = path.join(__dirname, '..', '..', 'src', 'content', 'regions')
const REGIONS = ['beihai', 'gansu', 'qingdao', 'national']
const read = (region: string, file: string): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(path.join(ROOT, region, file), 'utf8')) as Record<string, unknown>
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T

/** Runs config/contentLoader.cjs as webpack does, in plain Node (its TypeScript loader cannot run inside jest). */
const LOADER = path.join(__dirname, '..', '..', 'config', 'contentLoader.cjs')
const RUN = `const l = require(${JSON.stringify(LOADER)}); let s = ''; process.stdin.on('data', (d) => (s += d)).on('end', () => {
  const { file, source } = JSON.parse(s)
  try { process.stdout.write(l.call({ resourcePath: file, getOptions: () => ({}), addDependency: () => {} }, source)) } catch (e) { process.stderr.write(e.message); process.exit(1) }
})`
function load(region: string, file: string, data: unknown): string {
  const run = spawnSync(process.execPath, ['-e', RUN], {
    cwd: path.join(__dirname, '..', '..'),
    input: JSON.stringify({ file: path.join(ROOT, region, file), source: JSON.stringify(data) }),
    encoding: 'utf8'
  })
  if (run.status !== 0) throw new Error(run.stderr)
  return run.stdout
}

describe('region sources', () => {
  it.each(REGIONS)('%s: core.json and guide.json pass every check', (region) => {
    const { regions, errors } = parseRegionCoreFiles([read(region, 'core.json')])
    expect(errors).toEqual([])
    expect(parseRegionGuides([read(region, 'guide.json')], () => regions[0]).errors).toEqual([])
  })

  it('the Beihai perks and offices quote their document', () => {
    const beihai = RegionCoreFile.parse(read('beihai', 'core.json'))
    const theatre = beihai.perks.find((p) => p.kind === 'theatre')!
    expect(theatre.cite).toMatchObject({ doc: 'beihai-2023-talent-certification', at: { zh: expect.stringContaining('第九条') } })
    expect(theatre.cite?.quote?.zh).toContain('不限演出剧目')
    const hospital = beihai.offices.find((o) => o.id === 'bh-people-hospital')!
    expect(hospital.phones.map((p) => p.cite?.quote?.zh)).toEqual([expect.stringContaining('0779-2038430'), expect.stringContaining('13877950830')])
    // Coordinates are not in any document: labelled demo.
    for (const office of beihai.offices) if (office.location) expect(office.location.cite?.doc).toBe('demo')
  })

  it("records that Beihai's 2023 measures repeal the standard of 16 November 2022 (art. 15)", () => {
    const seed = RegionCoreFile.parse(read('beihai', 'core.json')).seeds.find((x) => x.id === 'beihai-2023-talent-certification')!
    expect(seed.repeals).toMatchObject({ date: '2022-11-16', cite: { doc: 'beihai-2023-talent-certification', at: { zh: '第十五条' } } })
    expect(seed.repeals?.cite?.quote?.zh).toContain('同时废止')
  })

  it("gives the 2018 notice's rule that universities and research institutes name a department for talent visas", () => {
    const guide = read('national', 'guide.json') as { matters: Record<string, { faq: { a: { zh: string; en: string } }[] }> }
    const answers = guide.matters['national-talent-visa'].faq.map((f) => f.a)
    expect(answers).toContainEqual(expect.objectContaining({ zh: expect.stringContaining('明确负责组织实施外国人才签证的具体部门') }))
  })

  // The seeds are the project's shared policy documents (outside the app's sources): checked where they are present.
  const SEEDS = process.env.SEEDS_DIR ?? '/work/shared/seeds'
  ;(fs.existsSync(SEEDS) ? it : it.skip)('quotes each seed in its own words', () => {
    const norm = (s: string) =>
      s
        .replace(/[\s\u3000]/g, '')
        .replace(/：/g, ':')
        .replace(/，/g, ',')
        .replace(/[（）()]/g, '')
        .replace(/[—–]/g, '-')
    const missing: string[] = []
    const walk = (node: unknown, where: string) => {
      if (!node || typeof node !== 'object') return
      const cite = node as { doc?: unknown; quote?: { zh: string } }
      const file = path.join(SEEDS, `${String(cite.doc)}.txt`)
      if (typeof cite.doc === 'string' && cite.quote && fs.existsSync(file)) {
        const seed = norm(fs.readFileSync(file, 'utf8'))
        // '……' marks words left out between two quoted parts.
        for (const part of cite.quote.zh.split('……')) if (!seed.includes(norm(part))) missing.push(`${where}: ${part}`)
      }
      for (const [key, value] of Object.entries(node)) walk(value, `${where}.${key}`)
    }
    for (const region of REGIONS) for (const file of ['core.json', 'guide.json']) walk(read(region, file), `${region}/${file}`)
    expect(missing).toEqual([])
  })

  it('names the field of a fact without a source', () => {
    const core = RegionCoreFile.parse(read('beihai', 'core.json'))
    const broken = clone(core)
    delete (broken.offices[0].phones[0] as { cite?: unknown }).cite
    delete (broken.matters[0] as { extendCite?: unknown }).extendCite
    expect(checkRegionCore(broken)).toEqual(['offices[0] (bh-talent-window).phones[0].cite: no source', 'matters[0] (bh-work-permit).extendCite: no source'])
  })

  it('refuses a source id that is neither a seed of the region nor a national source', () => {
    const core = RegionCoreFile.parse(read('gansu', 'core.json'))
    const broken = clone(core)
    broken.offices[0].cite = { doc: 'beihai-2023-talent-certification' } // another region's seed
    expect(checkRegionCore(broken)).toEqual([`offices[0] (${core.offices[0].id}).cite: unknown source "beihai-2023-talent-certification"`])
    expect(Object.keys(NATIONAL_SOURCES)).toContain('exit-entry-law')
  })

  it('refuses a number of days in the prose that disagrees with the data', () => {
    const core = RegionCoreFile.parse(read('beihai', 'core.json'))
    const broken = clone(core)
    const bundle = broken.bundles.find((b) => b.id === 'bh-certified-talent-2023')!
    bundle.timeLimit.note = { zh: '承诺5个工作日。', en: 'Promised: {{promisedDays}} working days.' }
    expect(checkRegionCore(broken)).toEqual(['bundles[1] (bh-certified-talent-2023).timeLimit.note.zh: says 5 days, the data says 35 / 4 / 20 / 15'])
  })

  it('refuses a perk name whose discount disagrees with the discount its settings apply', () => {
    const broken = clone(RegionCoreFile.parse(read('beihai', 'core.json')))
    const theatre = broken.perks.find((p) => p.kind === 'theatre')!
    theatre.settings = { discountPercent: 40 }
    expect(checkRegionCore(broken)).toEqual([
      'perks[4] (bh-perk-theatre).name.zh: says 5折, settings.discountPercent is 40',
      'perks[4] (bh-perk-theatre).name.en: says 50% off, settings.discountPercent is 40'
    ])
  })

  it('ships the core without cites (main package) and the cites in their own part, by key', () => {
    const files = REGIONS.map((r) => read(r, 'core.json'))
    const shipped = JSON.stringify(parseRegionCores(files).regions)
    expect(shipped).not.toMatch(/"(cite|webCite|feesCite|extendCite|minMonthsCite)"/)
    const beihai = parseRegionSources(files).sources.find((s) => s.regionId === 'beihai')!
    expect(beihai.cites[citeKey.extend('bh-residence-permit')]).toMatchObject({ doc: 'exit-entry-law', at: { en: 'art. 32' } })
    expect(beihai.cites[citeKey.location('bh-people-theatre')]).toEqual({ doc: 'demo' })
    expect(beihai.cites[citeKey.officePhone('bh-people-hospital', '13877950830')]?.quote?.zh).toContain('医疗总值班（13877950830）')
    // Every cite of the file is reachable by a key (materials travel with the materials part).
    const inFile = JSON.stringify(read('beihai', 'core.json')).match(/"(cite|webCite|feesCite|extendCite|minMonthsCite)":/g)!.length
    const inMaterials = RegionCoreFile.parse(read('beihai', 'core.json')).matters.reduce((n, m) => n + m.materials.length, 0)
    expect(Object.keys(beihai.cites)).toHaveLength(inFile - inMaterials)
  })

  it('fills the prose from the numbers', () => {
    const { regions } = parseRegionCoreFiles([read('beihai', 'core.json')])
    const note = regions[0].bundles.find((b) => b.id === 'bh-certified-talent-2023')!.timeLimit.note!
    expect(note.zh).toBe('法定35个工作日（工作许可20个、居留许可15个）；承诺4个工作日。')
    expect(note.en).not.toContain('{{')
  })

  it('refuses an id used twice, a reference to nothing and opening hours that run backwards', () => {
    const broken = clone(RegionCoreFile.parse(read('beihai', 'core.json')))
    broken.bundles[0].matters.push({ matterId: 'bh-no-such-matter', required: false })
    broken.matters[1].officeIds = ['bh-nowhere']
    broken.offices[1].id = 'bh-talent-window'
    broken.offices[0].hours!.periods = [{ from: '17:00', to: '09:00' }]
    expect(checkRegionCore(broken)).toEqual([
      'bh-talent-window: id used twice',
      'offices[0] (bh-talent-window).hours.periods[0]: 17:00 is not before 09:00',
      'matters[1] (bh-residence-permit).officeIds: no office "bh-nowhere"',
      // The renamed office's own references now find nothing either.
      'matters[2] (bh-talent-certification).officeIds: no office "bh-sti-bureau"',
      'bundles[0] (bh-one-window-2020).matters[2]: no matter "bh-no-such-matter"',
      'perks[2] (bh-perk-school).officeIds: no office "bh-sti-bureau"'
    ])
  })

  it('refuses a material that differs from another of the same id', () => {
    const broken = clone(RegionCoreFile.parse(read('gansu', 'core.json')))
    const titleReview = broken.matters.findIndex((m) => m.id === 'gs-title-review')
    const contract = broken.matters[titleReview].materials.findIndex((x) => x.id === 'gs-mat-contract')
    broken.matters[titleReview].materials[contract].copies = 3
    expect(checkRegionCore(broken)).toEqual([
      `matters[${titleReview}] (gs-title-review).materials[${contract}] (gs-mat-contract): differs from the material of the same id in another matter`
    ])
  })

  describe('numbers in guide prose', () => {
    // A small region: one matter, one bundle, one perk, each with its numbers.
    const t = (en: string, zh: string) => ({ en, zh })
    const seed = { doc: 'tv-2026' }
    const core = RegionCoreFile.parse({
      id: 'testville',
      name: t('Testville', '测试市'),
      province: t('Test Province', '测试省'),
      scope: 'city',
      seeds: [{ id: 'tv-2026', title: t('Testville plan', '测试市方案'), issuedBy: t('Testville government', '测试市政府'), date: '2026-01-01' }],
      points: { localPoints: 0, locationPoints: 0, cite: seed },
      offices: [],
      matters: [
        {
          id: 'tv-permit',
          kind: 'work_permit',
          actions: ['issue'],
          name: t('Permit', '许可'),
          decidedBy: t('Bureau', '局'),
          timeLimit: { legalDays: 20, promisedDays: 3, cite: seed },
          extendAtLeastDaysBeforeExpiry: 30,
          extendCite: seed
        }
      ],
      bundles: [
        {
          id: 'tv-bundle',
          name: t('One thing', '一件事'),
          seed: 'tv-2026',
          matters: [{ matterId: 'tv-permit', required: true }],
          timeLimit: { legalDays: 20, promisedDays: 2, cite: seed }
        }
      ],
      perks: [{ id: 'tv-theatre', kind: 'theatre', name: t('Theatre: 30% off', '剧场7折'), settings: { discountPercent: 30 }, cite: seed }]
    })
    const guide = (bundleSummary: { en: string; zh: string }, perkRule = t('{{discountPercent}}% off any show', '任意剧目7折')): RegionGuide =>
      RegionGuide.parse({
        regionId: 'testville',
        intro: t('Done within {{tv-bundle.promisedDays}} working days.', '{{tv-bundle.promisedDays}}个工作日办结。'),
        matters: { 'tv-permit': { summary: t('Extend {{extendDays}} days ahead.', '提前{{extendDays}}日申请延期。'), cite: seed } },
        bundles: { 'tv-bundle': { summary: bundleSummary, cite: seed } },
        perks: { 'tv-theatre': { rules: [perkRule], cite: seed } },
        cite: seed
      })

    it('fills placeholders from the numbers of the entry a section retells, or of any entry by its id', () => {
      const good = guide(t('Promised {{promisedDays}} of {{legalDays}} working days.', '承诺{{promisedDays}}个工作日（法定{{legalDays}}个工作日）。'))
      const { guides, errors } = parseRegionGuides([good], () => core)
      expect(errors).toEqual([])
      expect(guides[0].bundles['tv-bundle'].summary).toEqual(t('Promised 2 of 20 working days.', '承诺2个工作日（法定20个工作日）。'))
      expect(guides[0].matters['tv-permit'].summary.en).toBe('Extend 30 days ahead.')
      expect(guides[0].intro.zh).toBe('2个工作日办结。')
      expect(guides[0].perks['tv-theatre'].rules[0].en).toBe('30% off any show')
    })

    it('refuses a number written out that is not the data, in either language, naming the field', () => {
      const bad = guide(t('Promised 5 working days.', '承诺{{promisedDays}}个工作日（法定35个工作日）。'), t('50% off any show', '任意剧目5折'))
      expect(checkRegionGuide(bad, core)).toEqual([
        'bundles.tv-bundle.summary.zh: says 35 days, the data says 20 / 2',
        'bundles.tv-bundle.summary.en: says 5 days, the data says 20 / 2',
        'perks.tv-theatre.rules[0].zh: says 5折, settings.discountPercent is 30',
        'perks.tv-theatre.rules[0].en: says 50% off, settings.discountPercent is 30'
      ])
    })

    it('refuses a placeholder the data has no value for', () => {
      const bad = guide(t('Within {{routingDays}} working days.', '{{tv-permit.routingDays}}个工作日内。'))
      expect(checkRegionGuide(bad, core)).toEqual([
        'bundles.tv-bundle.summary.zh: {{tv-permit.routingDays}} has no value',
        'bundles.tv-bundle.summary.en: {{routingDays}} has no value'
      ])
    })

    it('refuses a matter without its section and a section without its matter', () => {
      const bad = guide(t('One window.', '一窗办理。'))
      bad.matters = { 'tv-other': bad.matters['tv-permit'] }
      expect(checkRegionGuide(bad, core)).toEqual(expect.arrayContaining(['matters.tv-permit: no section', 'matters.tv-other: no such matter in core.json']))
    })
  })

  describe('the build-time loader', () => {
    it('fails on a core file with a fact lacking a source, naming the file and the field', () => {
      const core = read('beihai', 'core.json') as { perks: { cite?: unknown }[] }
      delete core.perks[0].cite
      expect(() => load('beihai', 'core.json', core)).toThrow(
        /src\/content\/regions\/beihai\/core\.json breaks the region schema: beihai: perks\[0\] \(bh-perk-one-window\)\.cite: no source/
      )
    })

    it('fails on a guide section citing an unknown source', () => {
      const guide = read('qingdao', 'guide.json') as { bundles: Record<string, { cite: { doc: string } }> }
      guide.bundles['qd-one-thing-2025'].cite = { doc: 'qingdao-2031-plan' }
      expect(() => load('qingdao', 'guide.json', guide)).toThrow(
        /qingdao\/guide\.json breaks the region schema: qingdao: bundles\.qd-one-thing-2025\.cite: unknown source "qingdao-2031-plan"/
      )
    })

    it('fails on a number that disagrees with its prose', () => {
      const core = read('gansu', 'core.json') as { bundles: { timeLimit: { promisedDays: number; note: { zh: string } } }[] }
      core.bundles[0].timeLimit.note.zh = '法定办结时限90个工作日，承诺办结时限15个工作日。'
      core.bundles[0].timeLimit.promisedDays = 10
      expect(() => load('gansu', 'core.json', core)).toThrow(/gansu\/core\.json .*bundles\[0\] \(gs-one-thing-2025\)\.timeLimit\.note\.zh: says 15 days/)
    })

    it('fails on a guide whose prose names a time limit the data does not hold', () => {
      const guide = read('gansu', 'guide.json') as { bundles: Record<string, { promises: { zh: string; en: string }[] }> }
      guide.bundles['gs-one-thing-2025'].promises[1] = {
        zh: '承诺10个工作日办结（法定{{legalDays}}个工作日）。',
        en: 'Done within {{promisedDays}} working days.'
      }
      expect(() => load('gansu', 'guide.json', guide)).toThrow(
        /gansu\/guide\.json breaks the region schema: gansu: bundles\.gs-one-thing-2025\.promises\[1\]\.zh: says 10 days, the data says 90 \/ 15/
      )
    })

    it('emits the guide with its numbers filled from core.json (Gansu: 15 working days promised, 90 by law)', () => {
      const shipped = JSON.parse(load('gansu', 'guide.json', read('gansu', 'guide.json'))) as RegionGuide
      expect(JSON.stringify(shipped)).not.toContain('{{')
      expect(shipped.bundles['gs-one-thing-2025'].efficiency[0]).toMatchObject({
        before: { zh: '90个工作日（单独办理）' },
        after: { en: '15 working days (bundled)' }
      })
    })

    it('passes the shipped files', () => {
      expect(() => load('national', 'guide.json', read('national', 'guide.json'))).not.toThrow()
      expect(JSON.parse(load('beihai', 'core.json', read('beihai', 'core.json')))).toHaveProperty('id', 'beihai')
    })
  })
})
