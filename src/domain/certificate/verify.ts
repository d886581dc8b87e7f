/**
 * Verifier side, fully offline: issuer keys from the root-signed key list, the issuers' signed revocation
 * lists and the desk's clock (checked against the newest signed time it holds). verifyPresentation never throws; every failure is a verdict.
 */
import {
  base64UrlEncode,
  beijingDate,
  bytesEqual,
  type CertificateCore,
  decodeCore,
  decodeQrText,
  isIsoDate,
  SIGNING_CONTEXT,
  utf8Decode,
  withContext,
  wireErrorKind
} from './encoding'
import { isShortText } from './issue'
import { claimLeaf, rootFromPath, trustedPublicKey, verifyMessage } from './keys'
import { isRevocationListStale, isRevoked, verifyRevocationList } from './revocation'
import {
  DISCLOSURE_POLICY,
  ENTITLEMENTS,
  PURPOSES,
  type DisclosedFields,
  type DisclosureClaim,
  type Entitlement,
  type HolderName,
  type LocalizedText,
  type Purpose,
  type RevocationListBody,
  type TrustedIssuerKey,
  type Verdict,
  type VerdictContext,
  type VerdictOutcome
} from './types'

/**
 * A code is accepted for at most 60 s after it was made, the clock-skew allowance included: up to 45 s old
 * by the desk's clock, or up to 15 s ahead of it. The holder renews every 30 s (PROOF_REFRESH_MS).
 */
export const DEFAULT_MAX_PROOF_AGE_MS = 45_000
/** How far ahead of the verifier's clock a holder's clock may run. */
export const DEFAULT_CLOCK_SKEW_MS = 15_000
/** A desk clock this far behind the newest signed time it holds is wrong (signers' clocks are not perfect either). */
export const DESK_CLOCK_BEHIND_TOLERANCE_MS = 10 * 60_000
/** ...or this far ahead of it: a year and a month with no signed list at all is a clock set wrong, not a long trip. */
export const DESK_CLOCK_AHEAD_TOLERANCE_MS = 400 * 24 * 3_600_000
export const DEFAULT_SEEN_NONCE_CAPACITY = 1024

/**
 * What a desk does with a genuine, current code when revocation could not be checked (docs/certificate-format.md):
 * a hospital checks the passport name and records the visit, which the server re-checks against the list at
 * sync (priority care is not refused for a stale list); a box office or school office goes online first.
 */
export const REVOCATION_UNCHECKED_POLICY: Readonly<Record<Purpose, 'record_for_later_check' | 'go_online_first'>> = {
  hospital: 'record_for_later_check',
  theatre: 'go_online_first',
  school: 'go_online_first'
}

/** Nonces of codes this verifier already accepted. */
export interface NonceRegistry {
  has(key: string): boolean
  add(key: string): void
}

/**
 * A bounded, insertion-ordered set: the oldest entries go first. A code is only acceptable for
 * about two minutes, so a thousand entries covers any realistic queue at one desk.
 */
export function createSeenNonces(capacity: number = DEFAULT_SEEN_NONCE_CAPACITY): NonceRegistry & { readonly size: number } {
  const seen = new Set<string>()
  return {
    has: (key) => seen.has(key),
    add: (key) => {
      seen.delete(key)
      seen.add(key)
      while (seen.size > capacity) seen.delete(seen.values().next().value as string)
    },
    get size() {
      return seen.size
    }
  }
}

export interface VerifyOptions {
  /** Issuer keys from a root-signed key list, as usable now (trust.ts trustedKeysAt). */
  issuerKeys: readonly TrustedIssuerKey[]
  /** The revocation lists the desk holds (one per issuer), as stored: each is checked here. */
  revocationLists?: readonly unknown[]
  /** The perk this desk grants: codes made for another purpose are refused. */
  purpose: Purpose
  nowMs: number
  seenNonces?: NonceRegistry
  maxProofAgeMs?: number
  clockSkewMs?: number
  revocationListMaxAgeMs?: number
  /** The newest issuedAt among the signed lists the desk holds: a clock behind it gives no verdict. */
  newestSignedAt?: number | null
}

interface RevocationState {
  context: VerdictContext
  /** The newest valid list of the certificate's issuer, fresh or not. */
  body: RevocationListBody | null
  fresh: boolean
}

/** The newest list that verifies and was signed by the certificate's own issuer; a list of another issuer does not count. */
function revocationStateFor(issuerId: string | undefined, opts: VerifyOptions): RevocationState {
  const lists = opts.revocationLists ?? []
  let newest: RevocationListBody | null = null
  let refused = false
  for (const list of lists) {
    const check = verifyRevocationList(list, opts.issuerKeys)
    if (!check.ok || !issuerId || check.issuerId !== issuerId) {
      refused = true
      continue
    }
    if (!newest || check.body.seq > newest.seq) newest = check.body
  }
  if (!newest) {
    return { context: { warnings: [refused ? 'revocation_list_invalid' : 'revocation_list_missing'], revocationListIssuedAt: null }, body: null, fresh: false }
  }
  const stale = isRevocationListStale(newest, opts.nowMs, opts.revocationListMaxAgeMs)
  return { context: { warnings: stale ? ['revocation_list_stale'] : [], revocationListIssuedAt: newest.issuedAt }, body: newest, fresh: !stale }
}

