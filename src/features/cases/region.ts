/** What the region data says about a case: names, time limits, offices, materials, form fields. */
import type { Case, CaseSummary } from '@/api'
import type { Office } from '@/domain/regions/schema'
import { timeLimitsFrom, type TimeLimits } from '@/domain/case/stages'
import { regionRegistry } from '@/features/regions/useRegion'
import { pick, type Lang } from './lang'

type CaseLike = Pick<CaseSummary, 'regionId' | 'bundleId' | 'matters' | 'kind'>

export function matterName(regionId: string, matterId: string, lang: Lang): string {
  return pick(regionRegistry.matter(regionId, matterId)?.name, lang) || matterId
}

/** The bundle's name, else the names of its matters. */
export function caseTitle(c: CaseLike, lang: Lang): string {
  const bundle = c.bundleId ? regionRegistry.bundle(c.regionId, c.bundleId) : undefined
  if (bundle) return pick(bundle.name, lang)
  return c.matters.map((m) => matterName(c.regionId, m.matterId, lang)).join(lang === 'zh' ? '、' : ', ')
}

export function regionName(regionId: string, lang: Lang): string {
  return pick(regionRegistry.get(regionId)?.name, lang) || regionId
}

export function limitsForCase(c: CaseLike): TimeLimits {
  const bundle = c.bundleId ? regionRegistry.bundle(c.regionId, c.bundleId) : null
  const matters = c.matters.map((m) => regionRegistry.matter(c.regionId, m.matterId)).filter((m): m is NonNullable<typeof m> => !!m)
  return timeLimitsFrom(bundle, matters)
}

/** The region's note on time limits (e.g. Qingdao: "no overall promised time"). */
export function limitNote(c: CaseLike, lang: Lang): string {
  const bundle = c.bundleId ? regionRegistry.bundle(c.regionId, c.bundleId) : null
  const note = bundle?.timeLimit.note ?? regionRegistry.matter(c.regionId, c.matters[0]?.matterId ?? '')?.timeLimit.note
  return pick(note, lang)
}

/**
 * Offices where the in-person step can happen: the bundle's and matters' offices of the case's region,
 * those with published hours (bookable) first.
 */
export function officesForCase(c: CaseLike): Office[] {
  const region = regionRegistry.get(c.regionId)
  if (!region) return []
  const bundle = c.bundleId ? regionRegistry.bundle(c.regionId, c.bundleId) : null
  const ids = new Set<string>([...(bundle?.officeIds ?? []), ...c.matters.flatMap((m) => regionRegistry.matter(c.regionId, m.matterId)?.officeIds ?? [])])
  const offices = region.offices.filter((o) => ids.has(o.id))
  return [...offices.filter((o) => o.hours), ...offices.filter((o) => !o.hours)]
}

/**
 * A material's name from the case's matters, or null when the region does not list it. A reference that is
 * not an exact id (the office wrote 'medical-certificate', the region calls it 'gs-mat-medical') is matched
 * on its significant words, so the person still reads the material's proper name in their language.
 */
export function materialName(c: CaseLike, materialId: string, lang: Lang): string | null {
  const materials = c.matters.flatMap((m) => regionRegistry.matter(c.regionId, m.matterId)?.materials ?? [])
  const exact = materials.find((x) => x.id === materialId)
  if (exact) return pick(exact.name, lang)
  const words = materialId.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 4)
  let best: { score: number; name: string } | null = null
  for (const m of materials) {
    const idWords = new Set(m.id.toLowerCase().split(/[^a-z0-9]+/))
    const score = words.filter((w) => idWords.has(w)).length
    if (score > 0 && (!best || score > best.score)) best = { score, name: pick(m.name, lang) }
  }
  return best?.name ?? null
}

export type { Case }
