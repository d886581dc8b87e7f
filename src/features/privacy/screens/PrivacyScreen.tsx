import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { pressable } from '@/components/pressable'
import { usePageTitle } from '@/hooks/usePageTitle'
import { hasCurrentConsent, useConsent } from '@/features/privacy/consent'
import { hasPlatformPrivacyFlow, openPlatformPrivacyGuide } from '@/features/privacy/platform'
import { answerPlatformRequests, markPrivacyPageOpen, reportPlatformExposure, usePlatformRequests } from '@/features/privacy/platformRequest'
import { AgreeButton } from '@/features/privacy/components/AgreeButton'
import { PrivacyNotice } from '@/features/privacy/components/PrivacyNotice'
import { PrivacySettings } from '@/features/privacy/components/PrivacySettings'
import '@/features/privacy/components/privacy.scss'

/**
 * The privacy notice on its own page: read from Me → Privacy, and opened by the mini-program when WeChat
 * asks for its privacy authorisation (then Agree / Not now answer WeChat and return to the screen that asked).
 */
export function PrivacyScreen() {
  const { t } = useTranslation('privacy')
  usePageTitle(t('page.title'))
  const pending = usePlatformRequests((s) => s.pending.length)
  const consented = useConsent(hasCurrentConsent)
  const agree = useConsent((s) => s.agree)

  useEffect(() => markPrivacyPageOpen(), [])
  useEffect(() => {
    if (pending > 0) reportPlatformExposure()
  }, [pending])

  const answer = (agreed: boolean) => {
    if (agreed) agree()
    const wasAsked = usePlatformRequests.getState().pending.length > 0
    answerPlatformRequests(agreed)
    if (wasAsked || !agreed) void Taro.navigateBack().catch(() => undefined)
  }
  const decline = () => answer(false)

  return (
    <View className='privacy-page'>
      <View role='heading' aria-level={1} className='privacy-page__title'>
        {t('notice.title')}
      </View>
      <Text className='privacy-page__intro'>{t('notice.intro')}</Text>
      <PrivacyNotice headingLevel={2} />
      {hasPlatformPrivacyFlow ? (
        <View className='privacy-link' onClick={() => openPlatformPrivacyGuide()}>
          {t('notice.wechatGuide')}
        </View>
      ) : null}
      {pending > 0 || !consented ? (
        <View className='privacy-page__actions'>
          <AgreeButton onAgree={() => answer(true)}>{t('notice.agree')}</AgreeButton>
          <Button block onClick={decline} {...pressable(decline)}>
            {t('notice.notNow')}
          </Button>
        </View>
      ) : (
        <PrivacySettings linkToNotice={false} />
      )}
    </View>
  )
}
