/**
 * A rejection: the written reasons, and what the matter's right (src/domain/case/appealRight.ts) allows,
 * with its source named. Beihai talent certification (beihai-2023 art. 13): the employer may appeal within
 * the window of working days (after that the action is gone, and we say why), answered within the days the
 * source gives, the original decision standing meanwhile. A residence-permit refusal is final by law; other
 * matters have no appeal in the documents. The numbers come from the right, not from the text.
 */
import { useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { api, callWithRetry, type Case } from '@/api'
import { appealStatuses, type AppealStatus } from '@/domain/case/stages'
import { mayAsk, type SourceRef } from '@/domain/case/appealRight'
import type { ActorRole } from '@/domain/case/stateMachine'
import type { IsoDate } from '@/domain/time/beijing'
import { ErrorNotice } from '@/components/ErrorNotice'
import { formatDay, pick, useLang } from '../lang'
import { matterName } from '../region'
import './cases.scss'
import '@/i18n/namespaces/cases'

/** 'Source: <document>, art. <n>' in the user's language. */
function SourceLine({ source }: { source: SourceRef }) {
  const { t } = useTranslation(['cases', 'common'])
  const ref = t('common:sources.ref', { document: t(`common:sources.documents.${source.document}`), article: source.article })
  return <Text className='cases-appeal__source'>{t('cases:appeal.source', { source: ref })}</Text>
}

function StatusText({ s, actor }: { s: AppealStatus; actor: ActorRole }) {
  const { t } = useTranslation('cases')
  switch (s.kind) {
    case 'open':
      return (
        <View>
          <Text className='cases-appeal__window'>
            {t(mayAsk(s.right, actor) || s.right.whoAsks !== 'employer' ? 'appeal.open' : 'appeal.openEmployer', { deadline: s.deadline, days: s.right.windowWorkingDays })}
          </Text>
          <SourceLine source={s.right.source} />
        </View>
      )
    case 'closed':
      return (
        <View className='cases-appeal__window' role='note'>
          <Text>{t('appeal.closed', { deadline: s.deadline, decided: s.decisionDate, days: s.right.windowWorkingDays })}</Text>
          <SourceLine source={s.right.source} />
        </View>
      )
    case 'pending':
      return (
        <View>
          <Text className='cases-appeal__window'>{t('appeal.pending', { filed: s.appealedOn, due: s.answerDue, days: s.right.answerDays })}</Text>
          <Text className='cases-appeal__stands'>{t('appeal.stands')}</Text>
          <SourceLine source={s.right.source} />
        </View>
      )
    case 'upheld':
      return <Text className='cases-appeal__window'>{t('appeal.upheld')}</Text>
    case 'dismissed':
      return <Text className='cases-appeal__window'>{t('appeal.dismissed')}</Text>
    case 'final':
      return (
        <View className='cases-appeal__window' role='note'>
          <Text>{t('appeal.final')}</Text>
          <SourceLine source={s.law} />
        </View>
      )
    case 'none':
      return (
        <View className='cases-appeal__window' role='note'>
          {t('appeal.none')}
        </View>
      )
  }
}

export function AppealPanel({ c, today, actor, onChange }: { c: Case; today: IsoDate; actor: ActorRole; onChange: (next: Case) => void }) {
  const { t } = useTranslation('cases')
  const lang = useLang()
  const [grounds, setGrounds] = useState('')
  const [failure, setFailure] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const statuses = appealStatuses(c, today)
  if (statuses.length === 0) return null
  const canFile = statuses.some((s) => s.kind === 'open' && mayAsk(s.right, actor))
  const reviewable = statuses.some((s) => s.kind !== 'final' && s.kind !== 'none')

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
        {reviewable ? t('appeal.heading') : t('appeal.headingDecision')}
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
            <StatusText s={s} actor={actor} />
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
