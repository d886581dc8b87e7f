import { useEffect, useState, type PropsWithChildren } from 'react'
import { Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import { hasCurrentConsent, useConsent } from '../consent'
import { hasPlatformPrivacyFlow, requirePlatformPrivacy } from '../platform'
import { ConsentDeclined } from './ConsentDeclined'
import { PrivacySheet } from './PrivacySheet'

type PlatformState = 'checking' | 'granted' | 'refused'

/**
 * Shows its children (a form with passport or personal fields, photo pickers) only with consent to the
 * current privacy notice: otherwise the notice first, and after "Not now" a screen saying why the form
 * cannot be filled, with the way back to the notice. In the mini-program, existing consent is also
 * checked with WeChat (wx.requirePrivacyAuthorize) before the fields appear.
 */
export function ConsentGate({ children }: PropsWithChildren) {
  const { t } = useTranslation('common')
  const consented = useConsent(hasCurrentConsent)
  const agree = useConsent((s) => s.agree)
  const [declined, setDeclined] = useState(false)
  const [platform, setPlatform] = useState<PlatformState>(hasPlatformPrivacyFlow ? 'checking' : 'granted')

  useEffect(() => {
    if (!consented || platform !== 'checking') return
    let live = true
    void requirePlatformPrivacy().then((granted) => {
      if (live) setPlatform(granted ? 'granted' : 'refused')
    })
    return () => {
      live = false
    }
  }, [consented, platform])

  if (!consented) {
    if (declined) return <ConsentDeclined onReadAgain={() => setDeclined(false)} />
    return (
      <PrivacySheet
        onAgree={() => {
          agree()
          // The mini-program's Agree is WeChat's agreePrivacyAuthorization button: WeChat has it too.
          setPlatform('granted')
        }}
        onDecline={() => setDeclined(true)}
      />
    )
  }
  if (platform === 'refused') return <ConsentDeclined onReadAgain={() => setPlatform('checking')} />
  if (platform === 'checking') return <Text>{t('status.loading')}</Text>
  return <>{children}</>
}
