import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import { NotBuilt } from '@/components/NotBuilt'
import { withBackHeader } from '@/components/withBackHeader'
import { usePageTitle } from '@/hooks/usePageTitle'

const knownAreas = ['eligibility', 'myCases', 'perks', 'dashboard', 'newCase', 'employees', 'verify', 'redemptions', 'inbox'] as const
type KnownArea = (typeof knownAreas)[number]

/** Areas of the product that have no screen yet say so here, in the user's language. */
function AreaPage() {
  const { t } = useTranslation(['home', 'common'])
  const { params } = useRouter()
  const name = knownAreas.find((a) => a === params.name) as KnownArea | undefined
  const area = name ? t(`areas.${name}`) : t('common:notBuilt.title')
  usePageTitle(area)
  return (
    <View>
      <NotBuilt area={area} />
    </View>
  )
}

export default withBackHeader(AreaPage)