function isHolderName(value: unknown): value is HolderName {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const { zh, en, ...rest } = value as Record<string, unknown>
  return Object.keys(rest).length === 0 && (zh !== undefined || en !== undefined) && [zh, en].every((part) => part === undefined || isShortText(part))
}

function isLocalizedText(value: unknown): value is LocalizedText {
  const text = value as Partial<LocalizedText> | null
  return typeof text === 'object' && text !== null && isShortText(text.zh) && isShortText(text.en)
}

function isClaim(field: unknown, value: unknown): boolean {
  switch (field) {
    case 'certificateNumber':
    case 'passportNumber':
    case 'nationality':
      return isShortText(value)
    case 'holderName':
      return isHolderName(value)
    case 'issuer':
      return isLocalizedText(value)
    case 'issueDate':
      return typeof value === 'string' && isIsoDate(value)
    case 'entitlement':
      return ENTITLEMENTS.includes(value as Entitlement)
    default:
      return false
  }
}

/** `["<salt>","<field>",<value>]` -> claim, or null when the issuer-signed text is not one we understand. */
function parseClaim(bytes: Uint8Array): DisclosureClaim | null {
  try {
    const parsed: unknown = JSON.parse(utf8Decode(bytes))
    if (!Array.isArray(parsed) || parsed.length !== 3 || typeof parsed[0] !== 'string') return null
    const [, field, value] = parsed as [string, unknown, unknown]
    return isClaim(field, value) ? ({ field, value } as DisclosureClaim) : null
  } catch {
    return null
  }
}

/** For the 'tampered' verdict: which field was altered, if the text still says. */
function claimedFieldName(bytes: Uint8Array): string | null {
  try {
    const parsed: unknown = JSON.parse(utf8Decode(bytes))
    return Array.isArray(parsed) && typeof parsed[1] === 'string' ? parsed[1].slice(0, 40) : null
  } catch {
    return null
  }
}

/** Only what the verifier's purpose calls for; anything else the code carries is dropped, never shown. */
function disclosedFor(purpose: Purpose, core: CertificateCore, claims: DisclosureClaim[]): DisclosedFields {
  const policy = DISCLOSURE_POLICY[purpose]
  const fields: readonly string[] = policy.fields
  const disclosed: DisclosedFields = { validFrom: core.validFrom, validTo: core.validTo, entitlements: [] }
  for (const claim of claims) {
    if (claim.field === 'entitlement') {
      if (claim.value === policy.entitlement) disclosed.entitlements.push(claim.value)
    } else if (claim.field !== 'passportNumber' && fields.includes(claim.field)) {
      Object.assign(disclosed, { [claim.field]: claim.value })
    }
  }
  return disclosed
}

