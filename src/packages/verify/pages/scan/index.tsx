import { VerifyScreen } from '@/features/verify/VerifyScreen'
import { usePageTitleOf } from '@/hooks/usePageTitle'

/** Verifier mode (subpackage): the feature does the work. */
export default function VerifyScanPage() {
  usePageTitleOf('verify')
  return <VerifyScreen />
}
