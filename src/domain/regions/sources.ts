/**
 * The sources a region fact may cite, and the checks that every fact cites one it may.
 * A region's own seeds are listed in its core.json (`seeds`); the sources below hold everywhere.
 * Run where region files are parsed (build-time loader, tests, Node mock server): a file that fails is
 * reported with its field and not shipped.
 */
import type { Cite, RegionCore, RegionCoreFile, RegionGuide, Text } from './schema'

export type NationalSourceKind = 'notice' | 'law' | 'standard' | 'demo'

export interface NationalSource {
  kind: NationalSourceKind
  title: Text
}

export const NATIONAL_SOURCES: Record<string, NationalSource> = {
  'national-2018-talent-visa-notice': {
    kind: 'notice',
    title: {
      zh: '关于全面实施《外国人才签证制度实施办法》的通知（外专发明电〔2018〕3号）',
      en: 'Notice on fully implementing the Foreign Talent Visa System (2018)'
    }
  },
  'talent-visa-measures-2017': {
    kind: 'standard',
    title: { zh: '外国人才签证制度实施办法（外专发〔2017〕218号）', en: 'Measures for Implementing the Foreign Talent Visa System (2017)' }
  },
  'exit-entry-regulations': {
    kind: 'law',
    title: { zh: '中华人民共和国外国人入境出境管理条例', en: 'Regulations of the PRC on the Administration of the Entry and Exit of Foreigners' }
  },
  'exit-entry-law': { kind: 'law', title: { zh: '中华人民共和国出境入境管理法', en: 'Exit and Entry Administration Law of the PRC' } },
  'work-permit-classification-2017': {
    kind: 'standard',
    title: { zh: '外国人来华工作分类标准（试行）（2017）', en: 'Classification Standard for Foreigners Working in China (trial, 2017)' }
  },
  'work-permit-service-guide': {
    kind: 'standard',
    title: { zh: '外国人来华工作许可服务指南（暂行）', en: "Service Guide for the Foreigner's Work Permit in China (interim)" }
  },
  demo: { kind: 'demo', title: { zh: '演示数据（文件未给出）', en: 'Demo data (not in the documents)' } }
}

/** The title of a cited document: a seed of the region, else a national source. */
export function sourceTitle(doc: string, seeds: readonly { id: string; title: Text }[]): Text | undefined {
  return seeds.find((s) => s.id === doc)?.title ?? NATIONAL_SOURCES[doc]?.title
}

export const isDemo = (cite: Cite | undefined): boolean => cite?.doc === 'demo'

/** "<document>, <article>" in one language, for a Source line. */
export function citeLabel(cite: Cite, seeds: readonly { id: string; title: Text }[], lang: 'zh' | 'en'): string {
  const title = sourceTitle(cite.doc, seeds)?.[lang] ?? cite.doc
  return cite.at ? `${title}${lang === 'zh' ? '，' : ', '}${cite.at[lang]}` : title
}

/** Fills {{name}} placeholders from numbers held in data, so a number is written once. */
export function fillText(text: string, values: Record<string, number | string | undefined>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (values[name] === undefined ? whole : String(values[name])))
}

/** Numbers of days in prose: '20个工作日', '15日', '5 working days', '30 days'. */
const DAYS = [/(\d+)\s*个?(?:工作日|日|天)/g, /(\d+)\s+(?:working\s+)?days?\b/g]

function daysIn(text: string): number[] {
  return DAYS.flatMap((re) => [...text.matchAll(re)].map((m) => Number(m[1])))
}

function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1])
}

type Check = (path: string, cite: unknown) => void

