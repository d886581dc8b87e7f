import { api } from '@/api'
import type { SignedRevocationList } from '@/domain/certificate/types'
import { toTrustedKeys } from '@/features/certificate/issuerKeys'
import { useVerifyCache } from './store'

/**
 * Fetches the issuer keys and the signed revocation list and caches both with their fetch time. The
 * list is checked against the keys at every verification (verifyRevocationList), so a broken list
 * here is ignored with a warning there, never trusted.
 */
export async function refreshTrust(now: () => number = Date.now): Promise<void> {
  const [keys, list] = await Promise.all([api().call('certificates.issuerKeys'), api().call('certificates.revocations')])
  const cache = useVerifyCache.getState()
  cache.saveIssuerKeys(toTrustedKeys(keys), now())
  cache.saveRevocationList(list as unknown as SignedRevocationList, now())
}
