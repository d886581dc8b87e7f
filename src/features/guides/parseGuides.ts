import { RegionGuide } from '@/domain/regions/schema'
import { describeIssue } from '@/domain/validation/schemaIssue'

/**
 * A guide file that breaks the schema is reported and skipped, like a broken core file. Runs at build
 * time (config/contentLoader.cjs) and in tests; the app ships the checked result.
 */
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
