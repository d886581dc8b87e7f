/**
 * The holder's certificate: shown at once from the cache, then refreshed when the network allows.
 * On first use it makes the device key and binds it, so this phone can sign its own codes.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { api, callWithRetry, type HolderCertificate, type User } from '@/api'
import { today } from '@/domain/time/now'
import { ensureDeviceKey, loadDeviceKey, type StoredDeviceKey } from './deviceKey'
import { toTrustedKeys } from './issuerKeys'
import { boundSignedCertificate } from './signed'
import { useCertificateCache } from './store'

const ISSUER_KEYS_REFRESH_MS = 24 * 60 * 60 * 1000

export interface CertificateView {
  /** undefined: nothing known yet (first open, still loading); null: the user holds no certificate. */
  certificate: HolderCertificate | null | undefined
  fetchedAt: number | null
  deviceKey: StoredDeviceKey | null
  refreshing: boolean
  /** The last refresh failed; the cached copy (if any) is still shown. */
  error: unknown
  refresh: () => void
}

async function loadFresh(): Promise<{ certificate: HolderCertificate | null; deviceKey: StoredDeviceKey | null }> {
  const { certificate } = await api().call('certificates.mine')
  if (!certificate) return { certificate: null, deviceKey: loadDeviceKey() }
  const presentable = certificate.status === 'active' && certificate.validTo >= today()
  if (!presentable) return { certificate, deviceKey: loadDeviceKey() }
  const deviceKey = await ensureDeviceKey()
  if (boundSignedCertificate(certificate.signed, deviceKey.publicKey)) return { certificate, deviceKey }
  // Not bound to this phone yet (first open, or the holder moved phones): bind, retrying with one idempotency key.
  const bound = await callWithRetry(api(), 'certificates.bindDevice', { body: { publicKey: deviceKey.publicKey } })
  return { certificate: bound, deviceKey }
}

export function useCertificate(user: User | null): CertificateView {
  const userId = user && user.role === 'applicant' ? user.id : null
  const cached = useCertificateCache((s) => (userId ? s.byUser[userId] : undefined))
  const [deviceKey, setDeviceKey] = useState<StoredDeviceKey | null>(() => loadDeviceKey())
  const [refreshing, setRefreshing] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const generation = useRef(0)

  const refresh = useCallback(() => {
    if (!userId) return
    const mine = ++generation.current
    setRefreshing(true)
    setError(null)
    loadFresh()
      .then((fresh) => {
        if (mine !== generation.current) return
        useCertificateCache.getState().save(userId, fresh.certificate, Date.now())
        setDeviceKey(fresh.deviceKey)
      })
      .catch((e: unknown) => {
        if (mine === generation.current) setError(e)
      })
      .finally(() => {
        if (mine === generation.current) setRefreshing(false)
      })
    // Issuer keys let the holder's phone check its own certificate later; a failure here changes nothing on
    // screen. They change about never, and each save re-seals the whole cache: once a day is plenty.
    const keysFetchedAt = useCertificateCache.getState().issuerKeysFetchedAt
    if (keysFetchedAt === null || Date.now() - keysFetchedAt >= ISSUER_KEYS_REFRESH_MS) {
      api()
        .call('certificates.issuerKeys')
        .then((keys) => useCertificateCache.getState().saveIssuerKeys(toTrustedKeys(keys), Date.now()))
        .catch(() => undefined)
    }
  }, [userId])

  useEffect(refresh, [refresh])

  return {
    certificate: cached ? cached.certificate : undefined,
    fetchedAt: cached?.fetchedAt ?? null,
    deviceKey,
    refreshing,
    error,
    refresh
  }
}
