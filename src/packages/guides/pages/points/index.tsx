import { useRouter } from '@tarojs/taro'
import { PointsCheck } from '@/features/guides/screens/PointsCheck'
import { usePageTitleOf } from '@/hooks/usePageTitle'
import { withBackHeader } from '@/components/withBackHeader'

/** /packages/guides/pages/points/index?region=gansu */
function PointsPage() {
  usePageTitleOf('pointsCheck')
  const { params } = useRouter()
  return <PointsCheck preferredRegion={params.region} />
}

export default withBackHeader(PointsPage)
