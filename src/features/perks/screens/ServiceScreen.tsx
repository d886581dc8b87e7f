import { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { ErrorNotice } from '@/components/ErrorNotice'
import { copyText } from '@/features/guides'
import { navigate } from '@/lib/navigation'
import { langOf, pick, stringSetting } from '../content'
import { perkEntitlement } from '../entitlement'
import { useCertificateMine } from '../useCertificateMine'
import { usePerks } from '../usePerks'
import { useToday } from '../useToday'
import { actionMessages } from '../components/actions'
import { BringList } from '../components/BringList'
import { CertificateBanner } from '../components/CertificateBanner'
import { EntitlementBadge } from '../components/EntitlementBadge'
import { PerkContacts } from '../components/PerkContacts'
import { RulesList } from '../components/RulesList'
import '../components/perks.scss'
import '@/i18n/namespaces/perks'
import { PerkNotFound } from '../components/PerkNotFound'

/** The perks without a flow of their own (childcare, events, research, talent programmes, mobile VIP, one window). */
export function ServiceScreen() {
  const { t, i18n } = useTranslation(['perks', 'common'])
  const lang = langOf(i18n.language)
  const { params } = useRouter()
  const { regionId, perks } = usePerks()
  const view = perks.find((p) => p.perk.id === params.id)
  const { certificate, role, error, reload } = useCertificateMine()
  const today = useToday()

  if (!view) {
    return <PerkNotFound />
  }
  const { perk, rules, checklist, offices } = view
  const entitlement = role === 'applicant' && certificate !== undefined ? perkEntitlement(perk, certificate, today) : null
  const platformUrl = stringSetting(perk, 'platformUrl')
  const bundleId = stringSetting(perk, 'bundleId')
  const messages = actionMessages(t)

  return (
    <View className='perk-page'>
      <View role='heading' aria-level={1} className='perk-page__title'>
        {pick(perk.name, lang)}
      </View>
      <EntitlementBadge entitlement={entitlement} />
      {error ? <ErrorNotice error={error} onRetry={reload} /> : <CertificateBanner certificate={certificate} role={role} today={today} />}

      <View className='perk-card'>
        <RulesList rules={rules} cite={view.rulesCite} regionId={regionId ?? view.regionId} />
        {perk.requiresPermitCategory ? <Text className='perk-card__text'>{t('service.permitNote', { category: perk.requiresPermitCategory })}</Text> : null}
        {platformUrl ? (
          <View className='perk-card__row'>
            <Text className='perk-card__text'>{t('service.platform', { url: platformUrl })}</Text>
            <Button size='small' onClick={() => void copyText(platformUrl, messages)}>
              {t('service.copyUrl')}
            </Button>
          </View>
        ) : null}
        {bundleId ? (
          <Button size='small' type='primary' onClick={() => navigate('guideDetail', { region: regionId, type: 'bundle', id: bundleId })}>
            {t('service.guide')}
          </Button>
        ) : null}
      </View>

      {checklist.length ? (
        <View className='perk-card' role='group' aria-label={t('service.checklistCount', { count: checklist.length })}>
          <View role='heading' aria-level={2} className='perk-card__title'>
            {t('service.checklistCount', { count: checklist.length })}
          </View>
          <View role='list' className='perk-rules'>
            {checklist.map((item, i) => (
              <View key={i} role='listitem' className='perk-rules__item'>
                {pick(item, lang)}
              </View>
            ))}
          </View>
        </View>
      ) : null}

      <BringList />
      <View className='perk-card'>
        {perk.phones.length || offices.length ? (
          <PerkContacts perk={perk} offices={offices} />
        ) : (
          <Text className='perk-card__text'>{t('service.noContacts')}</Text>
        )}
      </View>
    </View>
  )
}
