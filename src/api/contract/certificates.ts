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

const Base64Url = z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, 'base64url'), z.maxLength(200))
const EpochMs = z.number().check(z.int(), z.nonnegative())

/** A one-use challenge the phone signs with its device key, to prove it holds the key it binds. */
export const BindChallenge = z.object({ challenge: Base64Url, expiresAt: IsoDateTime })
export const BindDeviceKeyBody = z.object({
  publicKey: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'base64url Ed25519 key')),
  challenge: Base64Url,
  /** Ed25519 by the device key over the challenge and the key (src/domain/certificate/binding.ts). */
  signature: z.string().check(z.regex(/^[A-Za-z0-9_-]{86}$/, 'base64url Ed25519 signature'))
})

/** The root-signed issuer key list (src/domain/certificate/trust.ts re-checks its signature and every key). */
export const IssuerKeyList = z.object({
  body: z.object({
    version: z.literal(1),
    rootKid: Base64Url,
    seq: EpochMs,
    issuedAt: EpochMs,
    keys: z.array(z.object({ kid: Base64Url, publicKey: Base64Url, issuerId: z.string(), issuer: Text, validFrom: EpochMs, validUntil: EpochMs }))
  }),
  signature: Base64Url
})
export const IssuerKeys = z.object({ keyList: IssuerKeyList })

/** One issuer-signed revocation list per issuer; verifiers cache them and say how fresh they are. */
export const SignedRevocationListWire = z.object({
  body: z.object({ version: z.literal(2), kid: Base64Url, seq: EpochMs, issuedAt: EpochMs, revoked: z.array(z.string()) }),
  signature: Base64Url
})
export const RevocationLists = z.object({ lists: z.array(SignedRevocationListWire) })

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
