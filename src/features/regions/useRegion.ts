import { regionCores } from '@/content/regions/load'
import { RegionRegistry } from '@/domain/regions/registry'
import { useSettings } from '@/stores/settings'
import { useSession } from '@/stores/session'

export const regionRegistry = new RegionRegistry(regionCores)

/** The region the user reads about: picked in "Me", else the one in their profile, else the first. */
export function useRegionId(): string {
  const picked = useSettings((s) => s.regionId)
  const profile = useSession((s) => s.user?.regionId ?? null)
  const candidates = [picked, profile, regionRegistry.pickable()[0]?.id]
  return candidates.find((id): id is string => !!id && !!regionRegistry.get(id)) ?? 'beihai'
}
