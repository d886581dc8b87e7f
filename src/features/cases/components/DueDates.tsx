/** Promised and legal due dates, working days left, overdue; the clock runs from the day after acceptance. */
import { View, Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import type { DueSummary } from '@/domain/case/stages'
import type { CaseClock } from '@/domain/time/clock'
import './cases.scss'
import '@/i18n/namespaces/cases'

function ClockLine({ label, clock, stopped }: { label: string; clock: CaseClock; stopped: boolean }) {
  const { t } = useTranslation(['cases', 'common'])
  let state: string
  if (stopped) state = clock.overdue ? t('due.decidedLate') : t('due.decidedInTime')
  else if (clock.paused) state = t('due.paused')
  else if (clock.overdue) state = t('due.overdue')
  else state = t('due.left', { days: t('common:count.workingDays', { count: clock.workingDaysLeft }) })
  return (
    <View role='group' className={`cases-due__row${clock.overdue ? ' cases-due__row--overdue' : ''}`} aria-label={`${label}: ${clock.dueDate}. ${state}`}>
      <Text className='cases-due__label'>{label}</Text>
      <Text className='cases-due__date'>{clock.dueDate}</Text>
      <Text className='cases-due__state'>{state}</Text>
      {clock.provisional ? <Text className='cases-due__note'>{t('due.provisional')}</Text> : null}
    </View>
  )
}

export function DueDates({ due, note, source }: { due: DueSummary; note: string; source?: React.ReactNode }) {
  const { t } = useTranslation('cases')
  const { promisedDays, legalDays } = due.limits
  return (
    <View className='cases-card'>
      <View role='heading' aria-level={2} className='cases-card__title'>
        {t('due.heading')}
      </View>
      {promisedDays || legalDays ? (
        <Text className='cases-muted'>
          {[promisedDays ? t('due.promisedLimit', { count: promisedDays }) : null, legalDays ? t('due.legalLimit', { count: legalDays }) : null].filter(Boolean).join(' · ')}
        </Text>
      ) : (
        <Text className='cases-muted'>{t('due.noLimit')}</Text>
      )}
      {!due.started ? (
        <Text className='cases-due__pending'>{t('due.notStarted')}</Text>
      ) : (
        <View>
          <Text className='cases-muted'>{t('due.acceptedOn', { date: due.acceptedOn })}</Text>
          {due.promised ? <ClockLine label={t('due.promised')} clock={due.promised} stopped={!!due.stoppedOn} /> : null}
          {due.legal ? <ClockLine label={t('due.legal')} clock={due.legal} stopped={!!due.stoppedOn} /> : null}
          {(due.promised ?? due.legal)?.paused ? <Text className='cases-due__note'>{t('due.pauseRule')}</Text> : null}
        </View>
      )}
      {note ? <Text className='cases-due__source'>{note}</Text> : null}
      {source}
    </View>
  )
}
