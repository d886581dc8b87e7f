/**
 * All of an employer's cases for the dashboard, loaded page by page: the first page is small so the first
 * screen shows at once, and the rest follows in pages of PAGE_SIZE, one request per task, so a list of
 * thousands never blocks the screen (scrolling, typing in search) for long. Filters and counts work on
 * what has arrived and say so until the last page is in.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { api, type CaseSummary } from '@/api'
import { afterPaint } from '@/lib/afterPaint'

/** Enough rows for the first screen of the windowed list (560 px at 96 px a row, plus its overscan of 4). */
export const FIRST_PAGE_SIZE = 15
/** Each later page: small enough to check, copy and turn into rows well inside one frame budget. */
export const PAGE_SIZE = 250

export interface AllCasesState {
  /** Pages in arrival order; a page's array never changes once in, so rows can be built once per page. */
  pages: readonly (readonly CaseSummary[])[]
  /** The backend's count of all cases; null until the first page arrives. */
  total: number | null
  /** Every page is in. */
  complete: boolean
  loading: boolean
  /** The last page request failed; pages already in stay. `reload` resumes from where it stopped. */
  error: unknown
  reload: () => void
}

export function useAllCases(key: string | null): AllCasesState {
  const [pages, setPages] = useState<readonly (readonly CaseSummary[])[]>([])
  const [total, setTotal] = useState<number | null>(null)
  const [complete, setComplete] = useState(false)
  const [loading, setLoading] = useState(key !== null)
  const [error, setError] = useState<unknown>(null)
  const generation = useRef(0)
  const loaded = useRef<{ ids: Set<string>; offset: number }>({ ids: new Set(), offset: 0 })

  const run = useCallback(
    (resume: boolean) => {
      if (key === null) return
      const mine = ++generation.current
      if (!resume) {
        loaded.current = { ids: new Set(), offset: 0 }
        setPages([])
        setTotal(null)
        setComplete(false)
      }
      setLoading(true)
      setError(null)
      void (async () => {
        try {
          for (;;) {
            const { offset, ids } = loaded.current
            const limit = offset === 0 ? FIRST_PAGE_SIZE : PAGE_SIZE
            const page = await api().call('cases.list', { query: { offset, limit } })
            if (mine !== generation.current) return
            // A case that moved between pages (updated meanwhile) is shown once.
            const fresh = page.items.filter((c) => !ids.has(c.id))
            for (const c of fresh) ids.add(c.id)
            loaded.current.offset = offset + page.items.length
            setTotal(page.total)
            if (fresh.length) setPages((before) => [...before, fresh])
            if (page.items.length < limit || loaded.current.offset >= page.total) break
            // Let the screen paint and handle input between pages.
            await afterPaint()
            if (mine !== generation.current) return
          }
          setComplete(true)
        } catch (e: unknown) {
          if (mine === generation.current) setError(e)
        } finally {
          if (mine === generation.current) setLoading(false)
        }
      })()
    },
    [key]
  )

  useEffect(() => run(false), [run])
  const reload = useCallback(() => run(true), [run])
  return { pages, total, complete, loading, error, reload }
}
