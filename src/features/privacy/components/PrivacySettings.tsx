import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { pressable } from '@/components/pressable'
import { navigate } from '@/lib/navigation'
import { hasCurrentConsent, useConsent } from '../consent'
import { hasPlatformPrivacyFlow } from '../platform'
import './privacy.scss'

/**
 * Me → Privacy: the consent on record, the notice, and withdrawing (which deletes the drafts on this
 * phone). On the notice's own page the link to it is left out.
 */
export function PrivacySettings({ linkToNotice = true }: { linkToNotice?: boolean }) {
  const { t } = useTranslation(['privacy', 'common'])
  const record = useConsent((s) => s.record)
  const current = useConsent(hasCurrentConsent)
  const withdraw = useConsent((s) => s.withdraw)
  const [confirming, setConfirming] = useState(false)
  const [done, setDone] = useState(false)

  const openNotice = () => navigate('privacy')
  const confirm = () => {
    withdraw()
    setConfirming(false)
    setDone(true)
  }

  return (
    <View className='privacy-settings'>
      <Text className='privacy-settings__status'>
        {record && current
          ? t('settings.agreed', { version: record.version, date: record.at.slice(0, 10) })
          : record
            ? t('settings.outdated')
            : t('settings.none')}
      </Text>
      {done ? (
        <View className='privacy-settings__done' role='status'>
          {t('settings.withdrawn')}
        </View>
      ) : null}
      {linkToNotice ? (
        <Button size='small' onClick={openNotice} {...pressable(openNotice)}>
          {t('settings.read')}
        </Button>
      ) : null}
      {record && !confirming ? (
        <Button size='small' type='danger' onClick={() => setConfirming(true)} {...pressable(() => setConfirming(true))}>
          {t('settings.withdraw')}
        </Button>
      ) : null}
      {confirming ? (
        <View className='privacy-settings__confirm' role='alert'>
          <Text>{t('settings.confirm')}</Text>
          <View className='privacy-settings__actions'>
            <Button size='small' onClick={() => setConfirming(false)} {...pressable(() => setConfirming(false))}>
              {t('common:actions.cancel')}
            </Button>
            <Button size='small' type='danger' onClick={confirm} {...pressable(confirm)}>
              {t('settings.confirmYes')}
            </Button>
          </View>
        </View>
      ) : null}
      {hasPlatformPrivacyFlow ? <Text className='privacy-settings__note'>{t('settings.wechatNote')}</Text> : null}
    </View>
  )
}
