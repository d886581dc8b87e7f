import { PerksHubScreen } from '@/features/perks/screens/HubScreen'
import { withBackHeader } from '@/components/withBackHeader'

export default withBackHeader(PerksHubScreen)
