import { Dashboard } from '@/features/cases/screens/Dashboard'
import { withBackHeader } from '@/components/withBackHeader'
import { usePageTitleOf } from '@/hooks/usePageTitle'

function DashboardPage() {
  usePageTitleOf('dashboard')
  return <Dashboard />
}

export default withBackHeader(DashboardPage)
