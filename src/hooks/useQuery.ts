import { useCallback, useEffect, useRef, useState } from 'react'

export interface QueryState<T> {
  data: T | null
  error: unknown
  loading: boolean
  reload: () => void
  /** The data as a change made here left it (the server's answer to it): loads already under way are dropped. */
  mutate: (value: T) => void
}

/**
 * Loads once per `key`; a newer load wins over a slower older one, and a change made here over both.
 * Not SWR: it adds 12.2 KiB to the weapp main package, which has 1.4 KiB left (docs/decisions/data-fetching.md).
 */
export function useQuery<T>(key: string | null, load: () => Promise<T>): QueryState<T> {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [loading, setLoading] = useState<boolean>(key !== null)
  const generation = useRef(0)
  const loadRef = useRef(load)
  loadRef.current = load

  const run = useCallback(() => {
    if (key === null) return
    const mine = ++generation.current
    setLoading(true)
    setError(null)
    loadRef
      .current()
      .then((value) => {
        if (mine === generation.current) setData(value)
      })
      .catch((e: unknown) => {
        if (mine === generation.current) setError(e)
      })
      .finally(() => {
        if (mine === generation.current) setLoading(false)
      })
  }, [key])

  const mutate = useCallback((value: T) => {
    // A load that started before this change would bring back the state from before it.
    generation.current++
    setData(value)
    setError(null)
    setLoading(false)
  }, [])

  useEffect(run, [run])
  return { data, error, loading, reload: run, mutate }
}
