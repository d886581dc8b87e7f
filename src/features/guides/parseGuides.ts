import { RegionGuide } from '@/domain/regions/schema'
import { parseEach } from '@/domain/validation/parseEach'

/**
 * A guide file that breaks the schema is reported and skipped, like a broken core file. Runs at build
 * time (config/contentLoader.cjs) and in tests; the app ships the checked result.
 */
export function parseRegionGuides(files: unknown[]): { guides: RegionGuide[]; errors: string[] } {
  const { parsed, errors } = parseEach(RegionGuide, files, (file) => (file as { regionId?: string } | null)?.regionId ?? '?')
  return { guides: parsed, errors }
}