/** Errors of one core file: facts without a source, unknown source ids, numbers that disagree with their prose. */
export function checkCoreSources(file: RegionCoreFile): string[] {
  const errors: string[] = []
  const known = new Set([...file.seeds.map((s) => s.id), ...Object.keys(NATIONAL_SOURCES)])
  const need: Check = (path, cite) => {
    if (!cite) errors.push(`${path}: no source`)
    else if (!known.has((cite as Cite).doc)) errors.push(`${path}: unknown source "${(cite as Cite).doc}"`)
  }
  const agree = (path: string, text: { zh: string; en: string } | undefined, values: Record<string, number | undefined>) => {
    if (!text) return
    const allowed = new Set(Object.values(values).filter((v): v is number => v !== undefined))
    for (const lang of ['zh', 'en'] as const) {
      for (const name of placeholdersIn(text[lang])) if (values[name] === undefined) errors.push(`${path}.${lang}: {{${name}}} has no value`)
      for (const n of daysIn(text[lang]))
        if (!allowed.has(n)) errors.push(`${path}.${lang}: says ${n} days, the data says ${[...allowed].join(' / ') || 'none'}`)
    }
  }

  need('points.cite', file.points.cite)
  file.seeds.forEach((seed, i) => seed.repeals && need(`seeds[${i}] (${seed.id}).repeals.cite`, seed.repeals.cite))
  file.offices.forEach((o, i) => {
    const at = `offices[${i}] (${o.id})`
    need(`${at}.cite`, o.cite)
    if (o.hours) need(`${at}.hours.cite`, o.hours.cite)
    if (o.location) need(`${at}.location.cite`, o.location.cite)
    if (o.web) need(`${at}.webCite`, o.webCite)
    o.phones.forEach((p, j) => need(`${at}.phones[${j}].cite`, p.cite))
  })
  const timeLimit = (at: string, t: RegionCoreFile['matters'][number]['timeLimit']) => {
    need(`${at}.timeLimit.cite`, t.cite)
    agree(`${at}.timeLimit.note`, t.note, { legalDays: t.legalDays, promisedDays: t.promisedDays, ...t.extraDays })
  }
  file.matters.forEach((m, i) => {
    const at = `matters[${i}] (${m.id})`
    timeLimit(at, m.timeLimit)
    if (m.fees) need(`${at}.feesCite`, m.feesCite)
    if (m.extendAtLeastDaysBeforeExpiry) need(`${at}.extendCite`, m.extendCite)
    if (m.minMonthsWorkedInProvince) need(`${at}.minMonthsCite`, m.minMonthsCite)
    m.materials.forEach((x, j) => {
      need(`${at}.materials[${j}] (${x.id}).cite`, x.cite)
      if (x.validitySource && !known.has(x.validitySource.seed))
        errors.push(`${at}.materials[${j}] (${x.id}).validitySource: unknown source "${x.validitySource.seed}"`)
    })
  })
  file.bundles.forEach((b, i) => {
    if (!known.has(b.seed)) errors.push(`bundles[${i}] (${b.id}).seed: unknown source "${b.seed}"`)
    timeLimit(`bundles[${i}] (${b.id})`, b.timeLimit)
  })
  file.perks.forEach((p, i) => {
    const at = `perks[${i}] (${p.id})`
    need(`${at}.cite`, p.cite)
    // A discount named in the perk's name (5折 / 50% off) must be the one its settings apply.
    const percent = p.settings.discountPercent
    if (typeof percent === 'number') {
      for (const m of p.name.zh.matchAll(/(\d+(?:\.\d+)?)折/g)) {
        if (100 - Number(m[1]) * 10 !== percent) errors.push(`${at}.name.zh: says ${m[1]}折, settings.discountPercent is ${percent}`)
      }
      for (const m of p.name.en.matchAll(/(\d+)% off/g)) {
        if (Number(m[1]) !== percent) errors.push(`${at}.name.en: says ${m[1]}% off, settings.discountPercent is ${percent}`)
      }
    }
    p.phones.forEach((ph, j) => need(`${at}.phones[${j}].cite`, ph.cite))
  })
  return errors
}

