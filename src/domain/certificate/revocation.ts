/**
 * The issuer-signed revocation list. Verifiers cache it and check codes against it offline; its
 * issuedAt tells the verifier how current that check is ("checked as of ...").
 */
import { base64UrlDecode, base64UrlEncode, canonicalJson, SIGNING_CONTEXT, utf8Encode, withContext } from './encoding'
import type { IssuerSigningKey } from './issue'
import { keyId, publicKeyOf, signMessage, trustedPublicKey, verifyMessage } from './keys'
import type { RevocationListBody, SignedRevocationList, TrustedIssuerKey } from './types'

/** Past this age a list still counts, but the verdict carries a 'revocation_list_stale' warning. */
export const DEFAULT_REVOCATION_LIST_MAX_AGE_MS = 7 * 24 * 3_600_000

function revocationListMessage(body: RevocationListBody): Uint8Array {
  return withContext(SIGNING_CONTEXT.revocationList, utf8Encode(canonicalJson(body)))
}

export function signRevocationList(
  input: { issuedAt: number; revoked: readonly string[] },
  issuerKey: IssuerSigningKey
): SignedRevocationList {
  const body: RevocationListBody = {
    version: 1,
    kid: keyId(publicKeyOf(issuerKey.secretKey)),
    issuedAt: input.issuedAt,
    // Sorted and deduplicated: the same set always yields the same signed text.
    revoked: [...new Set(input.revoked)].sort()
  }
  return { body, signature: base64UrlEncode(signMessage(revocationListMessage(body), issuerKey.secretKey)) }
}

export type RevocationListCheck =
  | { ok: true; body: RevocationListBody }
  | { ok: false; reason: 'malformed' | 'unknown_issuer_key' | 'signature' }

function isRevocationListBody(body: unknown): body is RevocationListBody {
  const candidate = body as Partial<RevocationListBody> | null
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.version === 1 &&
    typeof candidate.kid === 'string' &&
    typeof candidate.issuedAt === 'number' &&
    Number.isFinite(candidate.issuedAt) &&
    Array.isArray(candidate.revoked) &&
    candidate.revoked.every((id) => typeof id === 'string')
  )
}

/** Never throws. Accepts the list as read from storage (unknown shape). */
export function verifyRevocationList(list: unknown, issuerKeys: readonly TrustedIssuerKey[]): RevocationListCheck {
  try {
    const { body, signature } = (list ?? {}) as Partial<SignedRevocationList>
    if (!isRevocationListBody(body) || typeof signature !== 'string') return { ok: false, reason: 'malformed' }
    const publicKey = trustedPublicKey(issuerKeys, body.kid)
    if (!publicKey) return { ok: false, reason: 'unknown_issuer_key' }
    const signed = verifyMessage(base64UrlDecode(signature), revocationListMessage(body), publicKey)
    return signed ? { ok: true, body } : { ok: false, reason: 'signature' }
  } catch {
    return { ok: false, reason: 'malformed' }
  }
}

export function isRevoked(body: RevocationListBody, credentialId: string): boolean {
  return body.revoked.includes(credentialId)
}

export function isRevocationListStale(
  body: RevocationListBody,
  nowMs: number,
  maxAgeMs: number = DEFAULT_REVOCATION_LIST_MAX_AGE_MS
): boolean {
  return nowMs - body.issuedAt > maxAgeMs
}
