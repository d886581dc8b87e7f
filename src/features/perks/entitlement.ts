/**
 * Whether the holder's certificate entitles them to a perk today (Beijing date). The backend enforces the
 * same rule when booking; the app says it first, with the reason and the way forward.
 */
import type { PerkCore } from '@/domain/regions/schema'
import type { IsoDate } from '@/domain/time/beijing'

export interface CertificateLike {
  status: string
  validFrom: IsoDate
  validTo: IsoDate
  entitlements: string[]
}

export type EntitlementState = 'entitled' | 'noCertificate' | 'revoked' | 'expired' | 'notYetValid' | 'notIncluded'

export interface Entitlement {
  state: EntitlementState
  entitled: boolean
  /** Entitled, on the condition that the holder also has this work-permit category (mobile VIP: A). */
  requiresPermitCategory: 'A' | 'B' | 'C' | null
  validFrom: IsoDate | null
  validTo: IsoDate | null
}

export function perkEntitlement(perk: Pick<PerkCore, 'kind' | 'requiresPermitCategory'>, certificate: CertificateLike | null, today: IsoDate): Entitlement {
  const base = { requiresPermitCategory: perk.requiresPermitCategory ?? null, validFrom: certificate?.validFrom ?? null, validTo: certificate?.validTo ?? null }
  const state: EntitlementState = !certificate
    ? 'noCertificate'
    : certificate.status !== 'active'
      ? 'revoked'
      : today > certificate.validTo
        ? 'expired'
        : today < certificate.validFrom
          ? 'notYetValid'
          : !certificate.entitlements.includes(perk.kind)
            ? 'notIncluded'
            : 'entitled'
  return { ...base, state, entitled: state === 'entitled' }
}

/** The reasons a holder can act on by renewing or applying (talent check), as opposed to waiting. */
export const needsApplication = (state: EntitlementState): boolean => state === 'noCertificate' || state === 'expired' || state === 'revoked'
