/**
 * The sources a region fact may cite, and where each cite of a core file travels. A region's own seeds are
 * listed in its core.json (`seeds`); the sources below hold everywhere. The checks that every fact cites
 * one it may: ./checks.ts.
 */
import type { Cite, RegionCore, RegionCoreFile, Text } from './schema'

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
/** `named`: a document the surrounding card already names, so a cite of it says only where in it. */
export function citeLabel(cite: Cite, seeds: readonly { id: string; title: Text }[], lang: 'zh' | 'en', named?: string): string {
  if (named && cite.doc === named && cite.at) return cite.at[lang]
  const title = sourceTitle(cite.doc, seeds)?.[lang] ?? cite.doc
  return cite.at ? `${title}${lang === 'zh' ? '，' : ', '}${cite.at[lang]}` : title
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
