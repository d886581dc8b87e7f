/**
 * The digital talent certificate (认定书, Beihai 2023 annex 2): data shapes shared by the issuer
 * (backend), the holder's phone and the verifier's phone. See docs/certificate-format.md.
 */

/** A text in both languages (zh is the source). */
export interface LocalizedText {
  zh: string
  en: string
}

/** The holder's name as printed: Chinese and/or Latin script; a single-script name fills one of them. */
export interface HolderName {
  zh?: string
  en?: string
}

/** Perks of a certified talent (annex 3). */
export const ENTITLEMENTS = ['one_window', 'hospital', 'school', 'childcare', 'theatre', 'events', 'research', 'talent_programmes', 'mobile'] as const
export type Entitlement = (typeof ENTITLEMENTS)[number]

export const CERTIFICATE_STATUSES = ['active', 'suspended', 'revoked'] as const
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number]

/** Everything the paper certificate says, plus what the app needs to grant perks. */
export interface CertificateFields {
  certificateNumber: string
  holderName: HolderName
  /** ICAO 9303: A-Z 0-9, up to 9 characters. Signed, but never disclosed in a QR code. */
  passportNumber: string
  /** ICAO / ISO 3166 alpha-3, e.g. 'DEU', 'D<<'. */
  nationality: string
  /** Beijing calendar dates, 'YYYY-MM-DD', both inclusive. */
  validFrom: string
  validTo: string
  issuer: LocalizedText
  issueDate: string
  entitlements: Entitlement[]
  status: CertificateStatus
}

export const BEIHAI_STB: LocalizedText = {
  zh: '北海市科学技术局',
  en: 'Beihai Municipal Science and Technology Bureau'
}

/** Claims the issuer commits to by salted hash; validity and status travel in clear (every verifier needs them). */
export type DisclosureClaim =
  | { field: 'certificateNumber'; value: string }
  | { field: 'holderName'; value: HolderName }
  | { field: 'passportNumber'; value: string }
  | { field: 'nationality'; value: string }
  | { field: 'issuer'; value: LocalizedText }
  | { field: 'issueDate'; value: string }
  /** One disclosure per perk, so a code can prove one perk without listing the others. */
  | { field: 'entitlement'; value: Entitlement }
export type DisclosableField = DisclosureClaim['field']

/** A claim as the holder stores it: `json` is the exact text `["<salt>","<field>",<value>]` whose UTF-8 bytes were hashed into a leaf. */
export type StoredDisclosure = DisclosureClaim & { json: string }

/** What the issuer hands to the holder's phone (JSON-safe, so it can sit in storage as is). */
export interface SignedCertificate {
  format: 'WIC1'
  /** base64url of the issuer-signed core; copied verbatim into every QR code. */
  core: string
  /** base64url Ed25519 signature of the issuer over the core. */
  issuerSignature: string
  issuerKid: string
  /** Opaque id the revocation list refers to (not the certificate number, so theatres cannot learn it). */
  credentialId: string
  /** base64url device public key the certificate is bound to. */
  holderPublicKey: string
  disclosures: StoredDisclosure[]
  /** base64url leaves of the claims tree in order (claim leaves and decoys), to build each code's Merkle paths. */
  claimLeaves: string[]
  /** Readable copy for the holder's own screens. */
  fields: CertificateFields
}

/** Why a code is shown. Each purpose has its own disclosure policy. */
export const PURPOSES = ['hospital', 'theatre', 'school'] as const
export type Purpose = (typeof PURPOSES)[number]

/** Fields a QR code may ever disclose: the passport number is excluded by type. */
export type QrDisclosableField = Exclude<DisclosableField, 'passportNumber' | 'entitlement'>

export interface DisclosurePolicy {
  /** Fields revealed besides validity (always in clear). */
  fields: readonly QrDisclosableField[]
  /** The perk this purpose proves. */
  entitlement: Entitlement
}

/** Data minimisation per purpose: each desk learns the name it compares with the passport, and the one perk it grants. */
export const DISCLOSURE_POLICY: Readonly<Record<Purpose, DisclosurePolicy>> = {
  hospital: { fields: ['holderName'], entitlement: 'hospital' },
  /** Beihai 2023: the valid passport is shown with the certificate at the box office; the name is what the clerk compares. */
  theatre: { fields: ['holderName'], entitlement: 'theatre' },
  /** The school office matches the name to the parent on the admission form. */
  school: { fields: ['holderName'], entitlement: 'school' }
}

/**
 * An issuer public key the verifier trusts: taken from a key list signed by the trust root (trust.ts),
 * never from an unsigned answer.
 */
export interface TrustedIssuerKey {
  kid: string
  /** base64url, 32 bytes. */
  publicKey: string
  /** Which authority this key signs for: a revocation list counts only for certificates of its own issuer. */
  issuerId?: string
  issuer?: LocalizedText
}

