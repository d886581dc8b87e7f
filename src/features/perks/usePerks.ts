import { useRegionId, regionRegistry } from '@/features/regions/useRegion'
import { guideLibrary } from '@/packages/guides/content/load'
import { regionPerks, type PerkView } from './content'

/** The current region's perks with their rules and offices. */
export function usePerks(): { regionId: string; perks: PerkView[] } {
  const regionId = useRegionId()
  return { regionId, perks: regionPerks(regionRegistry, regionId, guideLibrary.region(regionId)) }
}
