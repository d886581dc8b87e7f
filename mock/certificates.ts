import type { HolderCertificate } from '@/api/contract'
import {
  base64UrlEncode,
  ENTITLEMENTS,
  issueCertificate,
  signRevocationList,
  verifyPresentation,
  type Entitlement,
  type SignedCertificate,
  type SignedRevocationList
} from '@/domain/certificate'
import { verifyDeviceBinding } from '@/domain/certificate/binding'
import { BOOKING_CODE_PREFIX, verifyBookingCode } from '@/domain/certificate/booking'
import { maskPassport } from '@/domain/validation/passport'
import { beijingDate } from '@/domain/time/beijing'
import { fail, HttpError } from './http'
import { backendTrustedKeys } from './issuer'
import { mockRandomBytes } from './random'
import type { CertificateRecord } from './state'
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

/** A phone has this long to sign its binding challenge. */
const BIND_CHALLENGE_MS = 5 * 60_000
/** The revocation list is re-issued (a new sequence number) at least this often, and at once when a credential is revoked. */
const REVOCATION_REISSUE_MS = 60 * 60_000
/** A desk may sync an offline redemption this long after the scan; older ones are refused (and its queue drops them). */
export const MAX_OFFLINE_REDEMPTION_MS = 72 * 3_600_000

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i])
}

/** The list of the issuer's current key: the stored one while it is recent and its set unchanged, else a new one with the next number. */
export function currentRevocationList(ctx: Pick<HandlerContext, 'state' | 'now'>): SignedRevocationList {
  const revoked = [...new Set(ctx.state.revokedCredentials.map((r) => r.credentialId))].sort()
  const last = ctx.state.trust.revocationList
  const current =
    last &&
    last.body.kid === ctx.state.issuer.keyId &&
    sameSet(last.body.revoked, revoked) &&
    ctx.now >= last.body.issuedAt &&
    ctx.now - last.body.issuedAt < REVOCATION_REISSUE_MS
  if (current) return last
  const list = signRevocationList({ seq: (last?.body.seq ?? 0) + 1, issuedAt: ctx.now, revoked }, { secretKey: ctx.state.issuer.secretKey })
  ctx.state.trust.revocationList = list
  return list
}

