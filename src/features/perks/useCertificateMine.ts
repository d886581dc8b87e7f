/**
 * Who is entitled: the signed-in applicant's certificate as the backend has it now. Read-only here: the
 * certificate screen owns caching and device binding; perks only need status, dates and entitlements.
 */
import { api, type HolderCertificate } from '@/api'
import { useQuery } from '@/hooks/useQuery'
import { useSession } from '@/stores/session'

export interface CertificateMine {
  /** undefined while loading (or not an applicant), null when the user holds none. */
  certificate: HolderCertificate | null | undefined
  role: 'applicant' | 'hr' | 'verifier' | null
  error: unknown
  reload: () => void
}

export function useCertificateMine(): CertificateMine {
  const user = useSession((s) => s.user)
  const key = user && user.role === 'applicant' ? `perks-cert-${user.id}` : null
  const query = useQuery(key, () => api().call('certificates.mine'))
  return {
    certificate: key ? (query.data ? query.data.certificate : undefined) : undefined,
    role: user ? user.role : null,
    error: query.error,
    reload: query.reload
  }
}
