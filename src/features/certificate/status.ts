/** Where a certificate stands today (Beijing calendar), as the holder's screen shows it. */
import { diffDays } from '@/domain/time/beijing'

/** The holder is warned this many days before the certificate ends (inclusive). */
export const EXPIRY_WARNING_DAYS = 30

export type CertificateState = 'valid' | 'expiring' | 'expired' | 'revoked' | 'notYetValid'

export interface CertificateStanding {
  state: CertificateState
  /** Days from today to validTo (0 on the last valid day); negative once expired. */
  daysLeft: number
}

export function certificateStanding(cert: { status: string; validFrom: string; validTo: string }, today: string): CertificateStanding {
  const daysLeft = diffDays(today, cert.validTo)
  if (cert.status === 'revoked') return { state: 'revoked', daysLeft }
  if (daysLeft < 0) return { state: 'expired', daysLeft }
  if (today < cert.validFrom) return { state: 'notYetValid', daysLeft }
  if (daysLeft <= EXPIRY_WARNING_DAYS) return { state: 'expiring', daysLeft }
  return { state: 'valid', daysLeft }
}

/** Only a current certificate can be shown as a code. */
export const isPresentable = (state: CertificateState): boolean => state === 'valid' || state === 'expiring'
