import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { pressable } from '@/components/pressable'
import './privacy.scss'

/**
 * After "Not now": what cannot be done without consent, and the way back to the notice. Nothing is
 * deleted by declining.
 */
export function ConsentDeclined({ onReadAgain, headingLevel = 1 }: { onReadAgain: () => void; headingLevel?: number }) {
  const { t } = useTranslation('privacy')
  return (
    <View className='privacy-declined'>
      <View role='heading' aria-level={headingLevel} className='privacy-declined__title'>
        {t('declined.title')}
      </View>
      <Text className='privacy-declined__body'>{t('declined.body')}</Text>
      <Button type='primary' block onClick={onReadAgain} {...pressable(onReadAgain)}>
        {t('declined.readAgain')}
      </Button>
    </View>
  )
}

/** In a part of a screen (a supplement answer, the school form): why its fields wait, and the notice. */
export function ConsentNeeded({ declined, onRead }: { declined: boolean; onRead: () => void }) {
  const { t } = useTranslation('privacy')
  return (
    <View className='privacy-declined privacy-declined--inline' role={declined ? 'alert' : undefined}>
      <Text className='privacy-declined__body'>{declined ? t('declined.body') : t('declined.inline')}</Text>
      <Button size='small' type='primary' onClick={onRead} {...pressable(onRead)}>
        {declined ? t('declined.readAgain') : t('settings.read')}
      </Button>
    </View>
  )
}