/** Errors of one guide file, against the seeds of its region's core file. */
export function checkGuideSources(guide: RegionGuide, seeds: readonly { id: string }[]): string[] {
  const errors: string[] = []
  const known = new Set([...seeds.map((s) => s.id), ...Object.keys(NATIONAL_SOURCES)])
  const need: Check = (path, cite) => {
    if (!cite) errors.push(`${path}: no source`)
    else if (!known.has((cite as Cite).doc)) errors.push(`${path}: unknown source "${(cite as Cite).doc}"`)
  }
  need('cite', guide.cite)
  for (const [id, s] of Object.entries(guide.matters)) need(`matters.${id}.cite`, s.cite)
  for (const [id, s] of Object.entries(guide.bundles)) need(`bundles.${id}.cite`, s.cite)
  for (const [id, s] of Object.entries(guide.perks)) need(`perks.${id}.cite`, s.cite)
  return errors
}

/**
 * Where each cite of a core file sits, as a key a page can ask for. The shipped core carries no cites (they
 * would weigh on the main package); `RegionSources` carries them to the subpackages that show them.
 */
export const citeKey = {
  points: () => 'points',
  repeals: (seedId: string) => `seed:${seedId}:repeals`,
  office: (id: string) => `office:${id}`,
  hours: (officeId: string) => `office:${officeId}:hours`,
  location: (officeId: string) => `office:${officeId}:location`,
  web: (officeId: string) => `office:${officeId}:web`,
  officePhone: (officeId: string, number: string) => `office:${officeId}:phone:${number}`,
  time: (kind: 'matter' | 'bundle', id: string) => `${kind}:${id}:time`,
  fees: (matterId: string) => `matter:${matterId}:fees`,
  extend: (matterId: string) => `matter:${matterId}:extend`,
  minMonths: (matterId: string) => `matter:${matterId}:minMonths`,
  perk: (id: string) => `perk:${id}`,
  perkPhone: (perkId: string, number: string) => `perk:${perkId}:phone:${number}`
}

export interface RegionSources {
  regionId: string
  cites: Record<string, Cite>
}

/** Every cite of a core file (materials aside: they travel with the materials), by key. */
export function sourcesOf(file: RegionCoreFile): RegionSources {
  const cites: Record<string, Cite> = {}
  const put = (key: string, cite: Cite | undefined) => {
    if (cite) cites[key] = cite
  }
  put(citeKey.points(), file.points.cite)
  for (const seed of file.seeds) put(citeKey.repeals(seed.id), seed.repeals?.cite)
  for (const o of file.offices) {
    put(citeKey.office(o.id), o.cite)
    put(citeKey.hours(o.id), o.hours?.cite)
    put(citeKey.location(o.id), o.location?.cite)
    put(citeKey.web(o.id), o.webCite)
    for (const p of o.phones) put(citeKey.officePhone(o.id, p.number), p.cite)
  }
  for (const m of file.matters) {
    put(citeKey.time('matter', m.id), m.timeLimit.cite)
    put(citeKey.fees(m.id), m.feesCite)
    put(citeKey.extend(m.id), m.extendCite)
    put(citeKey.minMonths(m.id), m.minMonthsCite)
  }
  for (const b of file.bundles) put(citeKey.time('bundle', b.id), b.timeLimit.cite)
  for (const p of file.perks) {
    put(citeKey.perk(p.id), p.cite)
    for (const ph of p.phones) put(citeKey.perkPhone(p.id, ph.number), ph.cite)
  }
  return { regionId: file.id, cites }
}

const CITE_KEYS = new Set(['cite', 'webCite', 'feesCite', 'extendCite', 'minMonthsCite'])

/** The core without its cites (they are in `sourcesOf`); the materials are split off elsewhere and keep theirs. */
export function withoutCites(core: RegionCore): RegionCore {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip)
    if (!node || typeof node !== 'object') return node
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key]) => !CITE_KEYS.has(key))
        .map(([key, value]) => [key, strip(value)])
    )
  }
  return strip(core) as RegionCore
}

/** Cites by region and key, for the pages that show them. */
export class SourcesLookup {
  private readonly byRegion: Map<string, Record<string, Cite>>
  constructor(list: readonly RegionSources[]) {
    this.byRegion = new Map(list.map((r) => [r.regionId, r.cites]))
  }
  of(regionId: string, key: string): Cite | undefined {
    return this.byRegion.get(regionId)?.[key]
  }
}
