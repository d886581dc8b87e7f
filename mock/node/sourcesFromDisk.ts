/** The same sources as src/content/regions/sources.ts, from disk: for jest. */
import { parseRegionSources } from '../../src/domain/regions/parse'
import { SourcesLookup } from '../../src/domain/regions/sources'
import type { Cite } from '../../src/domain/regions/schema'
import { readRegionCoreFiles } from './regionsFromDisk'

const lookup = new SourcesLookup(parseRegionSources(readRegionCoreFiles()).sources)

export function citeOf(regionId: string, key: string): Cite | undefined {
  return lookup.of(regionId, key)
}
