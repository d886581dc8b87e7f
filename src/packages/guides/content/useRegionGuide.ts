import { useCallback, useEffect, useState } from 'react'
import type { RegionGuide } from '@/domain/regions/schema'
// By its alias, which jest maps to the files on disk.
import { loadRegionGuide, peekRegionGuide } from '@/packages/guides/content/load'

export type RegionGuideStatus = 'ready' | 'loading' | 'failed'

export interface RegionGuideState {
  /** undefined while loading, on failure, or when the region has no guide text. */
  guide: RegionGuide | undefined
  status: RegionGuideStatus
  retry: () => void
}

interface Result {
  regionId: string
  status: RegionGuideStatus
  guide?: RegionGuide
}

function fromMemory(regionId: string): Result {
  const known = peekRegionGuide(regionId)
  return known ? { regionId, status: 'ready', guide: known.guide } : { regionId, status: 'loading' }
}

/** The region's guide text: at once where it is in memory (always on the mini-program), else once fetched. */
export function useRegionGuide(regionId: string): RegionGuideState {
  const [result, setResult] = useState<Result>(() => fromMemory(regionId))
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    const known = fromMemory(regionId)
    if (known.status === 'ready') {
      setResult((previous) => (previous.regionId === regionId && previous.status === 'ready' ? previous : known))
      return undefined
    }
    let current = true
    setResult(known)
    loadRegionGuide(regionId).then(
      (guide) => current && setResult({ regionId, status: 'ready', guide }),
      () => current && setResult({ regionId, status: 'failed' })
    )
    return () => {
      current = false
    }
  }, [regionId, attempt])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  const shown = result.regionId === regionId ? result : fromMemory(regionId)
  return { guide: shown.guide, status: shown.status, retry }
}
