import { VerifyScreen } from '@/features/verify/screens/VerifyScreen'
import { usePageTitleOf } from '@/hooks/usePageTitle'
import { withBackHeader } from '@/components/withBackHeader'

/** Verifier mode (subpackage): the feature does the work. */
function VerifyScanPage() {
  usePageTitleOf('verify')
  return <VerifyScreen />
}

export default withBackHeader(VerifyScanPage)
