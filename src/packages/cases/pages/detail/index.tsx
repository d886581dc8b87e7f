import { useRouter } from '@tarojs/taro'
import { CaseDetail } from '@/features/cases/screens/CaseDetail'
import { withBackHeader } from '@/components/withBackHeader'
import { usePageTitleOf } from '@/hooks/usePageTitle'

function CaseDetailPage() {
  usePageTitleOf('caseDetail')
  const { params } = useRouter()
  return <CaseDetail caseId={params.id ?? ''} />
}

export default withBackHeader(CaseDetailPage)
