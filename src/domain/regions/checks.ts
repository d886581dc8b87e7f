/**
 * Every check of region content, in one place: the build-time loader (config/contentLoader.cjs, through
 * parse.ts and features/guides/parseGuides.ts), jest (tests/unit/content-checks.test.ts) and the Node mock
 * server all refuse a file for the same reasons. Each error names the field: "offices[0] (bh-talent-window).phones[0].cite: no source".
 *
 * A core file is refused when a fact has no source or an unknown one, an id is used twice or points at
 * nothing, a number in prose disagrees with the data beside it, or opening hours run backwards. A guide
 * file is refused when a section has no source, a matter, bundle or perk has no section (or a section
 * no matter), or a number in its prose disagrees with the data of the matter, bundle or perk it retells.
 * Either is refused where an English text is a copy of the Chinese or has no Latin letters.
 */
import type { Cite, RegionCoreFile, RegionGuide, Text } from './schema'
import { NATIONAL_SOURCES } from './sources'
import { zheOf } from '../perks/terms'

type Values = Record<string, number | undefined>

/**
 * Placeholders in prose: {{legalDays}} names a number of the entry the text belongs to,
 * {{bh-work-permit.legalDays}} one of any matter, bundle or perk of the region.
 */
const PLACEHOLDER = /\{\{([\w.-]+)\}\}/g

/** Fills {{name}} placeholders from numbers held in data, so a number is written once. */
export function fillText(text: string, values: Record<string, number | string | undefined>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (values[name] === undefined ? whole : String(values[name])))
}

/**
 * Numbers of days in prose: '20个工作日', '15日', '5 working days', '30 days', and the short forms a
 * sentence uses once the unit is named ('工作许可20个、居留许可15个', 'the legal limit is 35', '20 + 15',
 * '20 for the work permit'). A date's day ('6月25日') is not a number of days.
 */
const DAYS = [
  /(?<![\d月])(\d+)\s*个?(?:工作日|日|天)/g,
  /(?<![\d月])(\d+)个(?=[、，。；）)])/g,
  /(\d+)\s+(?:working\s+)?days?\b/g,
  /\blimit(?:\s+is)?\s+(\d+)\b/g,
  /\b(\d+)(?=\s*\+\s*\d)/g,
  /(?<=\d\s*\+\s*)(\d+)\b/g,
  /\b(\d+)(?=\s+for the (?:work|residence) permit)/g
]

function daysIn(text: string): number[] {
  // By position: two patterns may find the same number.
  const found = new Map<number, number>()
  for (const re of DAYS) for (const m of text.matchAll(re)) found.set(m.index + m[0].indexOf(m[1]), Number(m[1]))
  return [...found.values()]
}

function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1])
}

type TimeLimit = RegionCoreFile['matters'][number]['timeLimit']

/** The numbers a time limit's note (and the prose retelling it) may name. */
export function limitValues(t: TimeLimit): Values {
  return { legalDays: t.legalDays, promisedDays: t.promisedDays, ...t.extraDays }
}

/** Errors of one text in both languages: a placeholder without a value, or a number of days the data does not hold. */
function checkNumbers(path: string, text: Text, values: Values, allowed: Values = values): string[] {
  const errors: string[] = []
  const numbers = new Set(Object.values(allowed).filter((v): v is number => v !== undefined))
  for (const lang of ['zh', 'en'] as const) {
    for (const name of placeholdersIn(text[lang])) if (values[name] === undefined) errors.push(`${path}.${lang}: {{${name}}} has no value`)
    for (const n of daysIn(text[lang])) if (!numbers.has(n)) errors.push(`${path}.${lang}: says ${n} days, the data says ${[...numbers].join(' / ') || 'none'}`)
  }
  return errors
}

