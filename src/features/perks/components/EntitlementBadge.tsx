import { Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import type { Entitlement } from '../entitlement'
import './perks.scss'
import '@/i18n/namespaces/perks'

export function EntitlementBadge({ entitlement }: { entitlement: Entitlement | null }) {
  const { t } = useTranslation('perks')
  if (!entitlement) return <Text className='perk-badge perk-badge--muted'>{t('entitlement.unknown')}</Text>
  const label = entitlement.entitled
    ? entitlement.requiresPermitCategory
      ? t('entitlement.entitledPermit', { category: entitlement.requiresPermitCategory })
      : t('entitlement.entitled')
    : entitlement.state === 'notYetValid'
      ? t('entitlement.notYetValid', { date: entitlement.validFrom })
      : t(`entitlement.${entitlement.state as 'noCertificate' | 'expired' | 'revoked' | 'notIncluded'}`)
  return <Text className={`perk-badge ${entitlement.entitled ? 'perk-badge--ok' : 'perk-badge--no'}`}>{label}</Text>
}
