/**
 * The case reference people read, say on the phone and type into a search: region, year, serial, e.g.
 * GS-2026-000123. The backend gives it when it creates a case; the internal id stays internal.
 */
import { beijingDate } from '@/domain/time/beijing'

/** Short codes of the regions, as their offices abbreviate them; a new region gets its first two letters. */
const REGION_CODES: Readonly<Record<string, string>> = { beihai: 'BH', gansu: 'GS', qingdao: 'QD' }

export const CASE_REFERENCE = /^[A-Z]{2}-\d{4}-\d{6}$/

export function regionCode(regionId: string): string {
  return (
    REGION_CODES[regionId] ??
    (regionId
      .replace(/[^a-z]/gi, '')
      .slice(0, 2)
      .toUpperCase()
      .padEnd(2, 'X') ||
      'XX')
  )
}

/** The next reference in a region and year: one more than the highest already given there. */
export function nextCaseReference(given: readonly string[], regionId: string, createdAt: string): string {
  const prefix = `${regionCode(regionId)}-${beijingDate(Date.parse(createdAt)).slice(0, 4)}-`
  let highest = 0
  for (const reference of given) {
    if (reference.startsWith(prefix)) highest = Math.max(highest, Number(reference.slice(prefix.length)) || 0)
  }
  return `${prefix}${String(highest + 1).padStart(6, '0')}`
}
