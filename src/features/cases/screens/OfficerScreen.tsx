import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Input, Switch } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { api, type CaseSummary, type OfficerAction } from '@/api'
import { eventsFrom, type MatterState } from '@/domain/case/stateMachine'
import { useQuery } from '@/hooks/useQuery'
import { ErrorNotice } from '@/components/ErrorNotice'
import { controlAria, switchAria } from '@/lib/a11y'
import './OfficerScreen.scss'
import { usePageTitle } from '@/hooks/usePageTitle'
import { contentLang } from '@/i18n/content'
import '@/i18n/namespaces/dev'
import '@/i18n/namespaces/cases'
import { formatInstant } from '@/features/cases/lang'
import { matterName, regionName } from '@/features/cases/region'

const officerActions: readonly OfficerAction[] = ['start_pre_review', 'request_supplement', 'accept_on_site', 'start_review', 'approve', 'reject', 'issue', 'uphold_appeal', 'dismiss_appeal']

/** Actions the officer can take on at least one matter of the case, per the shared state machine. */
function availableActions(c: CaseSummary): OfficerAction[] {
  const possible = new Set(c.matters.flatMap((m) => [...eventsFrom(m.state as MatterState, 'officer'), ...eventsFrom(m.state as MatterState, 'system')]))
  return officerActions.filter((a) => possible.has(a))
}

