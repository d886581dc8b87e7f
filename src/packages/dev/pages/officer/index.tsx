import { OfficerScreen } from '@/features/cases/screens/OfficerScreen'
import { withBackHeader } from '@/components/withBackHeader'

export default withBackHeader(OfficerScreen)
