/**
 * The materials of every region's matters: the half of each core.json that only pages showing materials
 * need (a guide's checklist, the application form, a supplement request). Import it from those pages
 * only: the main package then carries materials by reference (MatterCore.materialRefs) and the bundler
 * moves this module, and the text it holds, into the subpackages that use it.
 * (`?part=materials` gets this module the materials half of each file: config/index.ts. Jest maps it to
 * mock/node/materialsFromDisk.ts.)
 */
import type { Material, RegionMaterials } from '@/domain/regions/schema'
import { MaterialsLookup } from '@/domain/regions/registry'

const context = require.context('./?part=materials', true, /^\.\/[a-z0-9-]+\/core\.json$/)

const lookup = new MaterialsLookup(context.keys().map((key) => context(key) as RegionMaterials))

/** A matter's materials in the file's order; [] for a matter the regions do not know. */
export function materialsOf(regionId: string, matterId: string): Material[] {
  return lookup.of(regionId, matterId)
}
