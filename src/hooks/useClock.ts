import { useEffect, useState } from 'react'
import { beijingDate, type IsoDate } from '@/domain/time/beijing'
import { now, subscribeClock } from '@/domain/time/now'

/**
 * The app clock's time, read again every `intervalMs` (so "open now" stays true while a page is open) and
 * at once when the demo clock is moved.
 */
export function useNow(intervalMs = 60_000): number {
  const [value, setValue] = useState(now)
  useEffect(() => {
    const update = () => setValue(now())
    const timer = setInterval(update, intervalMs)
    const unsubscribe = subscribeClock(update)
    // The clock may have moved between the first render and this effect.
    update()
    return () => {
      clearInterval(timer)
      unsubscribe()
    }
  }, [intervalMs])
  return value
}

/** Today's Beijing date on the app clock: deadlines, windows and "overdue" are counted on it. */
export function useToday(): IsoDate {
  return beijingDate(useNow())
}
