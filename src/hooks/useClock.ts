import { useEffect, useState } from 'react'
import type { IsoDate } from '@/domain/time/beijing'
import { now, subscribeClock, today } from '@/domain/time/now'

/** A value read from the app clock every `intervalMs` and at once when the demo clock is moved. */
function useClockReading<T>(read: () => T, intervalMs: number): T {
  const [value, setValue] = useState(read)
  useEffect(() => {
    // An unchanged reading (the same date) leaves the component as it is.
    const update = () => setValue(read())
    const timer = setInterval(update, intervalMs)
    const unsubscribe = subscribeClock(update)
    // The clock may have moved between the first render and this effect.
    update()
    return () => {
      clearInterval(timer)
      unsubscribe()
    }
  }, [read, intervalMs])
  return value
}

/** The app clock's time, read again every `intervalMs` (so "open now" stays true while a page is open). */
export function useNow(intervalMs = 60_000): number {
  return useClockReading(now, intervalMs)
}

/** Today's Beijing date on the app clock: deadlines, windows and "overdue" are counted on it. */
export function useToday(): IsoDate {
  return useClockReading(today, 60_000)
}
