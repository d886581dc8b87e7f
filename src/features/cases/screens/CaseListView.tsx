/** The signed-in user's cases (an applicant's own, or HR's employer's), newest first; each opens its detail. */
import { useMemo, useRef } from 'react'
import { useDidShow } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { api } from '@/api'
import { ErrorNotice } from '@/components/ErrorNotice'
import { useQuery } from '@/hooks/useQuery'
import { navigate } from '@/lib/navigation'
import { useSession } from '@/stores/session'
import { useLang } from '../lang'
import { useToday } from '@/hooks/useClock'
import { caseTitle, limitsForCase } from '../region'
import { buildCaseRows } from '../dashboard'
import { CaseRow } from '../components/CaseRow'
import { InboxLink } from './Inbox'
import { LinkCaseForm } from '../components/LinkCaseForm'
import '../components/cases.scss'
import '@/i18n/namespaces/cases'

/** Enough for one person's or one small employer's cases; HR with more use the dashboard. */
const LIST_LIMIT = 200

export function CaseListView() {
  const { t } = useTranslation(['cases', 'common'])
  const lang = useLang()
  const user = useSession((s) => s.user)
  const updateUser = useSession((s) => s.updateUser)
  const signedIn = user?.role === 'hr' || user?.role === 'applicant'
  const cases = useQuery(signedIn ? `my-cases:${user!.id}` : null, () => api().call('cases.list', { query: { limit: LIST_LIMIT } }))
  const today = useToday()
  const rows = useMemo(
    () => buildCaseRows(cases.data?.items ?? [], [], today, { title: (c) => caseTitle(c, lang), limits: limitsForCase }),
    [cases.data, today, lang]
  )
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) cases.reload()
    shown.current = true
  })

  return (
    <View className='cases-page'>
      <View className='cases-header'>
        <View role='heading' aria-level={1} className='cases-header__title'>
          {t('title')}
        </View>
        {signedIn ? <InboxLink /> : null}
      </View>
      {!signedIn ? (
        <View className='cases-card'>
          <Text className='cases-muted'>{t('list.signInFirst')}</Text>
          <Button type='primary' onClick={() => navigate('signIn')}>
            {t('common:actions.signIn')}
          </Button>
        </View>
      ) : null}
      {user?.role === 'hr' ? (
        <Button size='small' onClick={() => navigate('dashboard')}>
          {t('list.openDashboard')}
        </Button>
      ) : null}
      {cases.error ? <ErrorNotice error={cases.error} onRetry={cases.reload} /> : null}
      {cases.loading && !cases.data ? <Text className='cases-muted'>{t('common:status.loading')}</Text> : null}
      {cases.data && rows.length === 0 ? <Text className='cases-card cases-muted'>{t('list.empty')}</Text> : null}
      <View role='list' aria-label={t('title')}>
        {rows.map((r) => (
          <View key={r.id} role='listitem'>
            <CaseRow row={r} t={t} />
          </View>
        ))}
      </View>
      {cases.data && cases.data.total > rows.length ? <Text className='cases-muted'>{t('list.more', { count: cases.data.total - rows.length })}</Text> : null}
      {user?.role === 'applicant' ? (
        <LinkCaseForm
          onLinked={(result) => {
            updateUser(result.user)
            cases.reload()
          }}
        />
      ) : null}
    </View>
  )
}
