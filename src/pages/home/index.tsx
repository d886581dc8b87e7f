import { useEffect } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { api } from '@/api'
import { useSession } from '@/stores/session'
import { useQuery } from '@/hooks/useQuery'
import { navigate } from '@/lib/navigation'
import { afterPaint } from '@/lib/afterPaint'
import { prefetchRoute } from '@/lib/prefetchRoute'
import { Tile } from '@/components/Tile'
import { ErrorNotice } from '@/components/ErrorNotice'
import { regionRegistry, useRegionId } from '@/features/regions/useRegion'
import { diffDays } from '@/domain/time/beijing'
import { useToday } from '@/hooks/useClock'
import type { RouteName } from '@/routes'
import './index.scss'
import { usePageTitle } from '@/hooks/usePageTitle'
import { contentLang } from '@/i18n/content'

type AreaKey = 'guides' | 'eligibility' | 'myCases' | 'certificate' | 'perks' | 'dashboard' | 'newCase' | 'employees' | 'verify' | 'redemptions' | 'inbox'

/** Where each area of the product lives. */
const areaRoute: Record<AreaKey, RouteName> = {
  guides: 'guides',
  certificate: 'certificate',
  eligibility: 'pointsCheck',
  myCases: 'caseList',
  perks: 'perks',
  dashboard: 'dashboard',
  newCase: 'applyStart',
  employees: 'dashboard',
  verify: 'verify',
  redemptions: 'verify',
  inbox: 'inbox'
}

const areasByRole = {
  applicant: ['myCases', 'certificate', 'perks', 'guides', 'eligibility', 'inbox'],
  hr: ['dashboard', 'newCase', 'guides', 'eligibility', 'inbox'],
  verifier: ['verify', 'redemptions', 'inbox']
} as const satisfies Record<string, readonly AreaKey[]>

export default function HomePage() {
  const { t, i18n } = useTranslation(['home', 'common'])
  const user = useSession((s) => s.user)
  const regionId = useRegionId()
  const lang = contentLang(i18n.language)
  usePageTitle(t('common:appName'))
  const region = regionRegistry.get(regionId)
  const notifications = useQuery(user ? `notifications:${user.id}` : null, () => api().call('notifications.list'))
  const role = user?.role

  // The first area is the likely next tap (HR: the dashboard): its page's code is fetched once this one has painted.
  useEffect(() => {
    if (!role) return
    void afterPaint().then(() => prefetchRoute(areaRoute[areasByRole[role][0]]))
  }, [role])

  const open = (area: AreaKey) => navigate(areaRoute[area])

  return (
    <View className='home'>
      <View className='home__hero'>
        <View role='heading' aria-level={1} className='home__title'>
          {user ? t('hello', { name: user.name[lang] }) : t('welcome')}
        </View>
        <Text className='home__tagline'>{t('tagline')}</Text>
        {region ? <Text className='home__region'>{t('region', { region: region.name[lang] })}</Text> : null}
      </View>

      {!user ? (
        <View className='home__signin'>
          <Text className='home__signin-text'>{t('signInPrompt')}</Text>
          <Button type='primary' block onClick={() => navigate('signIn')}>
            {t('common:actions.signIn')}
          </Button>
          <Tile title={t('areas.guides')} hint={t('areas.guidesHint')} onClick={() => open('guides')} />
          <Tile title={t('areas.eligibility')} hint={t('areas.eligibilityHint')} onClick={() => open('eligibility')} />
        </View>
      ) : (
        <View className='home__areas'>
          {areasByRole[user.role].map((area) => (
            <Tile
              key={area}
              title={t(`areas.${area}`)}
              hint={t(`areas.${area}Hint`)}
              badge={area === 'inbox' && notifications.data?.unread ? t('unread', { count: notifications.data.unread }) : undefined}
              onClick={() => open(area)}
            />
          ))}
        </View>
      )}

      {user?.role === 'hr' && user.employerId ? <EmployeesPanel employerId={user.employerId} /> : null}
      {user?.role === 'verifier' ? <RedemptionsPanel /> : null}
    </View>
  )
}

function EmployeesPanel({ employerId }: { employerId: string }) {
  const { t } = useTranslation('home')
  const employees = useQuery(`employees:${employerId}`, () => api().call('employees.list', { params: { employerId } }))
  const today = useToday()
  return (
    <View className='home__panel'>
      <View role='heading' aria-level={2} className='home__panel-title'>
        {t('employeesTitle')}
      </View>
      {employees.error ? <ErrorNotice error={employees.error} onRetry={employees.reload} /> : null}
      {employees.data?.employees.map((e) => {
        const days = e.workPermit ? diffDays(today, e.workPermit.validTo) : null
        return (
          <View key={e.id} className='home__row'>
            <Text className='home__row-name'>
              {e.name} · {e.nationality}
            </Text>
            <Text className={`home__row-meta ${days !== null && days <= 30 ? 'home__row-meta--warn' : ''}`}>
              {e.workPermit ? `${t('permitValidTo', { date: e.workPermit.validTo })} · ${t('expiresIn', { count: days ?? 0 })}` : t('noPermit')}
            </Text>
          </View>
        )
      })}
    </View>
  )
}

function RedemptionsPanel() {
  const { t } = useTranslation('home')
  const redemptions = useQuery('redemptions', () => api().call('redemptions.list'))
  return (
    <View className='home__panel'>
      <View role='heading' aria-level={2} className='home__panel-title'>
        {t('redemptionsTitle')}
      </View>
      {redemptions.error ? <ErrorNotice error={redemptions.error} onRetry={redemptions.reload} /> : null}
      {redemptions.data && redemptions.data.redemptions.length === 0 ? <Text className='home__row-meta'>{t('noRedemptions')}</Text> : null}
      {redemptions.data?.redemptions.map((r) => (
        <View key={r.id} className='home__row'>
          <Text className='home__row-name'>{r.bookingCode ?? r.purpose}</Text>
          <Text className='home__row-meta'>{r.scannedAt.slice(0, 16).replace('T', ' ')}</Text>
        </View>
      ))}
    </View>
  )
}
