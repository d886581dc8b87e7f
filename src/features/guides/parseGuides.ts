import { RegionGuide } from '@/domain/regions/schema'
import { parseEach } from '@/domain/validation/parseEach'
import { checkGuideSources } from '@/domain/regions/sources'

/**
 * A guide file that breaks the schema is reported and skipped, like a broken core file. Runs at build
 * time (config/contentLoader.cjs) and in tests; the app ships the checked result.
 */
export function parseRegionGuides(files: unknown[], seedsOf?: (regionId: string) => readonly { id: string }[]): { guides: RegionGuide[]; errors: string[] } {
  const { parsed, errors } = parseEach(RegionGuide, files, (file) => (file as { regionId?: string } | null)?.regionId ?? '?')
  if (!seedsOf) return { guides: parsed, errors }
  // Each section names its source; the ids must be the region's seeds or national sources.
  const guides = parsed.filter((guide) => {
    const problems = checkGuideSources(guide, seedsOf(guide.regionId))
    errors.push(...problems.map((p) => `${guide.regionId}: ${p}`))
    return problems.length === 0
  })
  return { guides, errors }
}
