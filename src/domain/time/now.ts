/**
 * The one clock every screen, rule and the demo backend read.
 *
 * It is the device's time unless a demo setting moves it: the officer simulator freezes the demo backend's
 * clock at an instant (or shifts it), and the app follows the same setting, so due dates, "overdue", the
 * verifier's freshness window, perk dates and consent dates all agree with the backend. A build for a real
 * backend never changes the setting: it runs on the device's time.
 */
import { beijingDate, type IsoDate } from './beijing'

export interface ClockSetting {
  /** ISO instant the clock stands still at, or null to run. */
  frozenAt: string | null
  /** Added to the device's time while running. */
  offsetMs: number
}

export const REAL_TIME: ClockSetting = Object.freeze({ frozenAt: null, offsetMs: 0 })

/** The instant a setting shows when the device's clock reads `realMs`. */
export function instantOf(setting: ClockSetting, realMs: number): number {
  if (setting.frozenAt !== null) {
    const frozen = Date.parse(setting.frozenAt)
    if (Number.isFinite(frozen)) return frozen
  }
  return realMs + (Number.isFinite(setting.offsetMs) ? setting.offsetMs : 0)
}

let current: ClockSetting = REAL_TIME
const listeners = new Set<() => void>()

/** Milliseconds since the epoch, as the app's clock reads now. */
export function now(): number {
  return instantOf(current, Date.now())
}

/** Today's Beijing calendar date on the app's clock. */
export function today(): IsoDate {
  return beijingDate(now())
}

export function clockSetting(): ClockSetting {
  return current
}

export function isRealTime(setting: ClockSetting = current): boolean {
  return setting.frozenAt === null && setting.offsetMs === 0
}

/** Moves the app's clock; listeners run only when the setting changed. */
export function setClock(next: ClockSetting): void {
  if (next.frozenAt === current.frozenAt && next.offsetMs === current.offsetMs) return
  current = { frozenAt: next.frozenAt, offsetMs: next.offsetMs }
  listeners.forEach((listener) => listener())
}

export function subscribeClock(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** A setting read from storage or the network: anything malformed is the real time. */
export function parseClockSetting(value: unknown): ClockSetting {
  if (typeof value !== 'object' || value === null) return REAL_TIME
  const { frozenAt, offsetMs } = value as Record<string, unknown>
  const frozen = typeof frozenAt === 'string' && Number.isFinite(Date.parse(frozenAt)) ? frozenAt : null
  const offset = typeof offsetMs === 'number' && Number.isFinite(offsetMs) ? offsetMs : 0
  return { frozenAt: frozen, offsetMs: offset }
}
