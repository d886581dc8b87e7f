import { sha256 } from '@noble/hashes/sha2.js'
import { base64UrlEncode, keyId, publicKeyOf } from '@/domain/certificate'
import { utf8Encode } from '@/domain/certificate/encoding'
import { signIssuerKeyList } from '@/domain/certificate/trust'
import { BEIHAI_STB, type IssuerKeyEntry, type SignedIssuerKeyList } from '@/domain/certificate/types'
import type { MockState } from './state'

/**
 * Demo keys are derived from fixed phrases so the mock needs no random source at start-up (mini-programs
 * have none synchronously), and so the key list it signs first is byte for byte the one the build ships
 * (src/domain/certificate/trustRoot.ts). A real authority keeps the root offline and issuer keys in an HSM.
 */
const secretFrom = (phrase: string) => sha256(utf8Encode(phrase))

export const DEMO_ISSUER_ID = 'beihai-stb'
const ROOT_PHRASE = 'work-in-china demo trust root 2026'
const FIRST_KEY_PHRASE = 'work-in-china demo issuer key 2026'
/** 2026-01-01 00:00 Beijing, and the last millisecond of 2031 (Beijing). */
const FIRST_KEY_FROM = 1767196800000
const FIRST_KEY_UNTIL = 1956499199999

export interface IssuerSecretKey {
  keyId: string
  secretKey: string
  publicKey: string
}

function keyFromPhrase(phrase: string): IssuerSecretKey {
  const secret = secretFrom(phrase)
  const publicKey = publicKeyOf(secret)
  return { keyId: keyId(publicKey), secretKey: base64UrlEncode(secret), publicKey: base64UrlEncode(publicKey) }
}

/** The key that signs certificates and revocation lists now. */
export function createIssuerKey(): IssuerSecretKey {
  return keyFromPhrase(FIRST_KEY_PHRASE)
}

export function demoRootSecretKey(): string {
  return base64UrlEncode(secretFrom(ROOT_PHRASE))
}

function entryFor(key: IssuerSecretKey, validFrom: number, validUntil: number): IssuerKeyEntry {
  return { kid: key.keyId, publicKey: key.publicKey, issuerId: DEMO_ISSUER_ID, issuer: BEIHAI_STB, validFrom, validUntil }
}

export function createTrust(): MockState['trust'] {
  const first = createIssuerKey()
  const keyList = signIssuerKeyList({ seq: 1, issuedAt: FIRST_KEY_FROM, keys: [entryFor(first, FIRST_KEY_FROM, FIRST_KEY_UNTIL)] }, demoRootSecretKey())
  return { keyList, signingKeys: [first], revocationList: null }
}

function republish(state: MockState, keys: IssuerKeyEntry[], nowMs: number): SignedIssuerKeyList {
  state.trust.keyList = signIssuerKeyList({ seq: state.trust.keyList.body.seq + 1, issuedAt: nowMs, keys }, demoRootSecretKey())
  return state.trust.keyList
}

/**
 * Key rotation: a new key signs from now on; the old one stays listed until its validUntil, so codes of
 * certificates it signed keep verifying (each holder's certificate is re-signed on its next refresh).
 */
export function rotateIssuerKey(state: MockState, nowMs: number, phrase: string): IssuerSecretKey {
  const next = keyFromPhrase(phrase)
  state.issuer = next
  state.trust.signingKeys = [...state.trust.signingKeys.filter((k) => k.keyId !== next.keyId), next]
  republish(state, [...state.trust.keyList.body.keys.filter((k) => k.kid !== next.keyId), entryFor(next, nowMs, FIRST_KEY_UNTIL)], nowMs)
  return next
}

/** Retiring a key (compromised, or past use): the next list leaves it out, and desks that take the list stop trusting it. */
export function retireIssuerKey(state: MockState, kid: string, nowMs: number): void {
  const keys = state.trust.keyList.body.keys.filter((k) => k.kid !== kid)
  if (keys.length === 0) throw new Error('A key list must keep at least one key')
  republish(state, keys, nowMs)
}

/** The issuer keys the backend itself trusts at `nowMs` (it re-verifies codes at redemption). */
export function backendTrustedKeys(state: MockState, nowMs: number) {
  return state.trust.keyList.body.keys
    .filter((k) => k.validFrom <= nowMs && nowMs <= k.validUntil)
    .map((k) => ({ kid: k.kid, publicKey: k.publicKey, issuerId: k.issuerId, issuer: k.issuer }))
}
