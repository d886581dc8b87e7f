/**
 * The case clock: how much of an office's time limit (in working days) a case has used.
 *
 * Boundary conventions (all dates are Beijing calendar dates):
 * - Counting starts the day after acceptance: the acceptance day never counts.
 * - A supplement pause requested on X and answered (resubmitted) on Y stops the clock for the days in
 *   (X, Y]: the request day X counts (the office worked on the case that day and sent the notice), the
 *   resubmission day Y does not, and counting resumes the day after Y, the same way it starts the day
 *   after acceptance. An open pause (not yet answered) covers every day after X.
 * - Only working days count; today counts once it is reached (the office may still decide today).
 * - While paused, `dueDate` is a projection: the due date if the supplement were handed in today.
 * - Overdue: today is after the due date, except while paused when the limit was not yet exceeded
 *   before the pause began (the wait is on the applicant, not the office).
 */
import { compareDates, addDays, type IsoDate } from './beijing'
import { isProvisional, isWorkingDay } from './workingDays'

export interface SupplementPause {
  /** Date the office asked for a supplement. */
  requestedOn: IsoDate
  /** Date the applicant handed it in; absent or null while still awaited. */
  resubmittedOn?: IsoDate | null
}

export interface CaseClockInput {
  acceptedOn: IsoDate
  limitWorkingDays: number
  pauses?: readonly SupplementPause[]
  /** Today's Beijing date (beijingToday()). */
  today: IsoDate
}

export interface CaseClock {
  dueDate: IsoDate
  workingDaysUsed: number
  /** Never negative; see `overdue`. */
  workingDaysLeft: number
  overdue: boolean
  /** Working days counted past the due date (0 while not overdue, and on a day off right after it). */
  workingDaysOverdue: number
  /** A supplement is awaited right now. */
  paused: boolean
  /** The span touches a year without a published holiday calendar. */
  provisional: boolean
}

const isOpen = (p: SupplementPause): boolean => p.resubmittedOn == null

/** Last day a pause covers; an open pause is taken to end today (answered today at the latest). */
function pauseEnd(p: SupplementPause, today: IsoDate): IsoDate {
  if (!isOpen(p)) return p.resubmittedOn as IsoDate
  return compareDates(today, p.requestedOn) > 0 ? today : p.requestedOn
}

function isPausedDay(date: IsoDate, pauses: readonly SupplementPause[], today: IsoDate): boolean {
  return pauses.some((p) => compareDates(date, p.requestedOn) > 0 && compareDates(date, pauseEnd(p, today)) <= 0)
}

/** A day the office's time limit runs on. */
/** A bundle's matters pausing together (one supplement request for all of them) are one pause on the clock. */
export function uniquePauses<P extends SupplementPause>(pauses: readonly P[]): P[] {
  const seen = new Set<string>()
  return pauses.filter((p) => {
    const key = `${p.requestedOn}|${p.resubmittedOn ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export function countsAgainstOffice(date: IsoDate, pauses: readonly SupplementPause[], today: IsoDate): boolean {
  return isWorkingDay(date) && !isPausedDay(date, pauses, today)
}

function currentPause(pauses: readonly SupplementPause[], today: IsoDate): SupplementPause | undefined {
  return pauses.find((p) => isOpen(p) && compareDates(p.requestedOn, today) <= 0)
}

export function caseClock({ acceptedOn, limitWorkingDays, pauses = [], today }: CaseClockInput): CaseClock {
  if (!Number.isInteger(limitWorkingDays) || limitWorkingDays < 0) {
    throw new RangeError(`Time limit must be a whole number of working days >= 0: ${limitWorkingDays}`)
  }

  let used = 0
  for (let d = addDays(acceptedOn, 1); compareDates(d, today) <= 0; d = addDays(d, 1)) {
    if (countsAgainstOffice(d, pauses, today)) used++
  }

  let dueDate = acceptedOn
  for (let counted = 0; counted < limitWorkingDays;) {
    dueDate = addDays(dueDate, 1)
    if (countsAgainstOffice(dueDate, pauses, today)) counted++
  }

  const pause = currentPause(pauses, today)
  const pastDue = compareDates(today, dueDate) > 0
  const overdue = pause ? pastDue && compareDates(dueDate, pause.requestedOn) < 0 : pastDue

  return {
    dueDate,
    workingDaysUsed: used,
    workingDaysLeft: Math.max(0, limitWorkingDays - used),
    overdue,
    workingDaysOverdue: overdue ? Math.max(0, used - limitWorkingDays) : 0,
    paused: pause !== undefined,
    provisional: isProvisional(acceptedOn) || isProvisional(dueDate)
  }
}
