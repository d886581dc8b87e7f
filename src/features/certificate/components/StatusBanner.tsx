import { View, Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import type { CertificateStanding } from '../status'
import './certificate.scss'

/** One clear line: valid, expiring soon, expired, revoked (or not yet valid). */
export function StatusBanner({ standing, validFrom, validTo }: { standing: CertificateStanding; validFrom: string; validTo: string }) {
  const { t } = useTranslation('certificate')
  const { state, daysLeft } = standing
  const tone = state === 'valid' ? 'ok' : state === 'expiring' || state === 'notYetValid' ? 'warn' : 'bad'
  return (
    <View className={`cert-status cert-status--${tone}`} role='status' aria-label={t(`state.${state}.title`)}>
      <Text className='cert-status__title'>{t(`state.${state}.title`)}</Text>
      <Text className='cert-status__body'>{t(`state.${state}.body`, { count: Math.max(daysLeft, 0), validTo, validFrom })}</Text>
    </View>
  )
}