export const certificateHandlers: Partial<HandlerMap> = {
  'certificates.mine': (ctx) => {
    const user = requireUser(ctx)
    const record = ctx.state.certificates.find((c) => c.userId === user.user.id)
    return { data: { certificate: record ? holderView(record, beijingDate(ctx.now)) : null } }
  },
  'certificates.bindChallenge': (ctx) => {
    const user = requireUser(ctx)
    const challenge = base64UrlEncode(mockRandomBytes(24))
    const expiresAt = iso(ctx.now + BIND_CHALLENGE_MS)
    // Only the newest few matter: an unanswered challenge expires anyway.
    ctx.state.bindChallenges = [
      ...ctx.state.bindChallenges.filter((c) => Date.parse(c.expiresAt) > ctx.now).slice(-20),
      { challenge, userId: user.user.id, expiresAt, usedAt: null }
    ]
    return { status: 201, data: { challenge, expiresAt } }
  },
  'certificates.bindDevice': (ctx) => {
    const user = requireUser(ctx)
    const record = ctx.state.certificates.find((c) => c.userId === user.user.id)
    if (!record) throw fail.notFound('Certificate')
    if (record.certificate.status === 'revoked') throw fail.conflict('This certificate has been revoked')
    const { publicKey, challenge, signature } = ctx.body
    const issued = ctx.state.bindChallenges.find((c) => c.challenge === challenge && c.userId === user.user.id)
    if (!issued || issued.usedAt || Date.parse(issued.expiresAt) < ctx.now) {
      throw fail.validation({ challenge: { code: 'binding.challenge' } }, 'Unknown, used or expired challenge: ask for a new one')
    }
    // Proof of possession: the phone signed this challenge with the key it binds.
    if (!verifyDeviceBinding({ challenge, publicKey, signature })) {
      throw fail.validation({ signature: { code: 'binding.signature' } }, 'The signature does not match the key')
    }
    issued.usedAt = iso(ctx.now)
    if (record.devicePublicKey === publicKey && record.signed) return { data: holderView(record, beijingDate(ctx.now)) }
    // One phone per holder: the previous phone's credential is revoked at once, and the next revocation list names it.
    if (record.credentialId) ctx.state.revokedCredentials.push({ credentialId: record.credentialId, at: iso(ctx.now), reason: 'rebound' })
    sign(ctx, record, publicKey)
    return { data: holderView(record, beijingDate(ctx.now)) }
  },
  'certificates.issuerKeys': (ctx) => ({ data: { keyList: ctx.state.trust.keyList } }),
  'certificates.revocations': (ctx) => ({ data: { lists: [currentRevocationList(ctx)] } }),
  'redemptions.create': (ctx) => {
    const user = requireUser(ctx)
    const venue = user.user.venue
    if (!venue) throw fail.forbidden('redemptions')
    if (venue.purpose !== ctx.body.purpose) throw fail.forbidden(`${ctx.body.purpose} redemptions at this venue`)
    const scannedAt = Date.parse(ctx.body.scannedAt)
    if (scannedAt > ctx.now + 5 * 60_000) throw fail.validation({ scannedAt: { code: 'date.future' } })
    // A back-dated scan time cannot revive an old code: offline redemptions are taken for three days.
    if (scannedAt < ctx.now - MAX_OFFLINE_REDEMPTION_MS) throw fail.validation({ scannedAt: { code: 'scan.tooOld' } }, 'Scanned too long ago')
    // Re-verified as of the scan: the code's own signed time must fall in the window around the claimed scan time.
    const verdict = verifyPresentation(ctx.body.presentation, {
      issuerKeys: backendTrustedKeys(ctx.state, scannedAt),
      revocationLists: [currentRevocationList(ctx)],
      purpose: ctx.body.purpose,
      nowMs: scannedAt
    })
    if (!verdict.ok) throw new HttpError(422, 'validation', `Certificate not accepted: ${verdict.code}`, { presentation: { code: `verdict.${verdict.code}` } })

    // One code, one redemption: the same code sent again is answered from its record (a retried sync), never counted twice.
    const used = ctx.state.usedPresentations.find((u) => u.key === verdict.presentationId)
    if (used) {
      const earlier = ctx.state.redemptions.find((r) => r.id === used.redemptionId)
      if (earlier && earlier.venueId === venue.id && earlier.scannedAt === ctx.body.scannedAt) return { data: { ...stripRef(earlier), duplicate: true } }
      throw new HttpError(409, 'conflict', 'This code was already used', { presentation: { code: 'presentation.used' } })
    }

    const holder = ctx.state.certificates.find((c) => c.credentialId === verdict.credentialId)
    let bookingRef = ctx.body.bookingCode
    if (ctx.body.purpose === 'theatre') {
      if (bookingRef?.startsWith(BOOKING_CODE_PREFIX)) {
        const checked = verifyBookingCode(bookingRef, backendTrustedKeys(ctx.state, ctx.now), verdict.credentialId)
        if (!checked.ok) {
          throw fail.validation(
            { bookingCode: { code: checked.reason === 'other_holder' ? 'booking.otherHolder' : 'booking.unknown' } },
            'Booking code not accepted'
          )
        }
        bookingRef = checked.booking.ref
      }
      const booking = ctx.state.theatreBookings.find((b) => b.code === bookingRef)
      if (!booking) throw fail.validation({ bookingCode: { code: 'booking.unknown' } }, 'No such booking')
      if (!holder || booking.holderUserId !== holder.userId)
        throw fail.validation({ bookingCode: { code: 'booking.otherHolder' } }, 'The booking belongs to someone else')
      if (booking.status === 'redeemed') throw fail.conflict('These tickets were already used')
      if (booking.status === 'cancelled') throw fail.conflict('This booking was cancelled')
      booking.status = 'redeemed'
      booking.redeemedAt = iso(ctx.now)
    }
    const redemption = {
      id: ctx.backend.nextId('r'),
      purpose: ctx.body.purpose,
      venueId: venue.id,
      bookingCode: bookingRef,
      certificateRef: verdict.credentialId,
      scannedAt: ctx.body.scannedAt,
      recordedAt: iso(ctx.now),
      duplicate: false,
      userRef: holder?.userId ?? ''
    }
    ctx.state.redemptions.push(redemption)
    ctx.state.usedPresentations.push({ key: verdict.presentationId, redemptionId: redemption.id })
    if (holder) {
      notify(
        ctx,
        holder.userId,
        'redemption',
        { en: `Used at ${venue.name.en}`, zh: `已在${venue.name.zh}使用` },
        { en: 'Your certificate was verified.', zh: '您的认定书已通过核验。' },
        null
      )
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