/** A discount in prose (5折 / 50% off) must be one the settings apply. */
function checkDiscount(path: string, text: Text, percents: readonly number[]): string[] {
  const errors: string[] = []
  const shown = percents.length ? percents.join(' / ') : 'not set'
  for (const m of text.zh.matchAll(/(\d+(?:\.\d+)?)折/g)) {
    if (!percents.some((p) => zheOf(p) === Number(m[1]))) errors.push(`${path}.zh: says ${m[1]}折, settings.discountPercent is ${shown}`)
  }
  for (const m of text.en.matchAll(/(\d+)% off/g)) {
    if (!percents.includes(Number(m[1]))) errors.push(`${path}.en: says ${m[1]}% off, settings.discountPercent is ${shown}`)
  }
  return errors
}

/** Every text in both languages: the English carries Latin text and is not a copy of the Chinese. */
function checkEnglish(node: unknown, path: string, errors: string[]): void {
  if (Array.isArray(node)) node.forEach((x, i) => checkEnglish(x, `${path}[${i}]`, errors))
  else if (node && typeof node === 'object') {
    const t = node as Partial<Text>
    if (typeof t.zh === 'string' && typeof t.en === 'string' && (!/[A-Za-z]/.test(t.en) || t.en === t.zh)) errors.push(`${path}.en: not English`)
    for (const [key, value] of Object.entries(node)) checkEnglish(value, path ? `${path}.${key}` : key, errors)
  }
}

const duplicates = (ids: readonly string[]): string[] => [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))]

/** Errors of one core file. */
export function checkRegionCore(file: RegionCoreFile): string[] {
  const errors: string[] = []
  const known = new Set([...file.seeds.map((s) => s.id), ...Object.keys(NATIONAL_SOURCES)])
  const need = (path: string, cite: Cite | undefined) => {
    if (!cite) errors.push(`${path}: no source`)
    else if (!known.has(cite.doc)) errors.push(`${path}: unknown source "${cite.doc}"`)
  }

  // Ids: each names one thing, and every reference finds it.
  const ids = [...file.offices, ...file.matters, ...file.bundles, ...file.perks].map((x) => x.id)
  for (const id of duplicates(ids)) errors.push(`${id}: id used twice`)
  for (const id of duplicates(file.seeds.map((s) => s.id))) errors.push(`seeds: ${id} listed twice`)
  const offices = new Set(file.offices.map((o) => o.id))
  const officeRefs = (at: string, refs: readonly string[]) => refs.forEach((id) => offices.has(id) || errors.push(`${at}.officeIds: no office "${id}"`))

  need('points.cite', file.points.cite)
  file.seeds.forEach((seed, i) => seed.repeals && need(`seeds[${i}] (${seed.id}).repeals.cite`, seed.repeals.cite))
  file.offices.forEach((o, i) => {
    const at = `offices[${i}] (${o.id})`
    need(`${at}.cite`, o.cite)
    if (o.hours) {
      need(`${at}.hours.cite`, o.hours.cite)
      o.hours.periods.forEach((p, j) => p.from < p.to || errors.push(`${at}.hours.periods[${j}]: ${p.from} is not before ${p.to}`))
    }
    if (o.location) need(`${at}.location.cite`, o.location.cite)
    if (o.web) need(`${at}.webCite`, o.webCite)
    o.phones.forEach((p, j) => need(`${at}.phones[${j}].cite`, p.cite))
  })
  const timeLimit = (at: string, t: TimeLimit) => {
    need(`${at}.timeLimit.cite`, t.cite)
    if (t.note) errors.push(...checkNumbers(`${at}.timeLimit.note`, t.note, limitValues(t)))
  }
  // A material shared by several matters (one upload serves them all) is the same material everywhere.
  const materials = new Map<string, string>()
  file.matters.forEach((m, i) => {
    const at = `matters[${i}] (${m.id})`
    timeLimit(at, m.timeLimit)
    officeRefs(at, m.officeIds)
    if (m.fees) need(`${at}.feesCite`, m.feesCite)
    if (m.extendAtLeastDaysBeforeExpiry) need(`${at}.extendCite`, m.extendCite)
    if (m.minMonthsWorkedInProvince) need(`${at}.minMonthsCite`, m.minMonthsCite)
    for (const id of duplicates(m.materials.map((x) => x.id))) errors.push(`${at}.materials: ${id} listed twice`)
    m.materials.forEach((x, j) => {
      const where = `${at}.materials[${j}] (${x.id})`
      need(`${where}.cite`, x.cite)
      if (x.validitySource && !known.has(x.validitySource.seed)) errors.push(`${where}.validitySource: unknown source "${x.validitySource.seed}"`)
      const same = materials.get(x.id)
      if (same === undefined) materials.set(x.id, JSON.stringify(x))
      else if (same !== JSON.stringify(x)) errors.push(`${where}: differs from the material of the same id in another matter`)
    })
  })
  const matterIds = new Set(file.matters.map((m) => m.id))
  file.bundles.forEach((b, i) => {
    const at = `bundles[${i}] (${b.id})`
    if (!known.has(b.seed)) errors.push(`${at}.seed: unknown source "${b.seed}"`)
    b.matters.forEach((x, j) => matterIds.has(x.matterId) || errors.push(`${at}.matters[${j}]: no matter "${x.matterId}"`))
    for (const id of duplicates(b.matters.map((x) => x.matterId))) errors.push(`${at}.matters: ${id} listed twice`)
    officeRefs(at, b.officeIds)
    timeLimit(at, b.timeLimit)
  })
  file.perks.forEach((p, i) => {
    const at = `perks[${i}] (${p.id})`
    need(`${at}.cite`, p.cite)
    officeRefs(at, p.officeIds)
    const percent = p.settings.discountPercent
    if (typeof percent === 'number') errors.push(...checkDiscount(`${at}.name`, p.name, [percent]))
    p.phones.forEach((ph, j) => need(`${at}.phones[${j}].cite`, ph.cite))
  })
  checkEnglish(file, '', errors)
  return errors
}

