/**
 * The HR dashboard's rows and filters: plain data in, plain data out, so the list can be measured with
 * thousands of rows in a test and the page stays thin.
 */
import type { CaseStatus, CaseSummary, Employee } from '@/api'
import { caseNextAction, daysUntil, decisionDay, type CaseAction, type TimeLimits } from '@/domain/case/stages'
import type { IsoDate } from '@/domain/time/beijing'
import { caseClock, uniquePauses, type CaseClock, type SupplementPause } from '@/domain/time/clock'

export interface CaseRowData {
  id: string
  /** The case reference people read and search for (GS-2026-000123). */
  reference: string
  applicantName: string
  employeeId: string
  title: string
  status: CaseStatus
  action: CaseAction
  needsAction: boolean
  overdue: boolean
  /** Promised due date once the clock runs (else null). */
  dueDate: IsoDate | null
  workingDaysLeft: number | null
  /** Working days past the due date, for an overdue case. */
  workingDaysOverdue: number
  paused: boolean
  /** Days until the employee's first permit expiry (null: no permit on file). */
  expiresInDays: number | null
  updatedAt: string
}

/** Actions that wait on the employer's side. */
const EMPLOYER_ACTIONS: ReadonlySet<CaseAction> = new Set<CaseAction>(['answer_supplement', 'appeal_or_accept', 'book_appointment', 'pick_up', 'submit'])

export interface PermitExpiry {
  permit: 'workPermit' | 'residencePermit'
  validTo: IsoDate
  days: number
}

/** The employee's permit that expires first. */
export function firstExpiry(e: Pick<Employee, 'workPermit' | 'residencePermit'>, today: IsoDate): PermitExpiry | null {
  const candidates: PermitExpiry[] = []
  if (e.workPermit) candidates.push({ permit: 'workPermit', validTo: e.workPermit.validTo, days: daysUntil(e.workPermit.validTo, today) })
  if (e.residencePermit) candidates.push({ permit: 'residencePermit', validTo: e.residencePermit.validTo, days: daysUntil(e.residencePermit.validTo, today) })
  return candidates.sort((a, b) => a.days - b.days)[0] ?? null
}

/**
 * The case clock walks the calendar day by day; cases accepted on the same day with the same pauses share
 * one answer, so thousands of rows cost a few dozen clock runs, not thousands.
 */
const clockCache = new Map<string, CaseClock>()
const CLOCK_CACHE_MAX = 5000

function cachedClock(acceptedOn: IsoDate, limitWorkingDays: number, pauses: readonly SupplementPause[], today: IsoDate): CaseClock {
  const key = `${acceptedOn}|${limitWorkingDays}|${today}|${pauses.map((p) => `${p.requestedOn}-${p.resubmittedOn ?? ''}`).join(',')}`
  let clock = clockCache.get(key)
  if (!clock) {
    if (clockCache.size >= CLOCK_CACHE_MAX) clockCache.clear()
    clock = caseClock({ acceptedOn, limitWorkingDays, pauses, today })
    clockCache.set(key, clock)
  }
  return clock
}

export function buildCaseRows(
  cases: readonly CaseSummary[],
  employees: readonly Employee[],
  today: IsoDate,
  describe: { title: (c: CaseSummary) => string; limits: (c: CaseSummary) => TimeLimits }
): CaseRowData[] {
  const expiryByEmployee = new Map(employees.map((e) => [e.id, firstExpiry(e, today)?.days ?? null]))
  return cases.map((c) => {
    const progress = { regionId: c.regionId, matters: c.matters, timeline: [] }
    const action = caseNextAction(progress, 'hr', today)
    // Rows show the promised date (else the legal one) while the office's clock runs; a decision stops it.
    const limits = describe.limits(c)
    const days = limits.promisedDays ?? limits.legalDays
    const running = !!c.acceptedOn && !!days && decisionDay(progress) === null
    const clock = running ? cachedClock(c.acceptedOn!, days!, uniquePauses(c.pauses), today) : null
    return {
      id: c.id,
      reference: c.reference,
      applicantName: c.applicantName,
      employeeId: c.employeeId,
      title: describe.title(c),
      status: c.status,
      action,
      needsAction: EMPLOYER_ACTIONS.has(action),
      overdue: !!clock && running && clock.overdue,
      dueDate: clock && running ? clock.dueDate : null,
      workingDaysLeft: clock && running ? clock.workingDaysLeft : null,
      workingDaysOverdue: clock && running ? clock.workingDaysOverdue : 0,
      paused: !!clock && clock.paused,
      expiresInDays: expiryByEmployee.get(c.employeeId) ?? null,
      updatedAt: c.updatedAt
    }
  })
}

export const EXPIRY_WINDOWS = [90, 60, 30] as const
export type ExpiryWindow = (typeof EXPIRY_WINDOWS)[number]

export interface DashboardFilters {
  status: CaseStatus | 'all'
  overdue: boolean
  needsAction: boolean
  /** Only employees (and their cases) whose permit expires within this many days. */
  expiring: ExpiryWindow | null
  q: string
}

export const NO_FILTERS: DashboardFilters = { status: 'all', overdue: false, needsAction: false, expiring: null, q: '' }

const within = (days: number | null, window: number | null): boolean => window === null || (days !== null && days >= 0 && days <= window)

export function filterCaseRows(rows: readonly CaseRowData[], f: DashboardFilters): CaseRowData[] {
  const q = f.q.trim().toLowerCase()
  return rows.filter(
    (r) =>
      (f.status === 'all' || r.status === f.status) &&
      (!f.overdue || r.overdue) &&
      (!f.needsAction || r.needsAction) &&
      within(r.expiresInDays, f.expiring) &&
      (!q || `${r.applicantName} ${r.reference} ${r.title}`.toLowerCase().includes(q))
  )
}

export interface EmployeeRowData {
  employee: Employee
  expiry: PermitExpiry | null
}

/** Employees matching the search and the expiry window, soonest expiry first. */
export function filterEmployees(employees: readonly Employee[], f: DashboardFilters, today: IsoDate): EmployeeRowData[] {
  const q = f.q.trim().toLowerCase()
  return employees
    .map((employee) => ({ employee, expiry: firstExpiry(employee, today) }))
    .filter((r) => within(r.expiry?.days ?? null, f.expiring) && (!q || `${r.employee.name} ${r.employee.position}`.toLowerCase().includes(q)))
    .sort((a, b) => (a.expiry?.days ?? Infinity) - (b.expiry?.days ?? Infinity))
}

/** A permit this close to expiry offers "extend" (the extension must be filed 30+ days before). */
export const OFFER_EXTENSION_WITHIN_DAYS = 90
