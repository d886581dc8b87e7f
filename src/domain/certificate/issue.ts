/**
 * Issuer side (the backend): sign a certificate bound to the holder's device key.
 *
 * SD-JWT / mDL style selective disclosure: each claim becomes `["<salt>","<field>",<value>]`; the
 * issuer signs only a hash commitment to these texts (the root of a Merkle tree over their hashes,
 * plus validity and status in clear). The holder keeps the texts and reveals, per purpose, just the
 * ones that purpose needs, each with its path to the signed root. A Merkle root instead of SD-JWT's
 * flat digest list keeps the QR code small: a path costs 4 hashes, the full list 16.
 */
import {
  base64UrlDecode,
  base64UrlEncode,
  canonicalJson,
  compareBytes,
  CREDENTIAL_ID_BYTES,
  DIGEST_BYTES,
  encodeCore,
  isIsoDate,
  PUBLIC_KEY_BYTES,
  SIGNING_CONTEXT,
  utf8Encode,
  withContext
} from './encoding'
import { claimLeaf, claimsRoot, drawRandomBytes, keyBytes, keyId, publicKeyOf, signMessage } from './keys'
import {
  CERTIFICATE_STATUSES,
  ENTITLEMENTS,
  type CertificateFields,
  type DisclosureClaim,
  type HolderName,
  type RandomBytes,
  type SignedCertificate,
  type StoredDisclosure
} from './types'

/** 128-bit salts: nobody can confirm a guessed hidden value (e.g. a passport number) from its hash. */
export const SALT_BYTES = 16

/** Claims are padded with decoy leaves up to this count, so nothing reveals how many perks a holder has. */
export const DEFAULT_CLAIM_SLOTS = 16

export interface IssuerSigningKey {
  /** Ed25519 secret key, raw or base64url. */
  secretKey: Uint8Array | string
}

export interface IssueOptions {
  randomBytes?: RandomBytes
  /** Leaves in the claims tree; rounded up to a power of two. */
  claimSlots?: number
}

const PASSPORT_NUMBER = /^[A-Z0-9]{1,9}$/
/** Alpha-3, with ICAO fillers such as 'D<<'. */
const NATIONALITY = /^[A-Z][A-Z<]{2}$/
const MAX_TEXT = 120

export function isShortText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= MAX_TEXT
}

/** The issuer refuses bad input loudly: a signed certificate cannot be corrected afterwards. */
export function certificateFieldProblems(fields: CertificateFields): string[] {
  const problems: string[] = []
  const { holderName: name, issuer } = fields
  if (!isShortText(fields.certificateNumber)) problems.push('certificateNumber')
  if (!(isShortText(name?.zh) || isShortText(name?.en)) || [name?.zh, name?.en].some((part) => part !== undefined && !isShortText(part))) {
    problems.push('holderName')
  }
  if (!PASSPORT_NUMBER.test(fields.passportNumber)) problems.push('passportNumber')
  if (!NATIONALITY.test(fields.nationality)) problems.push('nationality')
  if (!isIsoDate(fields.validFrom)) problems.push('validFrom')
  if (!isIsoDate(fields.validTo) || fields.validTo < fields.validFrom) problems.push('validTo')
  if (!isIsoDate(fields.issueDate)) problems.push('issueDate')
  if (!isShortText(issuer?.zh) || !isShortText(issuer?.en)) problems.push('issuer')
  if (!Array.isArray(fields.entitlements) || fields.entitlements.some((perk) => !ENTITLEMENTS.includes(perk))) {
    problems.push('entitlements')
  }
  if (!CERTIFICATE_STATUSES.includes(fields.status)) problems.push('status')
  return problems
}

function cleanName(name: HolderName): HolderName {
  return { ...(name.zh ? { zh: name.zh } : {}), ...(name.en ? { en: name.en } : {}) }
}

/** Every annex-2 field except validity (sent in clear), and one claim per perk. */
export function claimsOf(fields: CertificateFields): DisclosureClaim[] {
  const perks = ENTITLEMENTS.filter((perk) => fields.entitlements.includes(perk))
  return [
    { field: 'certificateNumber', value: fields.certificateNumber },
    { field: 'holderName', value: cleanName(fields.holderName) },
    { field: 'passportNumber', value: fields.passportNumber },
    { field: 'nationality', value: fields.nationality },
    { field: 'issuer', value: { zh: fields.issuer.zh, en: fields.issuer.en } },
    { field: 'issueDate', value: fields.issueDate },
    ...perks.map((perk): DisclosureClaim => ({ field: 'entitlement', value: perk }))
  ]
}

export function saltClaim(claim: DisclosureClaim, salt: Uint8Array): StoredDisclosure {
  return { ...claim, json: canonicalJson([base64UrlEncode(salt), claim.field, claim.value]) }
}

export function disclosureLeaf(disclosure: Pick<StoredDisclosure, 'json'>): Uint8Array {
  return claimLeaf(utf8Encode(disclosure.json))
}

function treeDepthFor(leafCount: number): number {
  return Math.max(1, Math.ceil(Math.log2(leafCount)))
}

export function issueCertificate(
  fields: CertificateFields,
  holderPublicKey: Uint8Array | string,
  issuerKey: IssuerSigningKey,
  opts: IssueOptions = {}
): SignedCertificate {
  const problems = certificateFieldProblems(fields)
  if (problems.length > 0) throw new Error(`Invalid certificate fields: ${problems.join(', ')}`)
  const random = (length: number) => drawRandomBytes(length, opts.randomBytes)
  const holderKey = keyBytes(holderPublicKey, PUBLIC_KEY_BYTES, 'holder public key')
  const issuerKid = keyId(publicKeyOf(issuerKey.secretKey))

  const disclosures = claimsOf(fields).map((claim) => saltClaim(claim, random(SALT_BYTES)))
  const treeDepth = treeDepthFor(Math.max(opts.claimSlots ?? DEFAULT_CLAIM_SLOTS, disclosures.length))
  const decoys = Array.from({ length: 2 ** treeDepth - disclosures.length }, () => random(DIGEST_BYTES))
  // Sorted: salted hashes look random, so a leaf's position says nothing about which field it holds.
  const leaves = [...disclosures.map(disclosureLeaf), ...decoys].sort(compareBytes)

  const credentialId = random(CREDENTIAL_ID_BYTES)
  const core = encodeCore({
    kid: base64UrlDecode(issuerKid),
    credentialId,
    holderPublicKey: holderKey,
    validFrom: fields.validFrom,
    validTo: fields.validTo,
    status: fields.status,
    treeDepth,
    claimsRoot: claimsRoot(leaves)
  })
  const signature = signMessage(withContext(SIGNING_CONTEXT.certificate, core), issuerKey.secretKey)

  return {
    format: 'WIC1',
    core: base64UrlEncode(core),
    issuerSignature: base64UrlEncode(signature),
    issuerKid,
    credentialId: base64UrlEncode(credentialId),
    holderPublicKey: base64UrlEncode(holderKey),
    disclosures,
    claimLeaves: leaves.map(base64UrlEncode),
    fields: { ...fields, holderName: cleanName(fields.holderName), entitlements: [...fields.entitlements] }
  }
}
