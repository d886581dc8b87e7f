import { CertificateScreen } from '@/features/certificate/screens/CertificateScreen'
import { usePageTitleOf } from '@/hooks/usePageTitle'

/** Tab page (main package): thin; the certificate feature does the work. */
export default function CertificatePage() {
  usePageTitleOf('certificate')
  return <CertificateScreen />
}