export function OfficerScreen() {
  const { t, i18n } = useTranslation(['dev', 'cases', 'common'])
  const lang = contentLang(i18n.language)
  usePageTitle(t('title'))
  const cases = useQuery('officer-cases', () => api().call('officer.cases'))
  const clock = useQuery('clock', () => api().call('dev.clock'))
  const outbox = useQuery('outbox', () => api().call('dev.outbox'))
  const [clockInput, setClockInput] = useState('')
  const [faults, setFaults] = useState({ latencyMs: '0', errorRate: '0', offline: false, failAfterCommit: false })
  const [failure, setFailure] = useState<unknown>(null)
  const [busy, setBusy] = useState<string | null>(null)

  async function run(label: string, task: () => Promise<unknown>) {
    setBusy(label)
    setFailure(null)
    try {
      await task()
      void Taro.showToast({ title: t('done', { action: label }), icon: 'none' })
      cases.reload()
      clock.reload()
      outbox.reload()
    } catch (error) {
      setFailure(error)
    } finally {
      setBusy(null)
    }
  }

  function act(c: CaseSummary, action: OfficerAction) {
    // No note: the case's history already says what happened (a note naming the action said it twice).
    return run(t(`actions.${action}`), () =>
      api().call('officer.act', {
        params: { caseId: c.id },
        body: {
          action,
          ...(action === 'request_supplement'
            ? { supplementItems: [{ kind: 'material' as const, ref: 'medical-certificate', message: { en: t('supplementDefault', { lng: 'en' }), zh: t('supplementDefault', { lng: 'zh-CN' }) } }] }
            : {}),
          ...(action === 'reject' ? { reasons: [{ en: t('rejectDefault', { lng: 'en' }), zh: t('rejectDefault', { lng: 'zh-CN' }) }] } : {})
        }
      })
    )
  }

  return (
    <View className='officer'>
      <View role='heading' aria-level={1} className='officer__title'>
        {t('title')}
      </View>
      <Text className='officer__intro'>{t('intro')}</Text>
      {failure ? <ErrorNotice error={failure} /> : null}

      <View className='officer__card'>
        <View role='heading' aria-level={2} className='officer__section'>
          {t('clock')}
        </View>
        {clock.data ? (
          <Text className='officer__line'>
            {t('clockNow', { now: formatInstant(clock.data.now) })} · {clock.data.frozen ? t('clockFrozen') : t('clockReal')}
          </Text>
        ) : null}
        <Input className='officer__input' {...controlAria({ 'aria-label': t('clock') })} value={clockInput} placeholder='2026-06-01T09:00:00+08:00' onInput={(e) => setClockInput(e.detail.value)} />
        <View className='officer__row'>
          <Button
            size='small'
            type='primary'
            disabled={busy !== null}
            onClick={() => {
              const ms = Date.parse(clockInput)
              if (Number.isNaN(ms)) {
                setFailure(null)
                void Taro.showToast({ title: t('clockInvalid'), icon: 'none' })
                return
              }
              void run(t('clockSet'), () => api().call('dev.setClock', { body: { now: new Date(ms).toISOString() } }))
            }}
          >
            {t('clockSet')}
          </Button>
          <Button size='small' disabled={busy !== null} onClick={() => void run(t('clockReal2'), () => api().call('dev.setClock', { body: { now: null } }))}>
            {t('clockReal2')}
          </Button>
        </View>
      </View>

      <View className='officer__card'>
        <View role='heading' aria-level={2} className='officer__section'>
          {t('faults')}
        </View>
        <Text className='officer__label'>{t('latency')}</Text>
        <Input className='officer__input' type='number' {...controlAria({ 'aria-label': t('latency') })} value={faults.latencyMs} onInput={(e) => setFaults({ ...faults, latencyMs: e.detail.value })} />
        <Text className='officer__label'>{t('errorRate')}</Text>
        <Input className='officer__input' type='digit' {...controlAria({ 'aria-label': t('errorRate') })} value={faults.errorRate} onInput={(e) => setFaults({ ...faults, errorRate: e.detail.value })} />
        <View className='officer__row'>
          <Text className='officer__label'>{t('offline')}</Text>
          <Switch {...switchAria({ 'aria-label': t('offline') })} checked={faults.offline} onChange={(e) => setFaults({ ...faults, offline: e.detail.value })} />
        </View>
        <View className='officer__row'>
          <Text className='officer__label'>{t('failAfterCommit')}</Text>
          <Switch {...switchAria({ 'aria-label': t('failAfterCommit') })} checked={faults.failAfterCommit} onChange={(e) => setFaults({ ...faults, failAfterCommit: e.detail.value })} />
        </View>
        <View className='officer__row'>
          <Button
            size='small'
            type='primary'
            disabled={busy !== null}
            onClick={() =>
              void run(t('applyFaults'), () =>
                api().call('dev.faults', {
                  body: { latencyMs: Math.max(0, Math.round(Number(faults.latencyMs) || 0)), errorRate: Math.min(1, Math.max(0, Number(faults.errorRate) || 0)), offline: faults.offline, failAfterCommit: faults.failAfterCommit }
                })
              )
            }
          >
            {t('applyFaults')}
          </Button>
          <Button
            size='small'
            disabled={busy !== null}
            onClick={() => {
              setFaults({ latencyMs: '0', errorRate: '0', offline: false, failAfterCommit: false })
              void run(t('clearFaults'), () => api().call('dev.faults', { body: { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: false } }))
            }}
          >
            {t('clearFaults')}
          </Button>
        </View>
      </View>

      <View className='officer__card'>
        <View role='heading' aria-level={2} className='officer__section'>
          {t('cases')}
        </View>
        {cases.error ? <ErrorNotice error={cases.error} onRetry={cases.reload} /> : null}
        {cases.data && cases.data.cases.length === 0 ? <Text className='officer__line'>{t('noCases')}</Text> : null}
        {cases.data?.cases.map((c) => (
          <View key={c.id} className='officer__case' role='group' aria-label={`${c.applicantName} ${c.reference}`}>
            <Text className='officer__case-title'>
              {c.applicantName} · {c.reference} · {regionName(c.regionId, lang)}
            </Text>
            {c.matters.map((m) => (
              <Text key={m.matterId} className='officer__line' data-testid={`state-${c.id}-${m.matterId}`} data-state={m.state}>
                {matterName(c.regionId, m.matterId, lang)}: {t(`cases:matterState.${m.state}`, { defaultValue: m.state })}
              </Text>
            ))}
            <View className='officer__actions'>
              {availableActions(c).map((action) => (
                <Button key={action} size='small' disabled={busy !== null} onClick={() => void act(c, action)}>
                  {t(`actions.${action}`)}
                </Button>
              ))}
            </View>
          </View>
        ))}
      </View>

      <View className='officer__card'>
        <View role='heading' aria-level={2} className='officer__section'>
          {t('outbox')}
        </View>
        {outbox.data && outbox.data.messages.length === 0 ? <Text className='officer__line'>{t('noOutbox')}</Text> : null}
        {outbox.data?.messages.slice(0, 20).map((m) => (
          <Text key={m.id} className='officer__line'>
            {formatInstant(m.at)} · {t(`channel.${m.channel}`)} · {m.title[lang]} — {m.body[lang]}
          </Text>
        ))}
      </View>

      <Button
        block
        disabled={busy !== null}
        onClick={() =>
          void run(t('reset'), async () => {
            await api().call('dev.reset', { body: {} })
            void Taro.showToast({ title: t('resetDone'), icon: 'none' })
          })
        }
      >
        {t('reset')}
      </Button>
    </View>
  )
}
