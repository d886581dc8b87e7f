/** Long guide text (guide.json): parsed and looked up. Only the guides subpackage loads the files themselves. */
import type { RegionGuide, GuideSection } from '@/domain/regions/schema'

export type RegionGuideT = RegionGuide

export class GuideLibrary {
  private readonly byRegion: Map<string, RegionGuide>
  constructor(guides: RegionGuide[]) {
    this.byRegion = new Map(guides.map((g) => [g.regionId, g]))
  }
  region(regionId: string): RegionGuide | undefined {
    return this.byRegion.get(regionId)
  }
  section(regionId: string, type: 'bundle' | 'matter', id: string): GuideSection | undefined {
    const guide = this.byRegion.get(regionId)
    if (!guide) return undefined
    return type === 'bundle' ? guide.bundles[id] : guide.matters[id]
  }
}
