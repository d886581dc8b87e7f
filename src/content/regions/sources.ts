/**
 * Each fact's source, for the pages that show a Source line: the part of each core.json the main package
 * does not carry (its core is shipped without cites). Import it from those pages only, so the bundler keeps
 * it in their subpackages. (`?part=sources`: config/index.ts. Jest maps it to mock/node/sourcesFromDisk.ts.)
 */
import type { Cite } from '@/domain/regions/schema'
import { SourcesLookup, type RegionSources } from '@/domain/regions/sources'

const context = require.context('./?part=sources', true, /^\.\/[a-z0-9-]+\/core\.json$/)

const lookup = new SourcesLookup(context.keys().map((key) => context(key) as RegionSources))

/** The cite at `key` (src/domain/regions/sources.ts `citeKey`), or undefined. */
export function citeOf(regionId: string, key: string): Cite | undefined {
  return lookup.of(regionId, key)
}
