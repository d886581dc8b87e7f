import { TheatreScreen } from '@/features/perks/screens/TheatreScreen'
import { withBackHeader } from '@/components/withBackHeader'
import { usePageTitleOf } from '@/hooks/usePageTitle'

function TheatrePage() {
  usePageTitleOf('theatre')
  return <TheatreScreen />
}

export default withBackHeader(TheatrePage)
