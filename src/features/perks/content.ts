/** A region's perks (core.json) with their reading text (guide.json) and offices: plain lookups. */
import type { RegionRegistry } from '@/domain/regions/registry'
import type { Cite, Office, PerkCore, PerkKind, RegionGuide, Text } from '@/domain/regions/schema'

export { contentLang as langOf, pick, type ContentLang as Lang } from '@/i18n/content'

export interface PerkView {
  regionId: string
  perk: PerkCore
  rules: Text[]
  checklist: Text[]
  /** Where the rules come from (the guide's citation). */
  rulesCite: Cite | undefined
  offices: Office[]
}

export function regionPerks(registry: RegionRegistry, regionId: string, guide: RegionGuide | undefined): PerkView[] {
  const region = registry.get(regionId)
  if (!region) return []
  return region.perks.map((perk) => ({
    regionId,
    perk,
    rules: guide?.perks[perk.id]?.rules ?? [],
    checklist: guide?.perks[perk.id]?.checklist ?? [],
    rulesCite: guide?.perks[perk.id]?.cite,
    offices: perk.officeIds.map((id) => region.offices.find((o) => o.id === id)).filter((o): o is Office => !!o)
  }))
}

export function perkOfKind(views: PerkView[], kind: PerkKind): PerkView | undefined {
  return views.find((v) => v.perk.kind === kind)
}

/** Which page opens a perk: the three with their own flows, the rest as a service card. */
export function perkRoute(kind: PerkKind): { name: 'theatre' | 'hospital' | 'school' | 'perkService' } {
  if (kind === 'theatre' || kind === 'hospital' || kind === 'school') return { name: kind }
  return { name: 'perkService' }
}

export { numberSetting, stringSetting } from '@/domain/perks/terms'
