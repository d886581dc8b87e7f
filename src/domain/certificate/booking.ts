/**
 * A theatre booking's code, signed by the backend with an issuer key: the booking reference, the show, its
 * date, the seats and the holder's credential. An offline box office can tell a real booking from a made-up
 * one, and whose it is (the credential of the certificate code shown with it).
 * Text form: `WICB1.<base64url canonical JSON body>.<base64url signature>`.
 */
import { base64UrlDecode, base64UrlEncode, canonicalJson, isIsoDate, SIGNING_CONTEXT, utf8Decode, utf8Encode, withContext } from './encoding'
import { isShortText, type IssuerSigningKey } from './issue'
import { keyId, publicKeyOf, signMessage, trustedPublicKey, verifyMessage } from './keys'
import type { TrustedIssuerKey } from './types'

export const BOOKING_CODE_PREFIX = 'WICB1.'
const MAX_BOOKING_CODE = 1200

export interface BookingClaims {
  /** The booking's short reference, e.g. BH-T-4821. */
  ref: string
  showId: string
  /** Beijing calendar date of the performance. */
  date: string
  seats: number
  /** The holder's credential id (SignedCertificate.credentialId). */
  credentialId: string
}

interface BookingBody extends BookingClaims {
  v: 1
  kid: string
}

function bookingMessage(bodyText: string): Uint8Array {
  return withContext(SIGNING_CONTEXT.booking, utf8Encode(bodyText))
}

export function signBookingCode(claims: BookingClaims, issuerKey: IssuerSigningKey): string {
  const body: BookingBody = { v: 1, kid: keyId(publicKeyOf(issuerKey.secretKey)), ...claims }
  const bodyText = canonicalJson(body)
  return `${BOOKING_CODE_PREFIX}${base64UrlEncode(utf8Encode(bodyText))}.${base64UrlEncode(signMessage(bookingMessage(bodyText), issuerKey.secretKey))}`
}

export type BookingCheck = { ok: true; booking: BookingClaims; issuerKid: string } | { ok: false; reason: 'not_a_booking' | 'forged' | 'other_holder' }

function isBookingBody(value: unknown): value is BookingBody {
  const b = value as Partial<BookingBody> | null
  return (
    typeof b === 'object' &&
    b !== null &&
    b.v === 1 &&
    typeof b.kid === 'string' &&
    isShortText(b.ref) &&
    isShortText(b.showId) &&
    typeof b.date === 'string' &&
    isIsoDate(b.date) &&
    typeof b.seats === 'number' &&
    Number.isInteger(b.seats) &&
    b.seats > 0 &&
    b.seats < 1000 &&
    isShortText(b.credentialId)
  )
}

/**
 * Never throws. `holderCredentialId` is the credential of the certificate code the holder showed: a real
 * booking of somebody else is refused as 'other_holder'.
 */
export function verifyBookingCode(text: unknown, issuerKeys: readonly TrustedIssuerKey[], holderCredentialId: string | null): BookingCheck {
  try {
    if (typeof text !== 'string' || !text.startsWith(BOOKING_CODE_PREFIX) || text.length > MAX_BOOKING_CODE) return { ok: false, reason: 'not_a_booking' }
    const [bodyPart, signaturePart, ...rest] = text.slice(BOOKING_CODE_PREFIX.length).split('.')
    if (!bodyPart || !signaturePart || rest.length) return { ok: false, reason: 'not_a_booking' }
    const bodyText = utf8Decode(base64UrlDecode(bodyPart))
    const body: unknown = JSON.parse(bodyText)
    if (!isBookingBody(body) || canonicalJson(body) !== bodyText) return { ok: false, reason: 'not_a_booking' }
    const publicKey = trustedPublicKey(issuerKeys, body.kid)
    if (!publicKey || !verifyMessage(base64UrlDecode(signaturePart), bookingMessage(bodyText), publicKey)) return { ok: false, reason: 'forged' }
    const { v: _v, kid, ...booking } = body
    if (holderCredentialId !== null && booking.credentialId !== holderCredentialId) return { ok: false, reason: 'other_holder' }
    return { ok: true, booking, issuerKid: kid }
  } catch {
    return { ok: false, reason: 'not_a_booking' }
  }
}
