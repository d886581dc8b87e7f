import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import type { HolderCertificate } from '@/api'
import { navigate } from '@/lib/navigation'
import { needsApplication, perkEntitlement } from '../entitlement'
import './perks.scss'
import '@/i18n/namespaces/perks'

/**
 * Where the user stands: the certificate that entitles them, or the reason it does not and the way to renew
 * or apply (the talent self-check, which leads to the employer's application).
 */
export function CertificateBanner({
  certificate,
  role,
  today
}: {
  certificate: HolderCertificate | null | undefined
  role: 'applicant' | 'hr' | 'verifier' | null
  today: string
}) {
  const { t } = useTranslation(['perks', 'common'])
  if (role === null) {
    return (
      <View className='perk-banner perk-banner--info'>
        <Text className='perk-banner__text'>{t('hub.signInPrompt')}</Text>
        <Button size='small' type='primary' onClick={() => navigate('signIn')}>
          {t('common:actions.signIn')}
        </Button>
      </View>
    )
  }
  if (role !== 'applicant') {
    return (
      <View className='perk-banner perk-banner--info'>
        <Text className='perk-banner__text'>{t('hub.notApplicant')}</Text>
      </View>
    )
  }
  if (certificate === undefined) {
    return (
      <View className='perk-banner perk-banner--info' aria-busy>
        <Text className='perk-banner__text'>{t('cert.loading')}</Text>
      </View>
    )
  }
  // Any perk kind gives the certificate-level state; 'notIncluded' is per perk and shown on its card.
  const { state } = perkEntitlement({ kind: 'theatre' }, certificate, today)
  const number = certificate?.number ?? ''
  const message =
    state === 'noCertificate'
      ? t('cert.noCertificate')
      : state === 'expired'
        ? t('cert.expired', { number, date: certificate?.validTo })
        : state === 'revoked'
          ? t('cert.revoked', { number })
          : state === 'notYetValid'
            ? t('cert.notYetValid', { number, date: certificate?.validFrom })
            : t('cert.valid', { number, date: certificate?.validTo })
  const ok = state === 'entitled' || state === 'notIncluded'
  return (
    <View className={`perk-banner ${ok ? 'perk-banner--ok' : 'perk-banner--warn'}`} role={ok ? undefined : 'status'}>
      <Text className='perk-banner__text'>{message}</Text>
      {needsApplication(state) ? (
        <>
          <Text className='perk-banner__hint'>{t('cert.renewHint')}</Text>
          <Button size='small' type='primary' onClick={() => navigate('talentCheck')}>
            {state === 'noCertificate' ? t('cert.apply') : t('cert.renew')}
          </Button>
        </>
      ) : null}
    </View>
  )
}
