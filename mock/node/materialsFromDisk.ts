/** The same materials as src/content/regions/materials.ts, from disk: for jest. */
import { parseRegionMaterials } from '../../src/domain/regions/parse'
import { MaterialsLookup } from '../../src/domain/regions/registry'
import type { Material } from '../../src/domain/regions/schema'
import { readRegionCoreFiles } from './regionsFromDisk'

const lookup = new MaterialsLookup(parseRegionMaterials(readRegionCoreFiles()).materials)

export function materialsOf(regionId: string, matterId: string): Material[] {
  return lookup.of(regionId, matterId)
}
