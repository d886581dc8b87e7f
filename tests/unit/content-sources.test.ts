/** @jest-environment node */
/**
 * Every fact in the region data names its source (a seed and where in it, a national law or standard, or
 * demo data), and the build refuses a file where one does not.
 */
import fs from 'node:fs'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { parseRegionCoreFiles, parseRegionCores, parseRegionSources } from '@/domain/regions/parse'
import { parseRegionGuides } from '@/features/guides/parseGuides'
import { checkCoreSources, citeKey, NATIONAL_SOURCES } from '@/domain/regions/sources'
import { RegionCoreFile } from '@/domain/regions/schema'

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
  it.each(REGIONS)('%s: every fact in core.json and guide.json names a known source', (region) => {
    const core = read(region, 'core.json')
    expect(parseRegionCoreFiles([core]).errors).toEqual([])
    expect(parseRegionGuides([read(region, 'guide.json')], () => core.seeds as { id: string }[]).errors).toEqual([])
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
    expect(checkCoreSources(broken)).toEqual(['offices[0] (bh-talent-window).phones[0].cite: no source', 'matters[0] (bh-work-permit).extendCite: no source'])
  })

  it('refuses a source id that is neither a seed of the region nor a national source', () => {
    const core = RegionCoreFile.parse(read('gansu', 'core.json'))
    const broken = clone(core)
    broken.offices[0].cite = { doc: 'beihai-2023-talent-certification' } // another region's seed
    expect(checkCoreSources(broken)).toEqual([`offices[0] (${core.offices[0].id}).cite: unknown source "beihai-2023-talent-certification"`])
    expect(Object.keys(NATIONAL_SOURCES)).toContain('exit-entry-law')
  })

  it('refuses a number of days in the prose that disagrees with the data', () => {
    const core = RegionCoreFile.parse(read('beihai', 'core.json'))
    const broken = clone(core)
    const bundle = broken.bundles.find((b) => b.id === 'bh-certified-talent-2023')!
    bundle.timeLimit.note = { zh: '承诺5个工作日。', en: 'Promised: {{promisedDays}} working days.' }
    expect(checkCoreSources(broken)).toEqual(['bundles[1] (bh-certified-talent-2023).timeLimit.note.zh: says 5 days, the data says 35 / 4 / 20 / 15'])
  })

  it('refuses a perk name whose discount disagrees with the discount its settings apply', () => {
    const broken = clone(RegionCoreFile.parse(read('beihai', 'core.json')))
    const theatre = broken.perks.find((p) => p.kind === 'theatre')!
    theatre.settings = { discountPercent: 40 }
    expect(checkCoreSources(broken)).toEqual([
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

    it('passes the shipped files', () => {
      expect(() => load('national', 'guide.json', read('national', 'guide.json'))).not.toThrow()
      expect(JSON.parse(load('beihai', 'core.json', read('beihai', 'core.json')))).toHaveProperty('id', 'beihai')
    })
  })
})
