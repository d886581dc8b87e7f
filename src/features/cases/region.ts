/** What the region data says about a case: names, time limits, offices, form fields (material names: ./materialName.ts). */
import type { Case, CaseSummary } from '@/api'
import type { Office } from '@/domain/regions/schema'
import { timeLimitsFrom, type TimeLimits } from '@/domain/case/stages'
import { regionRegistry } from '@/features/regions'
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

export type { Case }
