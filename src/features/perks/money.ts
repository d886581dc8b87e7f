/**
 * Money in integer fen (1 yuan = 100 fen): prices are never held as float yuan, so half of ¥123.45 is an
 * exact number of fen and what the app shows is what the box office charges.
 */

/** The discount rule is the domain's, shared with the backend. */
export { discountedFen } from '@/domain/perks/terms'

/** '¥1,234.50' from 123450 fen: always two decimals, thousands grouped, no float arithmetic. */
export function formatFen(fen: number): string {
  if (!Number.isInteger(fen)) throw new RangeError(`Not a fen amount: ${fen}`)
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / 100)
  const cents = abs % 100
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}¥${grouped}.${String(cents).padStart(2, '0')}`
}
