import { useRouter } from '@tarojs/taro'
import { CaseDetail } from '@/features/cases/components/CaseDetail'

export default function CaseDetailPage() {
  const { params } = useRouter()
  return <CaseDetail caseId={params.id ?? ''} />
}