/**
 * The numbers a guide may name, by placeholder. A section retelling a matter, bundle or perk may name that
 * entry's numbers as they are ({{legalDays}}); any text may name any entry's as {{<id>.<name>}}.
 */
export interface GuideNumbers {
  region: Values
  matters: Record<string, Values>
  bundles: Record<string, Values>
  perks: Record<string, Values>
}

export function guideNumbers(core: RegionCoreFile): GuideNumbers {
  const matters = Object.fromEntries(
    core.matters.map((m) => [m.id, { ...limitValues(m.timeLimit), extendDays: m.extendAtLeastDaysBeforeExpiry, minMonths: m.minMonthsWorkedInProvince }])
  )
  const bundles = Object.fromEntries(core.bundles.map((b) => [b.id, limitValues(b.timeLimit)]))
  const perks = Object.fromEntries(
    core.perks.map((p) => [p.id, Object.fromEntries(Object.entries(p.settings).filter((e): e is [string, number] => typeof e[1] === 'number'))])
  )
  const region: Values = {}
  for (const byId of [matters, bundles, perks])
    for (const [id, values] of Object.entries(byId)) for (const [k, v] of Object.entries(values)) region[`${id}.${k}`] = v
  return { region, matters, bundles, perks }
}

/** Every text of a guide part with its path: each { zh, en } pair, however deep. */
function textsOf(node: unknown, path: string, out: [string, Text][] = []): [string, Text][] {
  if (!node || typeof node !== 'object') return out
  const t = node as Partial<Text>
  if (typeof t.zh === 'string' && typeof t.en === 'string') out.push([path, t as Text])
  else for (const [key, value] of Object.entries(node)) if (key !== 'cite') textsOf(value, Array.isArray(node) ? `${path}[${key}]` : `${path}.${key}`, out)
  return out
}

type Part = { path: string; node: unknown; own: Values }

