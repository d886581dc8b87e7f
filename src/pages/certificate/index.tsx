import { CertificateScreen } from '@/features/certificate/CertificateScreen'
import { usePageTitleOf } from '@/hooks/usePageTitle'
// On H5 the page is drawn in the task after its route's modules are evaluated (see the module).
import '@/lib/renderInNextTask'

/** Tab page (main package): thin; the certificate feature does the work. */
export default function CertificatePage() {
  usePageTitleOf('certificate')
  return <CertificateScreen />
}
