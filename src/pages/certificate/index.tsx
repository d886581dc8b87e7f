import { View } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import { NotBuilt } from '@/components/NotBuilt'

export default function CertificatePage() {
  const { t } = useTranslation('home')
  return (
    <View>
      <NotBuilt area={t('areas.certificate')} />
    </View>
  )
}
