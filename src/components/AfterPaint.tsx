import { useEffect, useState, type ReactNode } from 'react'
import { afterPaint } from '@/lib/afterPaint'

/**
 * Draws its children only once the screen as it is has been painted, as a task of their own: for the
 * lower part of a long screen. Only this subtree renders when it appears (its parent does not), and
 * nesting one in another's children gives a sequence of tasks, top to bottom.
 */
export function AfterPaint({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    let live = true
    void afterPaint().then(() => {
      if (live) setReady(true)
    })
    return () => {
      live = false
    }
  }, [])
  return ready ? <>{children}</> : null
}

/** Each part after the one before it has painted: a long screen's sections, one task each. */
export function AfterPaintInTurn({ parts }: { parts: ReactNode[] }) {
  if (parts.length === 0) return null
  return (
    <AfterPaint>
      {parts[0]}
      <AfterPaintInTurn parts={parts.slice(1)} />
    </AfterPaint>
  )
}
