import { CertificateScreen } from '@/features/certificate/CertificateScreen'

/** Tab page (main package): thin; the certificate feature does the work. */
export default function CertificatePage() {
  return <CertificateScreen />
}
