import type { RegionCore as RegionCoreT, MatterCore, BundleCore, Office, Material, RegionMaterials } from './schema'

/** Display order: the files' `order`, then id. */
export function sortRegions(regions: RegionCoreT[]): RegionCoreT[] {
  return regions.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
}

export class RegionRegistry {
  private readonly byId: Map<string, RegionCoreT>
  constructor(readonly regions: RegionCoreT[]) {
    this.byId = new Map(regions.map((r) => [r.id, r]))
  }
  get(id: string): RegionCoreT | undefined {
    return this.byId.get(id)
  }
  /** Regions a user can pick (national content is shown with every region). */
  pickable(): RegionCoreT[] {
    return this.regions.filter((r) => r.scope !== 'national')
  }
  national(): RegionCoreT[] {
    return this.regions.filter((r) => r.scope === 'national')
  }
  matter(regionId: string, matterId: string): MatterCore | undefined {
    return (
      this.get(regionId)?.matters.find((m) => m.id === matterId) ??
      this.national()
        .flatMap((r) => r.matters)
        .find((m) => m.id === matterId)
    )
  }
  bundle(regionId: string, bundleId: string): BundleCore | undefined {
    return this.get(regionId)?.bundles.find((b) => b.id === bundleId)
  }
  office(regionId: string, officeId: string): Office | undefined {
    return this.get(regionId)?.offices.find((o) => o.id === officeId)
  }
}

/** The materials of matters, looked up like RegionRegistry.matter: the region's own first, then national ones. */
export class MaterialsLookup {
  private readonly byRegion: Map<string, Record<string, Material[]>>
  private readonly anyRegion = new Map<string, Material[]>()
  constructor(list: readonly RegionMaterials[]) {
    this.byRegion = new Map(list.map((r) => [r.regionId, r.byMatter]))
    for (const r of list)
      for (const [matterId, materials] of Object.entries(r.byMatter)) if (!this.anyRegion.has(matterId)) this.anyRegion.set(matterId, materials)
  }
  of(regionId: string, matterId: string): Material[] {
    return this.byRegion.get(regionId)?.[matterId] ?? this.anyRegion.get(matterId) ?? []
  }
}
