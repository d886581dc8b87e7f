/**
 * The trust chain: the authority's root key ships in the build; it signs a list of issuer signing keys,
 * each with its issuer and validity. A desk takes issuer keys only from such a list, keeps the newest it
 * has checked, and refuses anything else (unsigned, badly signed, older, empty), keeping what it holds.
 */
import { base64UrlDecode, base64UrlEncode, canonicalJson, isRollback, SIGNING_CONTEXT, utf8Encode, withContext } from './encoding'
import { isShortText } from './issue'
import { keyBytes, keyId, publicKeyOf, signMessage, verifyMessage } from './keys'
import type { IssuerKeyEntry, IssuerKeyListBody, SignedIssuerKeyList, TrustedIssuerKey, TrustRoot } from './types'

const MAX_KEYS = 64

function keyListMessage(body: IssuerKeyListBody): Uint8Array {
  return withContext(SIGNING_CONTEXT.issuerKeyList, utf8Encode(canonicalJson(body)))
}

export function signIssuerKeyList(
  input: { seq: number; issuedAt: number; keys: readonly IssuerKeyEntry[] },
  rootSecretKey: Uint8Array | string
): SignedIssuerKeyList {
  const body: IssuerKeyListBody = {
    version: 1,
    rootKid: keyId(publicKeyOf(rootSecretKey)),
    seq: input.seq,
    issuedAt: input.issuedAt,
    keys: [...input.keys].sort((a, b) => (a.kid < b.kid ? -1 : a.kid > b.kid ? 1 : 0))
  }
  return { body, signature: base64UrlEncode(signMessage(keyListMessage(body), rootSecretKey)) }
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

function isKeyEntry(value: unknown): value is IssuerKeyEntry {
  const entry = value as Partial<IssuerKeyEntry> | null
  if (typeof entry !== 'object' || entry === null) return false
  if (typeof entry.kid !== 'string' || typeof entry.publicKey !== 'string' || !isShortText(entry.issuerId)) return false
  if (!isShortText(entry.issuer?.zh) || !isShortText(entry.issuer?.en)) return false
  if (!isTime(entry.validFrom) || !isTime(entry.validUntil) || entry.validUntil <= entry.validFrom) return false
  try {
    // A record whose key does not hash to its kid would let one key stand in for another.
    return keyId(keyBytes(entry.publicKey, 32, 'issuer key')) === entry.kid
  } catch {
    return false
  }
}

function isKeyListBody(value: unknown): value is IssuerKeyListBody {
  const body = value as Partial<IssuerKeyListBody> | null
  return (
    typeof body === 'object' &&
    body !== null &&
    body.version === 1 &&
    typeof body.rootKid === 'string' &&
    isTime(body.seq) &&
    isTime(body.issuedAt) &&
    Array.isArray(body.keys) &&
    body.keys.length <= MAX_KEYS &&
    body.keys.every(isKeyEntry)
  )
}

export type KeyListRefusal = 'malformed' | 'unknown_root' | 'signature' | 'empty' | 'rollback'
export type KeyListCheck = { ok: true; list: SignedIssuerKeyList } | { ok: false; reason: KeyListRefusal }

/** Never throws. Checks shape and the root's signature; an empty list is refused (it would distrust everything). */
export function verifyIssuerKeyList(list: unknown, roots: readonly TrustRoot[]): KeyListCheck {
  try {
    const { body, signature } = (list ?? {}) as Partial<SignedIssuerKeyList>
    if (!isKeyListBody(body) || typeof signature !== 'string') return { ok: false, reason: 'malformed' }
    const root = roots.find((r) => r.kid === body.rootKid)
    if (!root) return { ok: false, reason: 'unknown_root' }
    const rootKey = keyBytes(root.publicKey, 32, 'root key')
    if (keyId(rootKey) !== root.kid) return { ok: false, reason: 'unknown_root' }
    if (!verifyMessage(base64UrlDecode(signature), keyListMessage(body), rootKey)) return { ok: false, reason: 'signature' }
    if (body.keys.length === 0) return { ok: false, reason: 'empty' }
    return { ok: true, list: { body, signature } }
  } catch {
    return { ok: false, reason: 'malformed' }
  }
}

/**
 * Whether a desk holding `held` should take `incoming`. An older sequence number is a rollback; the same
 * number with other contents is refused too (only one list can carry a number). Refusal keeps `held`.
 */
export function acceptIssuerKeyList(held: SignedIssuerKeyList | null, incoming: unknown, roots: readonly TrustRoot[]): KeyListCheck {
  const check = verifyIssuerKeyList(incoming, roots)
  return check.ok && isRollback(held, check.list) ? { ok: false, reason: 'rollback' } : check
}

/** The keys of a checked list that may be used at `nowMs` (a retired key is dropped from the next list; an expired one stops here). */
export function trustedKeysAt(list: SignedIssuerKeyList | null, nowMs: number): TrustedIssuerKey[] {
  if (!list) return []
  return list.body.keys
    .filter((k) => k.validFrom <= nowMs && nowMs <= k.validUntil)
    .map((k) => ({ kid: k.kid, publicKey: k.publicKey, issuerId: k.issuerId, issuer: k.issuer }))
}
