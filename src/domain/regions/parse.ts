import { RegionCore, type RegionCore as RegionCoreT } from './schema'
import { describeIssue } from '../validation/schemaIssue'
import { sortRegions } from './registry'

/**
 * Parses region core files. A file that breaks the schema is reported and skipped, so one bad city
 * cannot take the others down. Runs where the files are read: at build time (config/contentLoader.cjs),
 * in tests and in the Node mock server; the app itself ships the checked result.
 */
export function parseRegionCores(files: unknown[]): { regions: RegionCoreT[]; errors: string[] } {
  const regions: RegionCoreT[] = []
  const errors: string[] = []
  for (const file of files) {
    const parsed = RegionCore.safeParse(file)
    if (parsed.success) regions.push(parsed.data)
    else errors.push(`${(file as { id?: string })?.id ?? '?'}: ${describeIssue(parsed.error.issues[0])}`)
  }
  return { regions: sortRegions(regions), errors }
}
