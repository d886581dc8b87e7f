import { RegionGuide, type RegionCoreFile } from '@/domain/regions/schema'
import { parseEach } from '@/domain/validation/parseEach'
import { checkRegionGuide, fillGuide } from '@/domain/regions/checks'

/**
 * A guide file that breaks the schema is reported and skipped, like a broken core file. Runs at build
 * time (config/contentLoader.cjs) and in tests; the app ships the checked result.
 *
 * Each guide is checked against its region's core file (sources, a section for every matter, bundle and
 * perk, numbers in prose: src/domain/regions/checks.ts), and its {{placeholders}} are filled from the
 * core's numbers, so a time limit is written once, in core.json.
 */
export function parseRegionGuides(files: unknown[], coreOf: (regionId: string) => RegionCoreFile | undefined): { guides: RegionGuide[]; errors: string[] } {
  const { parsed, errors } = parseEach(RegionGuide, files, (file) => (file as { regionId?: string } | null)?.regionId ?? '?')
  const guides: RegionGuide[] = []
  for (const guide of parsed) {
    const core = coreOf(guide.regionId)
    const problems = core ? checkRegionGuide(guide, core) : ['no valid core.json beside it']
    errors.push(...problems.map((p) => `${guide.regionId}: ${p}`))
    if (core && problems.length === 0) guides.push(fillGuide(guide, core))
  }
  return { guides, errors }
}
