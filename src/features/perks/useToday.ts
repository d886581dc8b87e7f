/**
 * Today's Beijing date for perk rules (the school window). Against the demo backend the date follows the
 * mock's clock (which testers move through the officer simulator), so the app and the backend agree on
 * whether the window is open; against a real backend it is the device's clock, in Beijing.
 */
import { useEffect, useState } from 'react'
import { api } from '@/api'
import { beijingToday } from '@/domain/time/beijing'

export function useToday(): string {
  const [now, setNow] = useState<number>(() => Date.now())
  useEffect(() => {
    let live = true
    if (api().transportKind !== 'mock') return undefined
    api()
      .call('dev.clock')
      .then((clock) => {
        if (live) setNow(Date.parse(clock.now))
      })
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [])
  return beijingToday(now)
}
