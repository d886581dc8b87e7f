import { SignInScreen } from '@/features/account/screens/SignInScreen'
import { withBackHeader } from '@/components/withBackHeader'

export default withBackHeader(SignInScreen)
