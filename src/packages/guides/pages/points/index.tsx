import { useRouter } from '@tarojs/taro'
import { PointsCheck } from '../../components/PointsCheck'
import { usePageTitleOf } from '@/hooks/usePageTitle'

/** /packages/guides/pages/points/index?region=gansu */
export default function PointsPage() {
  usePageTitleOf('pointsCheck')
  const { params } = useRouter()
  return <PointsCheck preferredRegion={params.region} />
}
