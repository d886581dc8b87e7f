import { useState } from 'react'
import { regionRegistry, useRegionId } from '@/features/regions'

/**
 * The region the guide screens show: the user's region (settings, then profile) until they pick another here.
 * A `preferred` id (e.g. from a route parameter) wins when it names a pickable region.
 */
export function useGuideRegion(preferred?: string): [string, (id: string) => void] {
  const fallback = useRegionId()
  const [picked, setPicked] = useState<string | null>(null)
  const candidates = [picked, preferred, fallback]
  const regionId = candidates.find((id): id is string => !!id && regionRegistry.pickable().some((r) => r.id === id)) ?? fallback
  return [regionId, setPicked]
}
