/** Long guide text (guide.json): parsed and looked up. Only the guides subpackage loads the files themselves. */
import { RegionGuide, type GuideSection } from '@/domain/regions/schema'
import { describeIssue } from '@/domain/validation/schemaIssue'

export type RegionGuideT = RegionGuide

/** A guide file that breaks the schema is reported and skipped, like a broken core file. */
export function parseRegionGuides(files: unknown[]): { guides: RegionGuide[]; errors: string[] } {
  const guides: RegionGuide[] = []
  const errors: string[] = []
  for (const file of files) {
    const parsed = RegionGuide.safeParse(file)
    if (parsed.success) guides.push(parsed.data)
    else errors.push(`${(file as { regionId?: string })?.regionId ?? '?'}: ${describeIssue(parsed.error.issues[0])}`)
  }
  return { guides, errors }
}

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
