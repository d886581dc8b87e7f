/**
 * The backend's refusals (409/403) carry an English sentence; the app names each known one in the user's
 * language, with its numbers, so "no double booking" or "at most 2 tickets" reads as a rule, not an error.
 */
import { toApiError } from '@/api'

export type RefusalKey =
  | 'seatsLeft'
  | 'showStarted'
  | 'slotStarted'
  | 'slotHeld'
  | 'doubleBooking'
  | 'slotFull'
  | 'otherDepartment'
  | 'windowClosed'
  | 'alreadyApplied'
  | 'notEntitled'
  | 'notChangeable'
  | 'opinionGiven'
  | 'noSchoolPerk'

export interface Refusal {
  key: RefusalKey
  params: Record<string, string | number>
}

const patterns: [RegExp, RefusalKey, string[]][] = [
  [/Only (\d+) seats left/, 'seatsLeft', ['count']],
  [/show has already started/, 'showStarted', []],
  [/slot has already started/, 'slotStarted', []],
  [/already hold this slot/, 'slotHeld', []],
  [/already have a visit in this department on that day/, 'doubleBooking', []],
  [/slot is full/, 'slotFull', []],
  [/same department/, 'otherDepartment', []],
  [/next window opens on (\d{4}-\d\d-\d\d)/, 'windowClosed', ['date']],
  [/already applied for (\d{4})/, 'alreadyApplied', ['year']],
  [/certificate with the (\w+) entitlement is required/, 'notEntitled', ['purpose']],
  [/booking cannot be (cancelled|moved)/, 'notChangeable', []],
  [/opinion was already given/, 'opinionGiven', []],
  [/not offered in your region/, 'noSchoolPerk', []]
]

export function refusalOf(error: unknown): Refusal | null {
  const e = toApiError(error)
  if (e.kind !== 'conflict' && e.kind !== 'forbidden' && e.kind !== 'validation') return null
  for (const [re, key, names] of patterns) {
    const m = re.exec(e.message)
    if (!m) continue
    const params: Record<string, string | number> = {}
    names.forEach((name, i) => {
      const raw = m[i + 1]
      params[name] = /^\d+$/.test(raw) && name !== 'date' ? Number(raw) : raw
    })
    return { key, params }
  }
  return null
}
