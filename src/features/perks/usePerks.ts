import { useRegionId, regionRegistry } from '@/features/regions'
// The guide texts load where the guides subpackage keeps them (and jest maps this path to the files on disk);
// moving the loader into a feature is a larger change than this import.
// eslint-disable-next-line boundaries/dependencies
import { guideLibrary } from '@/packages/guides/content/load'
import { regionPerks, type PerkView } from './content'

/** The current region's perks with their rules and offices. */
export function usePerks(): { regionId: string; perks: PerkView[] } {
  const regionId = useRegionId()
  return { regionId, perks: regionPerks(regionRegistry, regionId, guideLibrary.region(regionId)) }
}
