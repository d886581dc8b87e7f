import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { pressable } from '@/components/pressable'
import './privacy.scss'

/**
 * After "Not now": what cannot be done without consent, and the way back to the notice. Nothing is
 * deleted by declining.
 */
export function ConsentDeclined({ onReadAgain, variant = 'form' }: { onReadAgain: () => void; variant?: 'form' | 'photos' }) {
  const { t } = useTranslation('privacy')
  if (variant === 'photos') {
    return (
      <View className='privacy-declined privacy-declined--inline' role='alert'>
        <Text className='privacy-declined__body'>{t('declined.photos')}</Text>
        <Button size='small' onClick={onReadAgain} {...pressable(onReadAgain)}>
          {t('declined.readAgain')}
        </Button>
      </View>
    )
  }
  return (
    <View className='privacy-declined'>
      <View role='heading' aria-level={1} className='privacy-declined__title'>
        {t('declined.title')}
      </View>
      <Text className='privacy-declined__body'>{t('declined.body')}</Text>
      <Button type='primary' block onClick={onReadAgain} {...pressable(onReadAgain)}>
        {t('declined.readAgain')}
      </Button>
    </View>
  )
}
