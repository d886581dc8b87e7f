/**
 * Extension window: a work or residence permit should be extended at least N days before it expires
 * (region data: matter.extendAtLeastDaysBeforeExpiry with its source, 30 in every shipped region). The seeds
 * are silent on it (the source is national: Exit and Entry Administration Law art. 32, the work-permit
 * service guide), so filing later is advice with the source named, never a block. Only an expired permit or
 * no permit at all stops the extension. Dates are Beijing calendar dates ('YYYY-MM-DD').
 */
import { addDays, isIsoDate, toDayNumber } from '@/domain/time/beijing'

export type ExtensionRefusal = 'extension.expired' | 'extension.noPermit'

/** The advice shown (with its source) when the extension is filed after the last recommended day. */
export const LATE_EXTENSION_ADVICE = 'extension.tooLate'

export type ExtensionCheck =
  { ok: true; lastDay: string; daysLeft: number; late: boolean } | { ok: false; reason: ExtensionRefusal; lastDay: string | null; daysLeft: number | null }

/**
 * `lastDay` is the last day an extension may still be filed (validTo minus the minimum days);
 * `daysLeft` counts from today to that day (0: today is the last day; below 0: `late`, advice only).
 */
export function checkExtensionWindow(input: {
  validTo: string | null | undefined
  today: string
  atLeastDaysBeforeExpiry: number | undefined
}): ExtensionCheck {
  const { validTo, today } = input
  // The permit's date arrives from the API, whose contract checks only its YYYY-MM-DD shape: a date that names no
  // day ('2026-02-30') is no usable permit date, and must not throw while a page renders.
  if (!validTo || !isIsoDate(validTo)) return { ok: false, reason: 'extension.noPermit', lastDay: null, daysLeft: null }
  const minimum = input.atLeastDaysBeforeExpiry ?? 0
  const lastDay = addDays(validTo, -minimum)
  const daysLeft = toDayNumber(lastDay) - toDayNumber(today)
  if (toDayNumber(validTo) < toDayNumber(today)) return { ok: false, reason: 'extension.expired', lastDay, daysLeft }
  return { ok: true, lastDay, daysLeft, late: daysLeft < 0 }
}
