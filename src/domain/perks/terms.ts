/**
 * Perk pricing and limits: one module for the app (what it shows) and the mock backend (what it charges and
 * accepts). The values live in region data (perk.settings, each perk citing its document); the fallbacks
 * here are the Beihai document's (beihai-2023 art. 9 and annex 3).
 *
 * Theatre: 50% off any show (购票5折，不限演出剧目). The document sets no cap on tickets per show, so none
 * is applied. Main route: reserve by phone, buy on site with passport and certificate; the in-app
 * reservation is an extra channel whose shows, prices and seats are demo data.
 * Hospital: book by phone (门诊预约 0779-2038430); in-app slots are demo data.
 */
import type { PerkCore } from '@/domain/regions/schema'

/** beihai-2023 art. 9: 购票5折. */
export const THEATRE_DEFAULT_DISCOUNT_PERCENT = 50

/**
 * Tickets one reservation request may carry (the API's bound on a request, not a perk limit: the document
 * sets no cap per show, and further reservations for the same show are accepted while seats are left).
 */
export const THEATRE_TICKETS_PER_REQUEST = 10

export function numberSetting(perk: PerkCore | undefined, key: string, fallback: number): number {
  const value = perk?.settings[key]
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}

export function stringSetting(perk: PerkCore | undefined, key: string): string | null {
  const value = perk?.settings[key]
  return typeof value === 'string' && value ? value : null
}

export function theatreDiscountPercent(perk: PerkCore | undefined): number {
  return numberSetting(perk, 'discountPercent', THEATRE_DEFAULT_DISCOUNT_PERCENT)
}

/** A discount as Chinese prices say it: 50% off is 5折 (the price in tenths). */
export function zheOf(discountPercent: number): number {
  return (100 - discountPercent) / 10
}

/** Per-ticket price after a percentage discount, in whole fen, rounded half up (integer arithmetic, no float yuan). */
export function discountedFen(listPriceFen: number, discountPercent: number): number {
  if (!Number.isInteger(listPriceFen) || listPriceFen < 0) throw new RangeError(`Not a fen amount: ${listPriceFen}`)
  const percent = Math.min(100, Math.max(0, discountPercent))
  return Math.floor((listPriceFen * (100 - percent) + 50) / 100)
}

/** What a theatre reservation costs: every ticket at the discount, as many as there are seats. */
export function theatreQuote(perk: PerkCore | undefined, listPriceFen: number, quantity: number): { perTicketFen: number; totalFen: number } {
  const perTicketFen = discountedFen(listPriceFen, theatreDiscountPercent(perk))
  return { perTicketFen, totalFen: perTicketFen * quantity }
}

/**
 * The in-app hospital channel (demo data, next to the document's phone booking): one booked visit per holder,
 * department and day, so a holder cannot hold several slots of one clinic. Not a rule of the document.
 */
export type HospitalConflict = 'slotHeld' | 'sameDepartmentDay' | 'full'

export function hospitalBookingConflict(
  mine: readonly { slotId: string; departmentId: string; date: string }[],
  slot: { id: string; departmentId: string; date: string; booked: number; capacity: number }
): HospitalConflict | null {
  if (mine.some((b) => b.slotId === slot.id)) return 'slotHeld'
  if (mine.some((b) => b.departmentId === slot.departmentId && b.date === slot.date)) return 'sameDepartmentDay'
  if (slot.booked >= slot.capacity) return 'full'
  return null
}
