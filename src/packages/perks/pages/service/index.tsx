import { ServiceScreen } from '@/features/perks/screens/ServiceScreen'
import { withBackHeader } from '@/components/withBackHeader'
import { usePageTitleOf } from '@/hooks/usePageTitle'

function PerkServicePage() {
  usePageTitleOf('perkService')
  return <ServiceScreen />
}

export default withBackHeader(PerkServicePage)
