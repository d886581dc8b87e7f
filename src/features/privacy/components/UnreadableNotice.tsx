import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { pressable } from '@/components/pressable'
import { discardUnreadable, useUnreadableStorage } from '@/lib/sealedStorage'
import './privacy.scss'

/**
 * Drafts whose sealed copy on this phone no longer opens (changed outside the app, or the key was
 * reset) read as missing; this says so instead of showing an empty list without a word.
 */
export function UnreadableNotice({ storageName }: { storageName: string }) {
  const { t } = useTranslation('privacy')
  const unreadable = useUnreadableStorage((s) => s.names.includes(storageName))
  if (!unreadable) return null
  const discard = () => discardUnreadable(storageName)
  return (
    <View className='privacy-unreadable' role='alert'>
      <Text className='privacy-unreadable__body'>{t('unreadable.body')}</Text>
      <Button size='small' onClick={discard} {...pressable(discard)}>
        {t('unreadable.discard')}
      </Button>
    </View>
  )
}