/** The authority's root public key, shipped in the build (trustRoot.ts). It signs only issuer key lists. */
export interface TrustRoot {
  kid: string
  publicKey: string
}

/** One issuer signing key in the root-signed list, usable from validFrom to validUntil (epoch ms). */
export interface IssuerKeyEntry {
  kid: string
  publicKey: string
  issuerId: string
  issuer: LocalizedText
  validFrom: number
  validUntil: number
}

export interface IssuerKeyListBody {
  version: 1
  /** Key id of the root that signed the list. */
  rootKid: string
  /** Only goes forward: a list with a lower number is a rollback and is refused. */
  seq: number
  /** Epoch ms. */
  issuedAt: number
  keys: IssuerKeyEntry[]
}

export interface SignedIssuerKeyList {
  body: IssuerKeyListBody
  /** base64url Ed25519 signature of the root over the canonical JSON of `body`. */
  signature: string
}

export interface RevocationListBody {
  version: 2
  /** Key id of the issuer key that signed the list; the list speaks for that key's issuer only. */
  kid: string
  /** Only goes forward for one issuer: a replayed older list is refused. */
  seq: number
  /** Epoch ms; the verifier shows "checked as of" this time. */
  issuedAt: number
  /** Credential ids (SignedCertificate.credentialId). */
  revoked: string[]
}

export interface SignedRevocationList {
  body: RevocationListBody
  /** base64url Ed25519 signature over the canonical JSON of `body`. */
  signature: string
}

export type RandomBytes = (length: number) => Uint8Array

/** Fields a verifier learned from a code. Never contains the passport number. */
export interface DisclosedFields {
  validFrom: string
  validTo: string
  holderName?: HolderName
  certificateNumber?: string
  nationality?: string
  issuer?: LocalizedText
  issueDate?: string
  entitlements: Entitlement[]
}

/** Why revocation could not be checked (the verdict is then 'revocation_unchecked', never 'valid'). */
export type VerdictWarning =
  /** The newest list this desk holds for the issuer is older than the configured maximum age. */
  | 'revocation_list_stale'
  /** No list from this certificate's issuer. */
  | 'revocation_list_missing'
  /** A list is held but does not verify, or was signed by another issuer: it was ignored. */
  | 'revocation_list_invalid'

export type NotACertificateReason =
  | 'empty'
  | 'not_wic'
  | 'unsupported_version'
  | 'bad_encoding'
  | 'truncated'
  | 'malformed'
  /** An unexpected exception: fail closed. */
  | 'error'

export type ForgeryReason = 'unknown_issuer_key' | 'issuer_signature' | 'holder_signature'

export interface VerdictContext {
  warnings: VerdictWarning[]
  /** issuedAt of the revocation list used, for "checked as of ..."; null when none was usable. */
  revocationListIssuedAt: number | null
}

export interface ValidDetails {
  purpose: Purpose
  entitlement: Entitlement
  disclosed: DisclosedFields
  credentialId: string
  issuerKid: string
  /** From the trusted key cache, when it names the issuer. */
  issuer?: LocalizedText
  /** Epoch ms the holder's device stamped on the code. */
  proofIssuedAt: number
  /** `<credentialId>.<nonce>`: one per code; desks and the server record it so a code is used once. */
  presentationId: string
}

/** What a code says, before the verifier's revocation context is attached. */
export type VerdictOutcome =
  | ({ ok: true; code: 'valid' } & ValidDetails)
  | { ok: false; code: 'forged'; reason: ForgeryReason }
  | { ok: false; code: 'tampered'; field: string | null }
  | { ok: false; code: 'expired'; validTo: string }
  | { ok: false; code: 'not_yet_valid'; validFrom: string }
  | { ok: false; code: 'revoked'; source: 'revocation_list' | 'certificate_status'; credentialId: string }
  | { ok: false; code: 'stale_proof'; direction: 'past' | 'future'; ageMs: number }
  | { ok: false; code: 'replayed' }
  /** `presented` is one of the fixed purposes: a code can never put its own words on the desk's screen. */
  | { ok: false; code: 'wrong_purpose'; expected: Purpose; presented: Purpose }
  /**
   * Genuine, current and for this desk, but no valid revocation list of its issuer newer than the allowed age:
   * the desk follows its policy (REVOCATION_UNCHECKED_POLICY) instead of treating the code as valid.
   */
  | ({ ok: false; code: 'revocation_unchecked'; checkedAt: number | null } & ValidDetails)
  /** The desk's clock is behind (or far ahead of) the newest signed time it holds: no verdict until it is set right. */
  | { ok: false; code: 'desk_clock_wrong'; direction: 'behind' | 'ahead'; newestSignedAt: number }
  /** Genuine and current, but the certificate does not carry the perk this verifier grants. */
  | { ok: false; code: 'not_entitled'; expected: Entitlement }
  | { ok: false; code: 'not_a_certificate'; reason: NotACertificateReason }

export type Verdict = VerdictContext & VerdictOutcome

export type VerdictCode = Verdict['code']
