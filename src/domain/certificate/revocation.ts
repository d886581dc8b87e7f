/**
 * The issuer-signed revocation list. Verifiers cache it and check codes against it offline. A list speaks
 * only for the issuer whose key signed it; its sequence number only goes forward, so a replayed older list
 * is refused; its issuedAt tells the desk how current the check is ("checked as of ...").
 */
import { base64UrlDecode, base64UrlEncode, canonicalJson, isRollback, SIGNING_CONTEXT, utf8Encode, withContext } from './encoding'
import type { IssuerSigningKey } from './issue'
import { keyId, publicKeyOf, signMessage, trustedPublicKey, verifyMessage } from './keys'
import type { RevocationListBody, SignedRevocationList, TrustedIssuerKey } from './types'

/** Past this age the list no longer counts: the verdict is 'revocation_unchecked', not 'valid'. */
export const DEFAULT_REVOCATION_LIST_MAX_AGE_MS = 24 * 3_600_000

const MAX_REVOKED = 100_000

function revocationListMessage(body: RevocationListBody): Uint8Array {
  return withContext(SIGNING_CONTEXT.revocationList, utf8Encode(canonicalJson(body)))
}

export function signRevocationList(input: { seq: number; issuedAt: number; revoked: readonly string[] }, issuerKey: IssuerSigningKey): SignedRevocationList {
  const body: RevocationListBody = {
    version: 2,
    kid: keyId(publicKeyOf(issuerKey.secretKey)),
    seq: input.seq,
    issuedAt: input.issuedAt,
    // Sorted and deduplicated: the same set always yields the same signed text.
    revoked: [...new Set(input.revoked)].sort()
  }
  return { body, signature: base64UrlEncode(signMessage(revocationListMessage(body), issuerKey.secretKey)) }
}

export type RevocationListCheck =
  | { ok: true; list: SignedRevocationList; body: RevocationListBody; issuerId: string | null }
  | { ok: false; reason: 'malformed' | 'unknown_issuer_key' | 'signature' | 'rollback' }

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

function isRevocationListBody(body: unknown): body is RevocationListBody {
  const candidate = body as Partial<RevocationListBody> | null
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.version === 2 &&
    typeof candidate.kid === 'string' &&
    isCount(candidate.seq) &&
    isCount(candidate.issuedAt) &&
    Array.isArray(candidate.revoked) &&
    candidate.revoked.length <= MAX_REVOKED &&
    candidate.revoked.every((id) => typeof id === 'string')
  )
}

/** Never throws. Accepts the list as read from storage or the network (unknown shape). */
export function verifyRevocationList(list: unknown, issuerKeys: readonly TrustedIssuerKey[]): RevocationListCheck {
  try {
    const { body, signature } = (list ?? {}) as Partial<SignedRevocationList>
    if (!isRevocationListBody(body) || typeof signature !== 'string') return { ok: false, reason: 'malformed' }
    const publicKey = trustedPublicKey(issuerKeys, body.kid)
    if (!publicKey) return { ok: false, reason: 'unknown_issuer_key' }
    if (!verifyMessage(base64UrlDecode(signature), revocationListMessage(body), publicKey)) return { ok: false, reason: 'signature' }
    const issuerId = issuerKeys.find((k) => k?.kid === body.kid)?.issuerId ?? null
    return { ok: true, list: { body, signature }, body, issuerId }
  } catch {
    return { ok: false, reason: 'malformed' }
  }
}

/**
 * Whether a desk holding `held` (the list it has for the same issuer) should take `incoming`. An older
 * sequence number, or the same number with other contents, is a rollback and is refused: `held` stays.
 */
export function acceptRevocationList(held: SignedRevocationList | null, incoming: unknown, issuerKeys: readonly TrustedIssuerKey[]): RevocationListCheck {
  const check = verifyRevocationList(incoming, issuerKeys)
  return check.ok && isRollback(held, check.list) ? { ok: false, reason: 'rollback' } : check
}

export function isRevoked(body: RevocationListBody, credentialId: string): boolean {
  return body.revoked.includes(credentialId)
}

export function isRevocationListStale(body: RevocationListBody, nowMs: number, maxAgeMs: number = DEFAULT_REVOCATION_LIST_MAX_AGE_MS): boolean {
  return nowMs - body.issuedAt > maxAgeMs
}
