import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { ErrorNotice } from '@/components/ErrorNotice'
import { regionRegistry } from '@/features/regions'
import { langOf, perkRoute, pick } from '@/features/perks/content'
import { perkEntitlement } from '@/features/perks/entitlement'
import { useCertificateMine } from '@/features/perks/useCertificateMine'
import { usePerks } from '@/features/perks/usePerks'
import { useToday } from '@/features/perks/useToday'
import { CertificateBanner } from '@/features/perks/components/CertificateBanner'
import { EntitlementBadge } from '@/features/perks/components/EntitlementBadge'
import { PerkContacts } from '@/features/perks/components/PerkContacts'
import { RulesList } from '@/features/perks/components/RulesList'
import { navigate } from '@/lib/navigation'
import '@/features/perks/components/perks.scss'
import '@/i18n/namespaces/perks'
import { usePageTitleOf } from '@/hooks/usePageTitle'

export function PerksHubScreen() {
  usePageTitleOf('perks')
  const { t, i18n } = useTranslation(['perks', 'common'])
  const lang = langOf(i18n.language)
  const { regionId, perks } = usePerks()
  const regionName = pick(regionRegistry.get(regionId)?.name, lang)
  const { certificate, role, error, reload } = useCertificateMine()
  const today = useToday()

  return (
    <View className='perk-page'>
      <View role='heading' aria-level={1} className='perk-page__title'>
        {t('hub.title')}
      </View>
      {perks.length ? <Text className='perk-page__intro'>{t('hub.intro', { region: regionName })}</Text> : null}
      {error ? <ErrorNotice error={error} onRetry={reload} /> : <CertificateBanner certificate={certificate} role={role} today={today} />}
      {perks.length === 0 ? (
        <View className='perk-card' role='status'>
          <Text className='perk-card__text'>{t('hub.none', { region: regionName })}</Text>
        </View>
      ) : null}
      {perks.map(({ perk, rules, offices }) => {
        const entitlement = role === 'applicant' && certificate !== undefined ? perkEntitlement(perk, certificate, today) : null
        const name = pick(perk.name, lang)
        const route = perkRoute(perk.kind)
        return (
          <View key={perk.id} className='perk-card' role='group' aria-label={name}>
            <View className='perk-card__head'>
              <View role='heading' aria-level={2} className='perk-card__title'>
                {name}
              </View>
              <EntitlementBadge entitlement={entitlement} />
            </View>
            <RulesList rules={rules} initial={2} />
            <PerkContacts perk={perk} offices={offices} />
            <Button type='primary' size='small' onClick={() => navigate(route.name, route.name === 'perkService' ? { id: perk.id } : undefined)}>
              {t('hub.open', { name })}
            </Button>
          </View>
        )
      })}
    </View>
  )
}
