import { useRouter } from '@tarojs/taro'
import { guideLibrary } from '@/packages/guides/content/load'
import { GuideView } from '@/features/guides/screens/GuideView'
import { RegionView } from '@/features/guides/screens/RegionView'
import { usePageTitleOf } from '@/hooks/usePageTitle'
import { withBackHeader } from '@/components/withBackHeader'

/** /packages/guides/pages/detail/index?region=gansu&type=bundle|matter|region&id=gs-one-thing-2025 */
function GuideDetailPage() {
  usePageTitleOf('guideDetail')
  const { params } = useRouter()
  const regionId = params.region ?? ''
  const type = params.type
  const id = params.id ?? ''
  if (type === 'region') return <RegionView regionId={regionId} guide={guideLibrary.region(regionId)} />
  const kind = type === 'matter' ? 'matter' : 'bundle'
  return <GuideView regionId={regionId} type={kind} id={id} section={guideLibrary.section(regionId, kind, id)} />
}

export default withBackHeader(GuideDetailPage)
