import { CaseListView } from '@/features/cases/screens/CaseListView'
import { withBackHeader } from '@/components/withBackHeader'
import { usePageTitleOf } from '@/hooks/usePageTitle'

function CaseListPage() {
  usePageTitleOf('caseList')
  return <CaseListView />
}

export default withBackHeader(CaseListPage)
