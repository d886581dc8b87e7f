import { PrivacyScreen } from '@/features/privacy/screens/PrivacyScreen'
import { withBackHeader } from '@/components/withBackHeader'

export default withBackHeader(PrivacyScreen)
