/**
 * What the guide screens list and show, computed from region core data (no Taro, no guide.json: the Guides tab
 * in the main package uses this too). A region's own bundles and matters come first, national content after.
 */
import type { RegionRegistry } from '@/domain/regions/registry'
import type { BundleCore, Material, MatterCore, MatterKind, Office, RegionCore, Text } from '@/domain/regions/schema'

export { contentLang as langOf, pick, type ContentLang as Lang } from '@/i18n/content'

export type GuideEntryType = 'bundle' | 'matter'

export interface GuideEntry {
  type: GuideEntryType
  id: string
  /** The region whose files hold it ('national' for the talent-visa path). */
  regionId: string
  national: boolean
  name: Text
  kind?: MatterKind
  legalDays?: number
  promisedDays?: number
  certifiedTalentOnly: boolean
  /** Names of the matters in a bundle; for a matter, who decides. Searched too. */
  extra: Text[]
}

function bundleEntry(region: RegionCore, bundle: BundleCore): GuideEntry {
  const matters = bundle.matters.map((m) => region.matters.find((x) => x.id === m.matterId)?.name).filter((name): name is Text => !!name)
  return {
    type: 'bundle',
    id: bundle.id,
    regionId: region.id,
    national: region.scope === 'national',
    name: bundle.name,
    legalDays: bundle.timeLimit.legalDays,
    promisedDays: bundle.timeLimit.promisedDays,
    certifiedTalentOnly: bundle.certifiedTalentOnly,
    extra: matters
  }
}

function matterEntry(region: RegionCore, matter: MatterCore): GuideEntry {
  return {
    type: 'matter',
    id: matter.id,
    regionId: region.id,
    national: region.scope === 'national',
    name: matter.name,
    kind: matter.kind,
    legalDays: matter.timeLimit.legalDays,
    promisedDays: matter.timeLimit.promisedDays,
    certifiedTalentOnly: false,
    extra: [matter.decidedBy]
  }
}

export interface RegionEntries {
  bundles: GuideEntry[]
  matters: GuideEntry[]
  national: GuideEntry[]
}

export function regionEntries(registry: RegionRegistry, regionId: string): RegionEntries {
  const region = registry.get(regionId)
  const own = region && region.scope !== 'national' ? region : undefined
  return {
    bundles: own ? own.bundles.map((b) => bundleEntry(own, b)) : [],
    matters: own ? own.matters.map((m) => matterEntry(own, m)) : [],
    national: registry.national().flatMap((r) => [...r.bundles.map((b) => bundleEntry(r, b)), ...r.matters.map((m) => matterEntry(r, m))])
  }
}

/** Lower-case, no spaces or punctuation: "Work permit" finds "work-permit" and "工作 许可" finds "工作许可". */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '')
}

/** Matches in either language, whatever the UI language; every word of the query must appear. */
export function matchesQuery(entry: GuideEntry, query: string): boolean {
  const words = query.trim().split(/\s+/).map(normalise).filter(Boolean)
  if (words.length === 0) return true
  const haystack = [entry.name, ...entry.extra].flatMap((t) => [normalise(t.zh), normalise(t.en)]).join('|')
  return words.every((word) => haystack.includes(word))
}

export function filterEntries(entries: RegionEntries, query: string): RegionEntries {
  return {
    bundles: entries.bundles.filter((e) => matchesQuery(e, query)),
    matters: entries.matters.filter((e) => matchesQuery(e, query)),
    national: entries.national.filter((e) => matchesQuery(e, query))
  }
}

/** Offices by id, looked up in the region and then in national content. */
export function officesById(registry: RegionRegistry, regionId: string, ids: readonly string[]): Office[] {
  const pool = [...(registry.get(regionId)?.offices ?? []), ...registry.national().flatMap((r) => r.offices)]
  return ids.map((id) => pool.find((o) => o.id === id)).filter((o): o is Office => !!o)
}

export interface BundleMatter {
  matter: MatterCore
  required: boolean
}

export function bundleMatters(registry: RegionRegistry, regionId: string, bundle: BundleCore): BundleMatter[] {
  return bundle.matters.map((m) => ({ matter: registry.matter(regionId, m.matterId), required: m.required })).filter((m): m is BundleMatter => !!m.matter)
}

export interface ChecklistItem {
  material: Material
  /** The matters that use it: handed in once, it serves all of them. */
  forMatters: { id: string; name: Text; matterRequired: boolean }[]
}

/**
 * One checklist for a bundle: each material once, with the matters it serves. `materialsOf` gives a
 * matter's materials (src/content/regions/materials.ts, which only the guide pages load).
 */
export function bundleChecklist(matters: readonly BundleMatter[], materialsOf: (matterId: string) => readonly Material[]): ChecklistItem[] {
  const byId = new Map<string, ChecklistItem>()
  for (const { matter, required } of matters) {
    for (const material of materialsOf(matter.id)) {
      const item = byId.get(material.id)
      const use = { id: matter.id, name: matter.name, matterRequired: required }
      if (item) item.forMatters.push(use)
      else byId.set(material.id, { material, forMatters: [use] })
    }
  }
  return [...byId.values()]
}

export function matterChecklist(materials: readonly Material[]): ChecklistItem[] {
  return materials.map((material) => ({ material, forMatters: [] }))
}
