import * as z from 'zod/mini'
import { CalendarDate, Id, IsoDateTime, Text } from './common'

export const CertificatePurpose = z.enum(['hospital', 'theatre', 'school'])
export type CertificatePurpose = z.infer<typeof CertificatePurpose>

/** The certificate as the holder's app stores it; its signed envelope is checked by src/domain/certificate. */
export const HolderCertificate = z.object({
  number: z.string().check(z.minLength(4)),
  holderName: Text,
  passportMasked: z.string(),
  nationality: z.string().check(z.length(3)),
  validFrom: CalendarDate,
  validTo: CalendarDate,
  issuer: Text,
  issuedOn: CalendarDate,
  entitlements: z.array(z.string()),
  status: z.enum(['active', 'revoked']),
  /** Issuer-signed, bound to the device key; opaque to everything but the certificate domain module. */
  signed: z.nullable(z.record(z.string(), z.unknown()))
})
export type HolderCertificate = z.infer<typeof HolderCertificate>

export const BindDeviceKeyBody = z.object({ publicKey: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'base64url Ed25519 key')) })

export const IssuerKey = z.object({ keyId: z.string(), publicKey: z.string(), issuer: Text, validFrom: CalendarDate })
export const IssuerKeys = z.object({ keys: z.array(IssuerKey) })

/** Issuer-signed list of revoked certificates; verifiers cache it and say how fresh it is. */
export const RevocationList = z.record(z.string(), z.unknown())

export const RedemptionBody = z.object({
  purpose: CertificatePurpose,
  /** The presented QR text: the server re-verifies it. */
  presentation: z.string().check(z.minLength(10), z.maxLength(4000)),
  /** Theatre: the booking being used; hospital: null (a green-channel visit). */
  bookingCode: z.nullable(z.string()),
  /** When the verifier scanned it (offline redemptions sync later). */
  scannedAt: IsoDateTime
})
export const Redemption = z.object({
  id: Id,
  purpose: CertificatePurpose,
  venueId: z.string(),
  bookingCode: z.nullable(z.string()),
  certificateRef: z.string(),
  scannedAt: IsoDateTime,
  recordedAt: IsoDateTime,
  /** true when this same redemption had already been recorded (a retried sync). */
  duplicate: z.boolean()
})
export type Redemption = z.infer<typeof Redemption>
