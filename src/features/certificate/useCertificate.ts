/**
 * The holder's certificate: shown at once from the cache, then refreshed when the network allows.
 * On first use it makes the device key and binds it, so this phone can sign its own codes.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { api, callWithRetry, type HolderCertificate, type User } from '@/api'
import { base64UrlEncode } from '@/domain/certificate/encoding'
import { deviceBindingMessage } from '@/domain/certificate/binding'
import { today } from '@/domain/time/now'
import { ensureDeviceKey, loadDeviceKey, type DeviceKey } from './deviceKey'
import { boundSignedCertificate } from './signed'
import { useCertificateCache } from './store'

export interface CertificateView {
  /** undefined: nothing known yet (first open, still loading); null: the user holds no certificate. */
  certificate: HolderCertificate | null | undefined
  fetchedAt: number | null
  deviceKey: DeviceKey | null
  /** The stored key is still being opened: the screen keeps the code's place meanwhile. */
  deviceKeyOpening: boolean
  refreshing: boolean
  /** The last refresh failed; the cached copy (if any) is still shown. */
  error: unknown
  refresh: () => void
}

/**
 * Binds this phone: the server's one-use challenge, signed with the device key, proves the phone holds the
 * key it binds. Binding a new phone revokes the previous one's codes at once.
 */
async function bindThisPhone(deviceKey: DeviceKey): Promise<HolderCertificate> {
  const { challenge } = await callWithRetry(api(), 'certificates.bindChallenge', {})
  const signature = base64UrlEncode(await deviceKey.sign(deviceBindingMessage(challenge, deviceKey.publicKey)))
  return callWithRetry(api(), 'certificates.bindDevice', { body: { publicKey: deviceKey.publicKey, challenge, signature } })
}

async function loadFresh(): Promise<{ certificate: HolderCertificate | null; deviceKey: DeviceKey | null }> {
  const { certificate } = await api().call('certificates.mine')
  if (!certificate) return { certificate: null, deviceKey: await loadDeviceKey() }
  const presentable = certificate.status === 'active' && certificate.validTo >= today()
  if (!presentable) return { certificate, deviceKey: await loadDeviceKey() }
  const deviceKey = await ensureDeviceKey()
  if (boundSignedCertificate(certificate.signed, deviceKey.publicKey)) return { certificate, deviceKey }
  // Not bound to this phone yet (first open, or the holder moved phones).
  return { certificate: await bindThisPhone(deviceKey), deviceKey }
}

export function useCertificate(user: User | null): CertificateView {
  const userId = user && user.role === 'applicant' ? user.id : null
  const cached = useCertificateCache((s) => (userId ? s.byUser[userId] : undefined))
  const [deviceKey, setDeviceKey] = useState<DeviceKey | null>(null)
  const [deviceKeyOpening, setDeviceKeyOpening] = useState(true)
  // The key opens asynchronously (IndexedDB on H5, the seal on weapp); the cached certificate shows meanwhile.
  useEffect(() => {
    let live = true
    void loadDeviceKey()
      .then((key) => {
        if (live && key) setDeviceKey((current) => current ?? key)
      })
      .catch(() => undefined)
      .finally(() => {
        if (live) setDeviceKeyOpening(false)
      })
    return () => {
      live = false
    }
  }, [])
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
  }, [userId])

  useEffect(refresh, [refresh])

  return {
    certificate: cached ? cached.certificate : undefined,
    fetchedAt: cached?.fetchedAt ?? null,
    deviceKey,
    deviceKeyOpening,
    refreshing,
    error,
    refresh
  }
}
