import { View, Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import type { Verdict } from '@/domain/certificate/types'
import { formatBeijingDateTime } from '@/features/certificate'
import { describeVerdict, verdictDetails } from '../verdictView'
import './verify.scss'
import '@/i18n/namespaces/verify'

const PERKS = ['hospital', 'theatre', 'school', 'childcare', 'events', 'research', 'talent_programmes', 'mobile', 'one_window'] as const
type PerkKey = (typeof PERKS)[number]
const asPerk = (value: string): PerkKey | null => ((PERKS as readonly string[]).includes(value) ? (value as PerkKey) : null)

/**
 * The verdict for one code, for a desk clerk in a hurry: a coloured headline, the two facts that
 * matter (genuine? current?), the perk, and how fresh the revocation data is. The headline and the
 * explanation appear in both languages, so the holder can read why too.
 */
export function VerdictPanel({ verdict }: { verdict: Verdict }) {
  const { t, i18n } = useTranslation(['verify', 'common'])
  const isZh = i18n.language === 'zh-CN'
  const lang = isZh ? 'zh' : 'en'
  const tOther = i18n.getFixedT(isZh ? 'en' : 'zh-CN', 'verify')
  const view = describeVerdict(verdict)

  const perkName = (tf: typeof tOther, value: string) => {
    const perk = asPerk(value)
    return perk ? tf(`perk.${perk}`) : value
  }
  // Times go into the words as Beijing time; a list never held reads "never".
  const time = (tf: typeof tOther, at: unknown) => (typeof at === 'number' && at >= 0 ? formatBeijingDateTime(at) : tf('verdict.revocation_unchecked.never'))
  const params = (tf: typeof tOther) => ({
    ...view.params,
    ...('checkedAt' in view.params ? { time: time(tf, view.params.checkedAt) } : {}),
    ...('newestSignedAt' in view.params ? { time: time(tf, view.params.newestSignedAt) } : {}),
    ...(typeof view.params.expected === 'string' ? { expected: perkName(tf, view.params.expected) } : {}),
    ...(typeof view.params.presented === 'string' ? { presented: perkName(tf, view.params.presented) } : {})
  })

  const details = verdictDetails(verdict)
  const issuer = details?.issuer?.[lang]
  const holder = details?.disclosed.holderName

  return (
    <View className={`verdict verdict--${view.tone}`} role='alert' aria-label={t(`verdict.${view.code}.title`)} data-verdict={view.code}>
      <View role='heading' aria-level={2} className='verdict__title'>
        {t(`verdict.${view.code}.title`)}
      </View>
      <Text className='verdict__body'>{t(`verdict.${view.bodyKey}`, params(t as typeof tOther))}</Text>
      <View className='verdict__other'>
        <Text className='verdict__other-title'>{tOther(`verdict.${view.code}.title`)}</Text>
        <Text className='verdict__other-body'>{tOther(`verdict.${view.bodyKey}`, params(tOther))}</Text>
      </View>

      <View className='verdict__facts'>
        <View className='verdict__fact'>
          <Text className='verdict__fact-label'>{t('facts.genuine.label')}</Text>
          <Text className='verdict__fact-value'>
            {view.genuine === 'yes' && issuer ? t('facts.genuine.yesBy', { issuer }) : t(`facts.genuine.${view.genuine}`)}
          </Text>
        </View>
        <View className='verdict__fact'>
          <Text className='verdict__fact-label'>{t('facts.standing.label')}</Text>
          <Text className='verdict__fact-value'>{t(`facts.standing.${view.standing}`)}</Text>
        </View>
        {details ? (
          <>
            <View className='verdict__fact'>
              <Text className='verdict__fact-label'>{t('facts.perk.label')}</Text>
              <Text className='verdict__fact-value'>{perkName(t as typeof tOther, details.entitlement)}</Text>
            </View>
            {holder ? (
              <View className='verdict__fact'>
                <Text className='verdict__fact-label'>{t('facts.holder')}</Text>
                <Text className='verdict__fact-value'>{[holder.en, holder.zh].filter(Boolean).join(' · ')}</Text>
              </View>
            ) : null}
            <View className='verdict__fact'>
              <Text className='verdict__fact-label'>{t('facts.validity')}</Text>
              <Text className='verdict__fact-value'>
                {details.disclosed.validFrom} – {details.disclosed.validTo}
              </Text>
            </View>
          </>
        ) : verdict.code === 'not_entitled' ? (
          <View className='verdict__fact'>
            <Text className='verdict__fact-label'>{t('facts.perk.label')}</Text>
            <Text className='verdict__fact-value'>{t('facts.perk.missing', { perk: perkName(t as typeof tOther, verdict.expected) })}</Text>
          </View>
        ) : null}
      </View>

      <Text className='verdict__revocation'>
        {verdict.revocationListIssuedAt !== null
          ? t('revocation.checkedAsOf', { time: formatBeijingDateTime(verdict.revocationListIssuedAt) })
          : t('revocation.notChecked')}
      </Text>
      {verdict.warnings.map((w) => (
        <Text key={w} className='verdict__warning'>
          {t(`warnings.${w}`)}
        </Text>
      ))}
    </View>
  )
}
