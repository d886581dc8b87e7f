import { RegionCore, type RegionCore as RegionCoreT, type MatterCore, type BundleCore, type Office } from './schema'
import { describeIssue } from '../validation/schemaIssue'

/**
 * Parses region core files. A file that breaks the schema is reported and skipped, so one bad city
 * cannot take the others down.
 */
export function parseRegionCores(files: unknown[]): { regions: RegionCoreT[]; errors: string[] } {
  const regions: RegionCoreT[] = []
  const errors: string[] = []
  for (const file of files) {
    const parsed = RegionCore.safeParse(file)
    if (parsed.success) regions.push(parsed.data)
    else errors.push(`${(file as { id?: string })?.id ?? '?'}: ${describeIssue(parsed.error.issues[0])}`)
  }
  regions.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
  return { regions, errors }
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
    return this.get(regionId)?.matters.find((m) => m.id === matterId) ?? this.national().flatMap((r) => r.matters).find((m) => m.id === matterId)
  }
  bundle(regionId: string, bundleId: string): BundleCore | undefined {
    return this.get(regionId)?.bundles.find((b) => b.id === bundleId)
  }
  office(regionId: string, officeId: string): Office | undefined {
    return this.get(regionId)?.offices.find((o) => o.id === officeId)
  }
}
