import { useRouter } from '@tarojs/taro'
import { PointsCheck } from '../../components/PointsCheck'

/** /packages/guides/pages/points/index?region=gansu */
export default function PointsPage() {
  const { params } = useRouter()
  return <PointsCheck preferredRegion={params.region} />
}
