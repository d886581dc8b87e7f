import { HospitalScreen } from '@/features/perks/screens/HospitalScreen'
import { withBackHeader } from '@/components/withBackHeader'
import { usePageTitleOf } from '@/hooks/usePageTitle'

function HospitalPage() {
  usePageTitleOf('hospital')
  return <HospitalScreen />
}

export default withBackHeader(HospitalPage)
