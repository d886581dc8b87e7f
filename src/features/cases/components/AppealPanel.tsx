/**
 * Rejection and appeal (beihai-2023): the written reasons; an appeal only within 5 working days of the
 * decision (after that the action is gone, and we say why); the answer within 15 days; the original
 * decision stands meanwhile.
 */
import { useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { api, callWithRetry, type Case } from '@/api'
import { appealStatuses, type AppealStatus } from '@/domain/case/stages'
import type { IsoDate } from '@/domain/time/beijing'
import { ErrorNotice } from '@/components/ErrorNotice'
import { formatDay, pick, useLang } from '../lang'
import { matterName } from '../region'
import './cases.scss'
import '@/i18n/namespaces/cases'

function StatusText({ s }: { s: AppealStatus }) {
  const { t } = useTranslation('cases')
  switch (s.kind) {
    case 'open':
      return <Text className='cases-appeal__window'>{t('appeal.open', { deadline: s.deadline })}</Text>
    case 'closed':
      return (
        <View className='cases-appeal__window' role='note'>
          {t('appeal.closed', { deadline: s.deadline, decided: s.decisionDate })}
        </View>
      )
    case 'pending':
      return (
        <View>
          <Text className='cases-appeal__window'>{t('appeal.pending', { filed: s.appealedOn, due: s.answerDue })}</Text>
          <Text className='cases-appeal__stands'>{t('appeal.stands')}</Text>
        </View>
      )
    case 'upheld':
      return <Text className='cases-appeal__window'>{t('appeal.upheld')}</Text>
    case 'dismissed':
      return <Text className='cases-appeal__window'>{t('appeal.dismissed')}</Text>
  }
}

export function AppealPanel({ c, today, onChange }: { c: Case; today: IsoDate; onChange: (next: Case) => void }) {
  const { t } = useTranslation('cases')
  const lang = useLang()
  const [grounds, setGrounds] = useState('')
  const [failure, setFailure] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const statuses = appealStatuses(c, today)
  if (statuses.length === 0) return null
  const canFile = statuses.some((s) => s.kind === 'open')

  async function fileAppeal() {
    setFailure(null)
    setBusy(true)
    try {
      onChange(await callWithRetry(api(), 'cases.act', { params: { caseId: c.id }, body: { action: 'appeal', ...(grounds.trim() ? { note: grounds.trim() } : {}) } }))
      setGrounds('')
    } catch (e) {
      setFailure(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='cases-card cases-appeal'>
      <View role='heading' aria-level={2} className='cases-card__title'>
        {t('appeal.heading')}
      </View>
      {statuses.map((s) => {
        const matter = c.matters.find((m) => m.matterId === s.matterId)
        return (
          <View key={s.matterId} className='cases-appeal__matter'>
            <Text className='cases-appeal__name'>
              {matterName(c.regionId, s.matterId, lang)}
              {matter?.decidedAt ? ` · ${t('appeal.decidedOn', { date: formatDay(matter.decidedAt) })}` : ''}
            </Text>
            {matter?.reasons.length ? (
              <View className='cases-appeal__reasons'>
                <Text className='cases-appeal__reasons-title'>{t('appeal.reasons')}</Text>
                {matter.reasons.map((r, i) => (
                  <Text key={i} className='cases-appeal__reason'>
                    • {pick(r, lang)}
                  </Text>
                ))}
              </View>
            ) : null}
            <StatusText s={s} />
          </View>
        )
      })}
      {canFile ? (
        <View className='cases-answer'>
          <Text id='appeal-grounds-label' className='cases-answer__label'>
            {t('appeal.grounds')}
          </Text>
          <Input
            className='cases-input'
            aria-labelledby='appeal-grounds-label'
            placeholder={t('appeal.grounds')}
            value={grounds}
            maxlength={2000}
            onInput={(e) => setGrounds(e.detail.value)}
          />
          <Text className='cases-muted'>{t('appeal.standsMeanwhile')}</Text>
          {failure ? <ErrorNotice error={failure} onRetry={() => void fileAppeal()} /> : null}
          <Button type='primary' block loading={busy} onClick={() => void fileAppeal()}>
            {t('appeal.file')}
          </Button>
        </View>
      ) : null}
    </View>
  )
}
