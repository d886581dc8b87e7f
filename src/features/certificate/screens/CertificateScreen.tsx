import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { toApiError } from '@/api'
import { ErrorNotice } from '@/components/ErrorNotice'
import { useToday } from '@/hooks/useClock'
import { navigate } from '@/lib/navigation'
import { useSession } from '@/stores/session'
import { CertificateCard } from '../components/CertificateCard'
import { PresentationQr } from '../components/PresentationQr'
import { StatusBanner } from '../components/StatusBanner'
import { formatBeijingDateTime } from '../format'
import { asSignedCertificate, boundSignedCertificate } from '../signed'
import { certificateStanding, isPresentable } from '../status'
import { useBrightScreen } from '../useBrightScreen'
import { useCertificate } from '../useCertificate'
import '../components/certificate.scss'

function Message({ title, body, children }: { title: string; body: string; children?: React.ReactNode }) {
  return (
    <View className='cert-page__message'>
      <View role='heading' aria-level={1} className='cert-page__title'>
        {title}
      </View>
      <Text className='cert-page__body'>{body}</Text>
      {children}
    </View>
  )
}

/** The holder's talent certificate tab: instant from the cache, refreshed when online, with the live code. */
export function CertificateScreen() {
  const { t } = useTranslation(['certificate', 'common'])
  const user = useSession((s) => s.user)
  const view = useCertificate(user)
  const cert = view.certificate
  const today = useToday()
  const standing = cert ? certificateStanding(cert, today) : null
  const bound = cert ? boundSignedCertificate(cert.signed, view.deviceKey?.publicKey) : null
  // While the stored key opens, the saved certificate holds the code's place, so nothing below moves when it arrives.
  const signed = bound ?? (view.deviceKeyOpening && cert ? asSignedCertificate(cert.signed) : null)
  const showCode = !!(cert && signed && (bound ? view.deviceKey : view.deviceKeyOpening) && standing && isPresentable(standing.state))
  const shown = useBrightScreen(showCode)

  if (!user) {
    return (
      <View className='cert-page'>
        <Message title={t('title')} body={t('signedOut')}>
          <Button type='primary' onClick={() => navigate('signIn')}>
            {t('common:actions.signIn')}
          </Button>
        </Message>
      </View>
    )
  }
  if (user.role !== 'applicant') {
    return (
      <View className='cert-page'>
        <Message title={t('title')} body={t(user.role === 'verifier' ? 'notApplicant.verifier' : 'notApplicant.other')}>
          {user.role === 'verifier' ? (
            <Button type='primary' onClick={() => navigate('verify')}>
              {t('openVerifier')}
            </Button>
          ) : null}
        </Message>
      </View>
    )
  }
  if (cert === undefined) {
    return (
      <View className='cert-page'>
        {view.error ? <ErrorNotice error={view.error} onRetry={view.refresh} /> : <Text className='cert-page__body'>{t('common:status.loading')}</Text>}
      </View>
    )
  }
  if (cert === null) {
    return (
      <View className='cert-page'>
        <Message title={t('none.title')} body={t('none.body')}>
          <Button type='primary' onClick={() => navigate('talentCheck')}>
            {t('none.check')}
          </Button>
        </Message>
      </View>
    )
  }

  const offline = view.error && toApiError(view.error).retryable
  return (
    <View className='cert-page'>
      <View role='heading' aria-level={1} className='cert-page__title'>
        {t('title')}
      </View>
      {view.error ? (
        <View className='cert-page__stale' role='note'>
          <Text>{offline ? t('savedCopy', { time: formatBeijingDateTime(view.fetchedAt ?? Date.now()) }) : t('refreshFailed')}</Text>
          <Button size='small' type='default' onClick={view.refresh}>
            {t('common:actions.retry')}
          </Button>
        </View>
      ) : null}
      {standing ? <StatusBanner standing={standing} validFrom={cert.validFrom} validTo={cert.validTo} /> : null}
      {showCode && signed ? (
        <PresentationQr signed={signed} deviceKey={bound ? view.deviceKey : null} active={shown} />
      ) : standing && isPresentable(standing.state) ? (
        <View className='cert-page__note'>
          <Text>{view.refreshing ? t('settingUp') : t('notSetUp')}</Text>
        </View>
      ) : null}
      {/* The full passport number comes only from the signed copy kept on this device. */}
      <CertificateCard certificate={cert} signed={asSignedCertificate(cert.signed)} />
    </View>
  )
}
