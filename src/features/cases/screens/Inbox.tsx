/**
 * The in-app inbox: every status change, supplement request, appointment and expiry reminder. On the
 * mini-program a tap can also ask for WeChat subscribe messages (one message per acceptance).
 */
import { useRef, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { api, type Notification } from '@/api'
import { env } from '@/config/env'
import { ErrorNotice } from '@/components/ErrorNotice'
import { navigate } from '@/lib/navigation'
import { formatInstant, pick, useLang } from '../lang'
import { useNotifications } from '../useNotifications'
import { requestCaseSubscriptions, type SubscribeResult } from '../subscribe'
import '../components/cases.scss'
import { focusable } from '../a11y'
import '@/i18n/namespaces/cases'

export function Inbox() {
  const { t } = useTranslation(['cases', 'common'])
  const lang = useLang()
  const list = useNotifications()
  const [failure, setFailure] = useState<unknown>(null)
  const [subscribe, setSubscribe] = useState<SubscribeResult | null>(null)
  const items = list.data?.items ?? []
  const unread = list.data?.unread ?? 0
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) list.reload()
    shown.current = true
  })

  async function open(n: Notification) {
    setFailure(null)
    try {
      if (!n.read) await api().call('notifications.read', { params: { notificationId: n.id }, body: {} })
      list.reload()
      if (n.caseId) navigate('caseDetail', { id: n.caseId })
    } catch (e) {
      setFailure(e)
    }
  }

  async function readAll() {
    setFailure(null)
    try {
      await api().call('notifications.readAll', { body: {} })
      list.reload()
    } catch (e) {
      setFailure(e)
    }
  }

  return (
    <View className='cases-page'>
      <View className='cases-header'>
        <View role='heading' aria-level={1} className='cases-header__title'>
          {t('inbox.heading')}
        </View>
        <Text className='cases-header__sub' aria-live='polite'>
          {unread ? t('inbox.unread', { count: unread }) : t('inbox.allRead')}
        </Text>
      </View>

      <View className='cases-card'>
        <Text className='cases-muted'>{t('inbox.subscribeIntro')}</Text>
        <Button size='small' onClick={() => void requestCaseSubscriptions(env.subscribeTemplateIds).then(setSubscribe)}>
          {t('inbox.subscribe')}
        </Button>
        {subscribe ? (
          <View role='status' className='cases-muted'>
            {t(`inbox.subscribeResult.${subscribe}`)}
          </View>
        ) : null}
      </View>

      {failure ? <ErrorNotice error={failure} /> : null}
      {list.error ? <ErrorNotice error={list.error} onRetry={list.reload} /> : null}
      {list.loading && !list.data ? <Text className='cases-muted'>{t('common:status.loading')}</Text> : null}
      {list.data && items.length === 0 ? <Text className='cases-card cases-muted'>{t('inbox.empty')}</Text> : null}

      {unread ? (
        <Button size='small' onClick={() => void readAll()}>
          {t('inbox.readAll')}
        </Button>
      ) : null}

      <View role='list' aria-label={t('inbox.heading')} className='cases-inbox'>
        {items.map((n) => (
          <View key={n.id} role='listitem' className={`cases-note${n.read ? '' : ' cases-note--unread'}`}>
            <View role={n.caseId || !n.read ? 'button' : undefined} {...focusable} className='cases-note__tap' onClick={() => void open(n)}>
              <Text className='cases-note__kind'>
                {!n.read ? <Text className='cases-note__dot'>{t('inbox.new')} · </Text> : null}
                {t(`inbox.kind.${n.kind}`)} · {formatInstant(n.at)}
              </Text>
              <Text className='cases-note__title'>{pick(n.title, lang)}</Text>
              <Text className='cases-note__body'>{pick(n.body, lang)}</Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  )
}

/** A small link with the unread count, for other screens' headers. */
export function InboxLink() {
  const { t } = useTranslation('cases')
  const list = useNotifications()
  const unread = list.data?.unread ?? 0
  return (
    <View role='link' {...focusable} className='cases-inbox-link' onClick={() => navigate('inbox')}>
      <Text>{t('inbox.heading')} </Text>
      {unread ? <Text className='cases-inbox-link__badge'>{t('inbox.unread', { count: unread })}</Text> : null}
    </View>
  )
}
