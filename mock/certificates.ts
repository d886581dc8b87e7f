import type { HolderCertificate } from '@/api/contract'
import {
  base64UrlDecode,
  ENTITLEMENTS,
  issueCertificate,
  signRevocationList,
  verifyPresentation,
  type Entitlement,
  type SignedCertificate
} from '@/domain/certificate'
import { maskPassport } from '@/domain/validation/passport'
import { beijingDate } from '@/domain/time/beijing'
import { fail, HttpError } from './http'
import { mockRandomBytes } from './random'
import type { CertificateRecord, MockState } from './state'
import { iso, notify, requireUser, type HandlerContext, type HandlerMap } from './handlers'

function holderView(record: CertificateRecord, today: string): HolderCertificate {
  const c = record.certificate
  const expired = c.validTo < today
  return {
    ...c,
    status: c.status === 'revoked' ? 'revoked' : 'active',
    passportMasked: maskPassport(record.passportNumber),
    signed: expired ? null : record.signed
  }
}

/** Region perk kinds (src/domain/regions/schema.ts) spelled as certificate entitlements; unknown kinds are not signed. */
const ENTITLEMENT_ALIASES: Record<string, Entitlement> = { one_window_permits: 'one_window', talent_programme: 'talent_programmes', mobile_vip: 'mobile' }

function signableEntitlements(perks: string[]): Entitlement[] {
  const mapped = perks.map((perk) => ENTITLEMENT_ALIASES[perk] ?? perk)
  return ENTITLEMENTS.filter((perk) => mapped.includes(perk))
}

function sign(ctx: HandlerContext, record: CertificateRecord, devicePublicKey: string): void {
  const c = record.certificate
  const signed: SignedCertificate = issueCertificate(
    {
      certificateNumber: c.number,
      holderName: c.holderName,
      passportNumber: record.passportNumber,
      nationality: c.nationality,
      validFrom: c.validFrom,
      validTo: c.validTo,
      issuer: c.issuer,
      issueDate: c.issuedOn,
      entitlements: signableEntitlements(c.entitlements),
      status: c.status === 'revoked' ? 'revoked' : 'active'
    },
    devicePublicKey,
    { secretKey: ctx.state.issuer.secretKey },
    { randomBytes: mockRandomBytes }
  )
  record.devicePublicKey = devicePublicKey
  record.credentialId = signed.credentialId
  record.signed = signed as unknown as Record<string, unknown>
}

function trustedKeys(state: MockState) {
  return [{ kid: state.issuer.keyId, publicKey: state.issuer.publicKey }]
}

function revocationList(ctx: HandlerContext) {
  return signRevocationList(
    { issuedAt: ctx.now, revoked: ctx.state.revokedCredentials.map((r) => r.credentialId) },
    { secretKey: ctx.state.issuer.secretKey }
  )
}

export const certificateHandlers: Partial<HandlerMap> = {
  'certificates.mine': (ctx) => {
    const user = requireUser(ctx)
    const record = ctx.state.certificates.find((c) => c.userId === user.user.id)
    return { data: { certificate: record ? holderView(record, beijingDate(ctx.now)) : null } }
  },
  'certificates.bindDevice': (ctx) => {
    const user = requireUser(ctx)
    const record = ctx.state.certificates.find((c) => c.userId === user.user.id)
    if (!record) throw fail.notFound('Certificate')
    if (record.certificate.status === 'revoked') throw fail.conflict('This certificate has been revoked')
    // The contract checks 43 base64url characters; the last one may still carry stray bits no key has (a 500 otherwise).
    try {
      base64UrlDecode(ctx.body.publicKey)
    } catch {
      throw fail.validation({ publicKey: { code: 'field.invalid' } }, 'Not a base64url Ed25519 key')
    }
    // A new device replaces the old binding: codes from the old phone stop verifying at the desk.
    sign(ctx, record, ctx.body.publicKey)
    return { data: holderView(record, beijingDate(ctx.now)) }
  },
  'certificates.issuerKeys': (ctx) => ({
    data: {
      keys: [
        {
          keyId: ctx.state.issuer.keyId,
          publicKey: ctx.state.issuer.publicKey,
          issuer: { zh: '北海市科学技术局', en: 'Beihai Municipal Science and Technology Bureau' },
          validFrom: '2026-01-01'
        }
      ]
    }
  }),
  'certificates.revocations': (ctx) => ({ data: revocationList(ctx) as unknown as Record<string, unknown> }),
  'redemptions.create': (ctx) => {
    const user = requireUser(ctx)
    const venue = user.user.venue
    if (!venue) throw fail.forbidden('redemptions')
    if (venue.purpose !== ctx.body.purpose) throw fail.forbidden(`${ctx.body.purpose} redemptions at this venue`)
    const scannedAt = Date.parse(ctx.body.scannedAt)
    if (scannedAt > ctx.now + 5 * 60_000) throw fail.validation({ scannedAt: { code: 'date.future' } })
    // Re-verified as of the scan: an offline redemption synced hours later is still judged fairly.
    const verdict = verifyPresentation(ctx.body.presentation, {
      issuerKeys: trustedKeys(ctx.state),
      revocationList: revocationList(ctx),
      purpose: ctx.body.purpose,
      nowMs: scannedAt
    })
    if (!verdict.ok) throw new HttpError(422, 'validation', `Certificate not accepted: ${verdict.code}`, { presentation: { code: `verdict.${verdict.code}` } })

    const duplicate = ctx.state.redemptions.find((r) => r.certificateRef === verdict.credentialId && r.scannedAt === ctx.body.scannedAt && r.venueId === venue.id)
    if (duplicate) return { data: { ...stripRef(duplicate), duplicate: true } }

    const holder = ctx.state.certificates.find((c) => c.credentialId === verdict.credentialId)
    if (ctx.body.purpose === 'theatre') {
      const booking = ctx.state.theatreBookings.find((b) => b.code === ctx.body.bookingCode)
      if (!booking) throw fail.validation({ bookingCode: { code: 'booking.unknown' } }, 'No such booking')
      if (!holder || booking.holderUserId !== holder.userId) throw fail.validation({ bookingCode: { code: 'booking.otherHolder' } }, 'The booking belongs to someone else')
      if (booking.status === 'redeemed') throw fail.conflict('These tickets were already used')
      if (booking.status === 'cancelled') throw fail.conflict('This booking was cancelled')
      booking.status = 'redeemed'
      booking.redeemedAt = iso(ctx.now)
    }
    const redemption = {
      id: ctx.backend.nextId('r'),
      purpose: ctx.body.purpose,
      venueId: venue.id,
      bookingCode: ctx.body.bookingCode,
      certificateRef: verdict.credentialId,
      scannedAt: ctx.body.scannedAt,
      recordedAt: iso(ctx.now),
      duplicate: false,
      userRef: holder?.userId ?? ''
    }
    ctx.state.redemptions.push(redemption)
    if (holder) {
      notify(ctx, holder.userId, 'redemption', { en: `Used at ${venue.name.en}`, zh: `已在${venue.name.zh}使用` }, { en: 'Your certificate was verified.', zh: '您的认定书已通过核验。' }, null)
    }
    return { status: 201, data: stripRef(redemption) }
  },
  'redemptions.list': (ctx) => {
    const user = requireUser(ctx)
    return { data: { redemptions: ctx.state.redemptions.filter((r) => r.venueId === user.user.venue?.id).map(stripRef) } }
  }
}

function stripRef<T extends { userRef: string }>(r: T): Omit<T, 'userRef'> {
  const { userRef: _ignored, ...rest } = r
  return rest
}
