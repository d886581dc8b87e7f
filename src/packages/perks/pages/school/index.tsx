import { SchoolScreen } from '@/features/perks/screens/SchoolScreen'
import { withBackHeader } from '@/components/withBackHeader'
import { usePageTitleOf } from '@/hooks/usePageTitle'

function SchoolPage() {
  usePageTitleOf('school')
  return <SchoolScreen />
}

export default withBackHeader(SchoolPage)
