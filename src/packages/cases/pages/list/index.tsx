import { CaseListView } from '@/features/cases/components/CaseListView'
import { withBackHeader } from '@/components/withBackHeader'
import { usePageTitleOf } from '@/hooks/usePageTitle'

function CaseListPage() {
  usePageTitleOf('caseList')
  return <CaseListView />
}

export default withBackHeader(CaseListPage)
