import { memo, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import type { HolderCertificate } from '@/api'
import { PassportNumber } from '@/components/PassportNumber'
import type { SignedCertificate } from '@/domain/certificate/types'
import { nationalityName } from '@/domain/validation/nationality'
import './certificate.scss'

type FieldKey = 'number' | 'holder' | 'passport' | 'nationality' | 'validFrom' | 'validTo' | 'issuer' | 'issueDate'

interface CardProps {
  certificate: HolderCertificate
  signed: SignedCertificate | null
}

/** Drawn again only when the certificate changes: the cache keeps the same object for the same certificate. */
export const CertificateCard = memo(CertificateCardView)

/**
 * The certificate as annex 2 of the Beihai 2023 notice prints it: every label in both languages,
 * names and issuer in both scripts. The passport number stays masked until the holder asks.
 */
function CertificateCardView({ certificate, signed }: CardProps) {
  const { t, i18n } = useTranslation(['certificate', 'common'])
  const [revealed, setRevealed] = useState(false)
  const isZh = i18n.language === 'zh-CN'
  const tOther = i18n.getFixedT(isZh ? 'en' : 'zh-CN', 'certificate')
  const fullPassport = signed?.fields.passportNumber ?? null
  const nationality = nationalityName(certificate.nationality, i18n.language) ?? certificate.nationality

  const row = (key: FieldKey, value: React.ReactNode, extra?: React.ReactNode) => (
    <View className='cert-card__row' key={key}>
      <Text className='cert-card__label' id={`cert-label-${key}`}>
        {t(`fields.${key}`)} · {tOther(`fields.${key}`)}
      </Text>
      <View className='cert-card__value' aria-labelledby={`cert-label-${key}`}>
        {value}
      </View>
      {extra}
    </View>
  )

  return (
    <View className='cert-card' role='group' aria-label={t('cardLabel')}>
      <View className='cert-card__head'>
        <Text className='cert-card__title-zh'>{t('paperTitle.zh')}</Text>
        <Text className='cert-card__title-en'>{t('paperTitle.en')}</Text>
      </View>
      {row('number', <Text>{certificate.number}</Text>)}
      {row(
        'holder',
        <>
          {certificate.holderName.zh ? <Text className='cert-card__line'>{certificate.holderName.zh}</Text> : null}
          {certificate.holderName.en ? <Text className='cert-card__line'>{certificate.holderName.en}</Text> : null}
        </>
      )}
      {row(
        'passport',
        <View className='cert-card__reveal'>
          <PassportNumber full={fullPassport} masked={certificate.passportMasked} onToggle={setRevealed} />
        </View>,
        <Text className='cert-card__hint'>{fullPassport ? (revealed ? t('passport.shownHint') : t('passport.maskedHint')) : t('passport.onDeviceOnly')}</Text>
      )}
      {row(
        'nationality',
        <Text>
          {nationality} ({certificate.nationality})
        </Text>
      )}
      {row('validFrom', <Text>{certificate.validFrom}</Text>)}
      {row('validTo', <Text>{certificate.validTo}</Text>)}
      {row(
        'issuer',
        <>
          <Text className='cert-card__line'>{certificate.issuer.zh}</Text>
          <Text className='cert-card__line'>{certificate.issuer.en}</Text>
        </>
      )}
      {row('issueDate', <Text>{certificate.issuedOn}</Text>)}
    </View>
  )
}