function judge(qrText: unknown, opts: VerifyOptions, setContext: (context: VerdictContext) => void): VerdictOutcome {
  const text = typeof qrText === 'string' ? qrText.trim() : ''
  if (text === '') return { ok: false, code: 'not_a_certificate', reason: 'empty' }
  const { body, signedBytes, holderSignature } = decodeQrText(text)
  const core = decodeCore(body.core)

  // 1. Genuine: signed by an issuer key we trust.
  const issuerKid = base64UrlEncode(core.kid)
  const issuerKey = trustedPublicKey(opts.issuerKeys, issuerKid)
  if (!issuerKey) return { ok: false, code: 'forged', reason: 'unknown_issuer_key' }
  if (!verifyMessage(body.issuerSignature, withContext(SIGNING_CONTEXT.certificate, body.core), issuerKey)) {
    return { ok: false, code: 'forged', reason: 'issuer_signature' }
  }

  // 2. Each revealed claim hashes, along its path, to the root the issuer signed.
  // A leaf index past the tree's last leaf is refused too: the path reads only its low bits, so index 13 + 16 would
  // pass as leaf 13 and let one claim be shown twice past the duplicate check below.
  const altered = body.disclosures.find(
    ({ bytes, leafIndex, path }) =>
      path.length !== core.treeDepth || leafIndex >= 2 ** core.treeDepth || !bytesEqual(rootFromPath(claimLeaf(bytes), leafIndex, path), core.claimsRoot)
  )
  if (altered) return { ok: false, code: 'tampered', field: claimedFieldName(altered.bytes) }
  const leafIndexes = body.disclosures.map((disclosure) => disclosure.leafIndex)
  if (new Set(leafIndexes).size !== leafIndexes.length) return { ok: false, code: 'not_a_certificate', reason: 'malformed' }
  const claims = body.disclosures.map((disclosure) => parseClaim(disclosure.bytes))
  if (claims.some((claim) => claim === null)) return { ok: false, code: 'not_a_certificate', reason: 'malformed' }

  // 3. Shown by the device the certificate is bound to, for this desk. The purpose is one of a fixed list:
  // anything else is malformed, so no text from a code ever reaches the desk's screen.
  if (!verifyMessage(holderSignature, withContext(SIGNING_CONTEXT.proof, signedBytes), core.holderPublicKey)) {
    return { ok: false, code: 'forged', reason: 'holder_signature' }
  }
  if (!PURPOSES.includes(body.purpose as Purpose)) return { ok: false, code: 'not_a_certificate', reason: 'malformed' }
  if (body.purpose !== opts.purpose) {
    return { ok: false, code: 'wrong_purpose', expected: opts.purpose, presented: body.purpose as Purpose }
  }

  // 4. Current: not revoked, inside its validity (Beijing calendar days).
  const credentialId = base64UrlEncode(core.credentialId)
  if (core.status !== 'active') return { ok: false, code: 'revoked', source: 'certificate_status', credentialId }
  const keyRecord = opts.issuerKeys.find((record) => record?.kid === issuerKid && trustedPublicKey([record], issuerKid) !== null)
  const revocation = revocationStateFor(keyRecord?.issuerId, opts)
  setContext(revocation.context)
  const revocationList = revocation.body
  if (revocationList && isRevoked(revocationList, credentialId)) {
    return { ok: false, code: 'revoked', source: 'revocation_list', credentialId }
  }
  const today = beijingDate(opts.nowMs)
  if (today < core.validFrom) return { ok: false, code: 'not_yet_valid', validFrom: core.validFrom }
  if (today > core.validTo) return { ok: false, code: 'expired', validTo: core.validTo }

  // 5. Fresh and first seen: a screenshot or a forwarded code fails here.
  const proofIssuedAt = body.issuedAtSeconds * 1000
  const ageMs = opts.nowMs - proofIssuedAt
  if (ageMs > (opts.maxProofAgeMs ?? DEFAULT_MAX_PROOF_AGE_MS)) {
    return { ok: false, code: 'stale_proof', direction: 'past', ageMs }
  }
  if (-ageMs > (opts.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS)) {
    return { ok: false, code: 'stale_proof', direction: 'future', ageMs }
  }
  const nonceKey = `${credentialId}.${base64UrlEncode(body.nonce)}`
  if (opts.seenNonces?.has(nonceKey)) return { ok: false, code: 'replayed' }

  // 6. Entitled to what this desk grants.
  const disclosed = disclosedFor(opts.purpose, core, claims as DisclosureClaim[])
  const entitlement = DISCLOSURE_POLICY[opts.purpose].entitlement
  if (!disclosed.entitlements.includes(entitlement)) return { ok: false, code: 'not_entitled', expected: entitlement }

  // The code is used either way: a desk that records an unchecked visit must not take the same code twice.
  opts.seenNonces?.add(nonceKey)
  // Named by the record whose key checked: a null or corrupted record with this kid in the cache must neither throw
  // (turning a genuine code into 'not a certificate') nor put its own issuer name on the verdict.
  const issuer = keyRecord?.issuer
  const details = {
    purpose: opts.purpose,
    entitlement,
    disclosed,
    credentialId,
    issuerKid,
    ...(issuer ? { issuer } : {}),
    proofIssuedAt,
    presentationId: nonceKey
  }
  // 7. Revocation checked against a list recent enough; otherwise the desk's policy decides, never "valid" by default.
  if (!revocation.fresh) return { ok: false, code: 'revocation_unchecked', checkedAt: revocation.context.revocationListIssuedAt, ...details }
  return { ok: true, code: 'valid', ...details }
}

/** A desk clock behind the newest signed time it holds would pass expired certificates: no verdict until it is fixed. */
export function deskClockProblem(nowMs: number, newestSignedAt: number | null | undefined): 'behind' | 'ahead' | null {
  if (typeof newestSignedAt !== 'number' || !Number.isFinite(newestSignedAt)) return null
  if (nowMs < newestSignedAt - DESK_CLOCK_BEHIND_TOLERANCE_MS) return 'behind'
  if (nowMs > newestSignedAt + DESK_CLOCK_AHEAD_TOLERANCE_MS) return 'ahead'
  return null
}

export function verifyPresentation(qrText: string, opts: VerifyOptions): Verdict {
  let context: VerdictContext = { warnings: [], revocationListIssuedAt: null }
  try {
    const clock = deskClockProblem(opts.nowMs, opts.newestSignedAt)
    if (clock) return { ...context, ok: false, code: 'desk_clock_wrong', direction: clock, newestSignedAt: opts.newestSignedAt! }
    const outcome = judge(qrText, opts, (c) => {
      context = c
    })
    return { ...context, ...outcome }
  } catch (error) {
    return { ...context, ok: false, code: 'not_a_certificate', reason: wireErrorKind(error) ?? 'error' }
  }
}
