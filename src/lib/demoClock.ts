/**
 * The demo clock kept between starts: the embedded demo backend's clock setting, mirrored into the app's
 * clock (`@/domain/time/now`) so that screens drawn before the backend is opened already count on it.
 * A build for a real backend never reads or writes it.
 */
import { clockSetting, isRealTime, parseClockSetting, setClock, type ClockSetting } from '@/domain/time/now'
import { readJson, taroStateStorage, writeJson } from './storage'

export const DEMO_CLOCK_STORAGE_KEY = 'wic.clock.v1'

// Inlined at build time: in a build for a real backend the functions below fold to nothing.
const DEMO_BACKEND = process.env.TARO_APP_API !== 'http'

/** At launch: the demo clock as the demo backend last set it. */
export function restoreDemoClock(): void {
  if (!DEMO_BACKEND) return
  setClock(parseClockSetting(readJson(DEMO_CLOCK_STORAGE_KEY)))
}

/** The demo backend's clock changed (or was read): the app follows it, and remembers it for the next start. */
export function followDemoClock(setting: ClockSetting): void {
  if (!DEMO_BACKEND) return
  const next = parseClockSetting(setting)
  const prev = clockSetting()
  if (next.frozenAt === prev.frozenAt && next.offsetMs === prev.offsetMs) return
  setClock(next)
  if (isRealTime(next)) taroStateStorage.removeItem(DEMO_CLOCK_STORAGE_KEY)
  else writeJson(DEMO_CLOCK_STORAGE_KEY, next)
}
