import { View } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import { NotBuilt } from '@/components/NotBuilt'

export default function Page() {
  const { t } = useTranslation('perks')
  return (
    <View>
      <NotBuilt area={t('title')} />
    </View>
  )
}
