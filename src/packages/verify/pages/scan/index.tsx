import { VerifyScreen } from '@/features/verify/VerifyScreen'

/** Verifier mode (subpackage): the feature does the work. */
export default function VerifyScanPage() {
  return <VerifyScreen />
}
