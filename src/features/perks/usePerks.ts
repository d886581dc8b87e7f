import { useRegionId, regionRegistry } from '@/features/regions/useRegion'
import { useRegionGuide } from '@/packages/guides/content/useRegionGuide'
import { regionPerks, type PerkView } from './content'

/** The current region's perks with their rules and offices. */
export function usePerks(): { regionId: string; perks: PerkView[] } {
  const regionId = useRegionId()
  // On H5 the rules and checklists (guide text) follow a moment after the page; the perks themselves do not wait.
  const { guide } = useRegionGuide(regionId)
  return { regionId, perks: regionPerks(regionRegistry, regionId, guide) }
}
