import { View, Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import { BackButton } from '@/components/ErrorNotice'

/** A perk page opened for a service the region does not have (a wrong or old link): said, with a way back. */
export function PerkNotFound() {
  const { t } = useTranslation('perks')
  return (
    <View className='perk-page'>
      <View role='heading' aria-level={1} className='perk-page__title'>
        {t('title')}
      </View>
      <View className='perk-card' role='alert'>
        <Text className='perk-card__text'>{t('service.notFound')}</Text>
        <BackButton to='perks' />
      </View>
    </View>
  )
}
