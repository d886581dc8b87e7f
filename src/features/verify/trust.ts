/**
 * The desk's trust material. Issuer keys come only from a key list signed by the root shipped in the build
 * (the build also ships a list, so a desk that has never been online verifies genuine codes). Revocation
 * lists are checked against those keys and must move forward. Anything refused leaves what is held as it is.
 */
import { api } from '@/api'
import { now as clockNow } from '@/domain/time/now'
import { isRollback } from '@/domain/certificate/encoding'
import { verifyRevocationList } from '@/domain/certificate/revocation'
import { acceptIssuerKeyList, trustedKeysAt } from '@/domain/certificate/trust'
import { SHIPPED_ISSUER_KEY_LIST, TRUST_ROOTS } from '@/domain/certificate/trustRoot'
import type { SignedIssuerKeyList, SignedRevocationList, TrustedIssuerKey } from '@/domain/certificate/types'
import { useVerifyCache, type TrustRefusal, type VerifyCacheState } from './store'

/** The newest key list this desk holds: the one it last accepted, or the build's, whichever is newer. */
export function heldKeyList(state: Pick<VerifyCacheState, 'keyList'>): SignedIssuerKeyList {
  return state.keyList && state.keyList.body.seq >= SHIPPED_ISSUER_KEY_LIST.body.seq ? state.keyList : SHIPPED_ISSUER_KEY_LIST
}

export interface DeskTrust {
  issuerKeys: TrustedIssuerKey[]
  revocationLists: SignedRevocationList[]
  /** The newest signed time the desk holds: its clock must not be behind it. */
  newestSignedAt: number
}

export function deskTrust(state: Pick<VerifyCacheState, 'keyList' | 'revocationLists'>, nowMs: number): DeskTrust {
  const keyList = heldKeyList(state)
  const revocationLists = Object.values(state.revocationLists)
  return {
    issuerKeys: trustedKeysAt(keyList, nowMs),
    revocationLists,
    newestSignedAt: Math.max(keyList.body.issuedAt, ...revocationLists.map((l) => l.body?.issuedAt ?? 0))
  }
}

/** Fetches the key list and the revocation lists, keeps what verifies and moves forward, and says what was refused. */
export async function refreshTrust(now: () => number = clockNow): Promise<TrustRefusal[]> {
  const [keys, revocations] = await Promise.all([api().call('certificates.issuerKeys'), api().call('certificates.revocations')])
  const state = useVerifyCache.getState()
  const refused: TrustRefusal[] = []
  const at = now()

  const held = heldKeyList(state)
  const keyCheck = acceptIssuerKeyList(held, keys.keyList, TRUST_ROOTS)
  if (!keyCheck.ok) refused.push('keyList')
  const keyList = keyCheck.ok ? keyCheck.list : held
  const issuerKeys = trustedKeysAt(keyList, at)

  const accepted: Record<string, SignedRevocationList> = {}
  for (const incoming of revocations.lists) {
    // Checked once: its signature says whose it is, then it must move forward from the list held for that issuer.
    const checked = verifyRevocationList(incoming, issuerKeys)
    if (!checked.ok || !checked.issuerId || isRollback(state.revocationLists[checked.issuerId] ?? null, checked.list)) {
      refused.push('revocationList')
      continue
    }
    accepted[checked.issuerId] = checked.list
  }
  state.saveTrust({ ...(keyCheck.ok ? { keyList: keyCheck.list } : {}), revocationLists: accepted, refused: [...new Set(refused)], at })
  return refused
}
