import { RegionCoreFile, type Material, type RegionCore, type RegionCoreFile as RegionCoreFileT, type RegionMaterials } from './schema'
import { parseEach } from '../validation/parseEach'
import { sortRegions } from './registry'
import { sourcesOf, withoutCites, type RegionSources } from './sources'
import { checkRegionCore, fillText, limitValues } from './checks'

/**
 * Parses region core files. A file that breaks the schema is reported and skipped, so one bad city
 * cannot take the others down. Runs where the files are read: at build time (config/contentLoader.cjs),
 * in tests and in the Node mock server; the app itself ships the checked result.
 */
export function parseRegionCoreFiles(files: unknown[]): { regions: RegionCoreFileT[]; errors: string[] } {
  const { parsed, errors } = parseEach(RegionCoreFile, files, (file) => (file as { id?: string } | null)?.id ?? '?')
  // A fact without a source, a dangling id, a number the prose gets wrong: a broken file too (./checks.ts).
  const regions = parsed.filter((region) => {
    const problems = checkRegionCore(region)
    errors.push(...problems.map((p) => `${region.id}: ${p}`))
    return problems.length === 0
  })
  return { regions: regions.map(fillTimeNotes), errors }
}

type TimeLimitT = RegionCoreFileT['matters'][number]['timeLimit']

/** A time-limit note names its numbers as {{legalDays}}, {{promisedDays}} ...: filled here, so each is written once. */
function fillNote(t: TimeLimitT): TimeLimitT {
  if (!t.note) return t
  const values = limitValues(t)
  return { ...t, note: { zh: fillText(t.note.zh, values), en: fillText(t.note.en, values) } }
}

function fillTimeNotes(file: RegionCoreFileT): RegionCoreFileT {
  return {
    ...file,
    matters: file.matters.map((m) => ({ ...m, timeLimit: fillNote(m.timeLimit) })),
    bundles: file.bundles.map((b) => ({ ...b, timeLimit: fillNote(b.timeLimit) }))
  }
}

/** The part every page and the backend need: each matter's materials as references (id, required). */
export function coreOf(file: RegionCoreFileT): RegionCore {
  return {
    ...file,
    matters: file.matters.map(({ materials, ...matter }) => ({ ...matter, materialRefs: materials.map((m) => ({ id: m.id, required: m.required })) }))
  }
}

/** The other part: the materials themselves, per matter. */
export function materialsOf(file: RegionCoreFileT): RegionMaterials {
  const byMatter: Record<string, Material[]> = {}
  for (const matter of file.matters) byMatter[matter.id] = matter.materials
  return { regionId: file.id, byMatter }
}

/** The core every page loads, without the cites (those: parseRegionSources). */
export function parseRegionCores(files: unknown[]): { regions: RegionCore[]; errors: string[] } {
  const { regions, errors } = parseRegionCoreFiles(files)
  return { regions: sortRegions(regions.map((file) => withoutCites(coreOf(file)))), errors }
}

export function parseRegionSources(files: unknown[]): { sources: RegionSources[]; errors: string[] } {
  const { regions, errors } = parseRegionCoreFiles(files)
  return { sources: regions.map(sourcesOf), errors }
}

export function parseRegionMaterials(files: unknown[]): { materials: RegionMaterials[]; errors: string[] } {
  const { regions, errors } = parseRegionCoreFiles(files)
  return { materials: regions.map(materialsOf), errors }
}
