import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { navigate } from '@/lib/navigation'
import './perks.scss'
import '@/i18n/namespaces/perks'

/** Passport and certificate: what every perk asks for at the counter. */
export function BringList() {
  const { t } = useTranslation('perks')
  return (
    <View className='perk-card'>
      <View role='heading' aria-level={2} className='perk-card__title'>
        {t('bring.title')}
      </View>
      <Text className='perk-card__text'>{t('bring.passportCertificate')}</Text>
      <Button size='small' onClick={() => navigate('certificate')}>
        {t('bring.showCertificate')}
      </Button>
    </View>
  )
}
