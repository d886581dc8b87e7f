import { useRouter } from '@tarojs/taro'
import { guideSection } from '@/features/guides/guides'
import { useRegionGuide } from '@/packages/guides/content/useRegionGuide'
import { GuidePending } from '../../components/GuidePending'
import { GuideView } from '../../components/GuideView'
import { RegionView } from '../../components/RegionView'
import { usePageTitleOf } from '@/hooks/usePageTitle'

/** /packages/guides/pages/detail/index?region=gansu&type=bundle|matter|region&id=gs-one-thing-2025 */
export default function GuideDetailPage() {
  usePageTitleOf('guideDetail')
  const { params } = useRouter()
  const regionId = params.region ?? ''
  const type = params.type
  const id = params.id ?? ''
  const text = useRegionGuide(regionId)
  const pending = text.status === 'ready' ? undefined : <GuidePending state={text} />
  if (type === 'region') return <RegionView regionId={regionId} guide={text.guide} pending={pending} />
  const kind = type === 'matter' ? 'matter' : 'bundle'
  return <GuideView regionId={regionId} type={kind} id={id} section={guideSection(text.guide, kind, id)} pending={pending} />
}