function partsOf(guide: RegionGuide, numbers: GuideNumbers): Part[] {
  return [
    { path: 'intro', node: guide.intro, own: {} },
    { path: 'faq', node: guide.faq, own: {} },
    ...Object.entries(guide.matters).map(([id, s]) => ({ path: `matters.${id}`, node: s, own: numbers.matters[id] ?? {} })),
    ...Object.entries(guide.bundles).map(([id, s]) => ({ path: `bundles.${id}`, node: s, own: numbers.bundles[id] ?? {} })),
    ...Object.entries(guide.perks).map(([id, s]) => ({ path: `perks.${id}`, node: s, own: numbers.perks[id] ?? {} }))
  ]
}

/** Errors of one guide file, against its region's core file. */
export function checkRegionGuide(guide: RegionGuide, core: RegionCoreFile): string[] {
  const errors: string[] = []
  if (guide.regionId !== core.id) errors.push(`regionId: "${guide.regionId}" is not the region of core.json ("${core.id}")`)
  const known = new Set([...core.seeds.map((s) => s.id), ...Object.keys(NATIONAL_SOURCES)])
  const need = (path: string, cite: Cite | undefined) => {
    if (!cite) errors.push(`${path}: no source`)
    else if (!known.has(cite.doc)) errors.push(`${path}: unknown source "${cite.doc}"`)
  }
  need('cite', guide.cite)
  // Each matter, bundle and perk has its section, and each section retells one.
  const pairs = [
    ['matters', core.matters, guide.matters],
    ['bundles', core.bundles, guide.bundles],
    ['perks', core.perks, guide.perks]
  ] as const
  for (const [kind, entries, sections] of pairs) {
    const ids = new Set(entries.map((e) => e.id))
    for (const id of ids) if (!(id in sections)) errors.push(`${kind}.${id}: no section`)
    for (const [id, s] of Object.entries(sections)) {
      if (!ids.has(id)) errors.push(`${kind}.${id}: no such ${kind.slice(0, -1)} in core.json`)
      need(`${kind}.${id}.cite`, s.cite)
    }
  }
  // Numbers in prose: a placeholder must have a value; a number written out must be one of the entry's own.
  const numbers = guideNumbers(core)
  // A perk's section may name its own discount; the intro and the other sections any perk's.
  const discounts = Object.values(numbers.perks).flatMap((v) => (v.discountPercent === undefined ? [] : [v.discountPercent]))
  for (const part of partsOf(guide, numbers)) {
    const own = part.path.startsWith('perks.') ? (part.own.discountPercent === undefined ? [] : [part.own.discountPercent]) : discounts
    for (const [path, text] of textsOf(part.node, part.path)) {
      errors.push(...checkNumbers(path, text, { ...numbers.region, ...part.own }, part.own))
      errors.push(...checkDiscount(path, text, own))
    }
  }
  checkEnglish(guide, '', errors)
  return errors
}

/** The guide with its placeholders filled from the core file's numbers (run after checkRegionGuide). */
export function fillGuide(guide: RegionGuide, core: RegionCoreFile): RegionGuide {
  const numbers = guideNumbers(core)
  const fill = (node: unknown, values: Values): unknown => {
    if (typeof node === 'string') return fillText(node, values)
    if (Array.isArray(node)) return node.map((x) => fill(x, values))
    if (!node || typeof node !== 'object') return node
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === 'cite' ? v : fill(v, values)]))
  }
  const section = (byId: Record<string, unknown>, own: Record<string, Values>) =>
    Object.fromEntries(Object.entries(byId).map(([id, s]) => [id, fill(s, { ...numbers.region, ...own[id] })]))
  return {
    ...guide,
    intro: fill(guide.intro, numbers.region) as Text,
    faq: fill(guide.faq, numbers.region) as RegionGuide['faq'],
    matters: section(guide.matters, numbers.matters) as RegionGuide['matters'],
    bundles: section(guide.bundles, numbers.bundles) as RegionGuide['bundles'],
    perks: section(guide.perks, numbers.perks) as RegionGuide['perks']
  }
}
