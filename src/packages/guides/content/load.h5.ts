/**
 * H5: each region's guide text is its own chunk, fetched when a page first reads it, so a guide page
 * loads and evaluates one region's text instead of every region's. Same interface as ./load.ts.
 */
import type { RegionGuide } from '@/domain/regions/schema'

const context = require.context('../../../content/regions', true, /^\.\/[a-z0-9-]+\/guide\.json$/, 'lazy')
const loaded = new Map<string, RegionGuide | undefined>()

export function peekRegionGuide(regionId: string): { guide: RegionGuide | undefined } | undefined {
  return loaded.has(regionId) ? { guide: loaded.get(regionId) } : undefined
}

export async function loadRegionGuide(regionId: string): Promise<RegionGuide | undefined> {
  const key = `./${regionId}/guide.json`
  let guide: RegionGuide | undefined
  if (context.keys().includes(key)) {
    const module = (await context(key)) as RegionGuide | { default: RegionGuide }
    guide = 'default' in module ? module.default : module
  }
  loaded.set(regionId, guide)
  return guide
}
