/**
 * The school-admission window (Beihai 2023 annex 3: 1-25 June each year; the bureau forwards to the
 * education office by 5 July). Dates are Beijing calendar dates; the month-day bounds are region settings.
 */
import { diffDays, yearOf, type IsoDate } from '@/domain/time/beijing'

export interface SchoolWindowSettings {
  /** 'MM-DD', inclusive. */
  windowStart: string
  windowEnd: string
  /** 'MM-DD': the S&T bureau forwards applications to the education office by this day. */
  forwardBy: string
}

export const DEFAULT_SCHOOL_WINDOW: SchoolWindowSettings = { windowStart: '06-01', windowEnd: '06-25', forwardBy: '07-05' }

export interface SchoolWindowStatus {
  open: boolean
  /** The window that is open now, or the next one: the year it belongs to and its dates. */
  year: number
  opensOn: IsoDate
  closesOn: IsoDate
  forwardBy: IsoDate
  /** 0 while open. */
  daysUntilOpen: number
  /** Days left including today while open; 0 otherwise. */
  daysLeft: number
}

const MONTH_DAY = /^\d\d-\d\d$/

/** Region settings (loosely typed JSON) to window settings, falling back to the documents' dates. */
export function schoolWindowSettings(settings: Record<string, unknown> | undefined): SchoolWindowSettings {
  const pickMd = (key: keyof SchoolWindowSettings) => {
    const value = settings?.[key]
    return typeof value === 'string' && MONTH_DAY.test(value) ? value : DEFAULT_SCHOOL_WINDOW[key]
  }
  return { windowStart: pickMd('windowStart'), windowEnd: pickMd('windowEnd'), forwardBy: pickMd('forwardBy') }
}

export function schoolWindow(today: IsoDate, settings: SchoolWindowSettings = DEFAULT_SCHOOL_WINDOW): SchoolWindowStatus {
  const monthDay = today.slice(5)
  const thisYear = yearOf(today)
  const year = monthDay > settings.windowEnd ? thisYear + 1 : thisYear
  const opensOn = `${year}-${settings.windowStart}`
  const closesOn = `${year}-${settings.windowEnd}`
  const open = settings.windowStart <= monthDay && monthDay <= settings.windowEnd
  return {
    open,
    year,
    opensOn,
    closesOn,
    forwardBy: `${year}-${settings.forwardBy}`,
    daysUntilOpen: open ? 0 : diffDays(today, opensOn),
    daysLeft: open ? diffDays(today, closesOn) + 1 : 0
  }
}
