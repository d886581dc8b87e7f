import { memo } from 'react'
import { Text } from '@tarojs/components'
import { PlainBox } from '@/components/PlainBox'
import type { TFunction } from 'i18next'
import { navigate } from '@/lib/navigation'
import type { CaseRowData } from '../dashboard'
import { StatusBadgeLabel } from './StatusBadge'
import './cases.scss'
import { focusable } from '../a11y'
import '@/i18n/namespaces/cases'

/**
 * One case in a list: who, what, status, the clock; opens the detail. Fixed height (virtual list).
 * Memoised: a row's data never changes once built, so rows still in view when the list scrolls, or when
 * another page of cases arrives, are not drawn again. The list translates for its rows (`t`, changed with
 * the language): a hook per row subscribed to the language and unsubscribed again for every row that
 * scrolled in and out.
 */
export const CaseRow = memo(function CaseRow({ row, t }: { row: CaseRowData; t: TFunction<'cases'> }) {
  const flags = [row.overdue ? t('row.overdue') : null, row.needsAction ? t(`next.${row.action}.title`) : null].filter(Boolean).join(' · ')
  const clock = row.paused
    ? t('row.paused')
    : !row.dueDate
      ? ''
      : row.overdue
        ? row.workingDaysOverdue > 0
          ? t('row.overdueBy', { date: row.dueDate, count: row.workingDaysOverdue })
          : t('row.overdueSince', { date: row.dueDate })
        : t('row.due', { date: row.dueDate, count: row.workingDaysLeft ?? 0 })
  return (
    <PlainBox
      role='link'
      {...focusable}
      className={`cases-row${row.overdue ? ' cases-row--overdue' : ''}`}
      onClick={() => navigate('caseDetail', { id: row.id })}
    >
      <PlainBox className='cases-row__top'>
        <Text className='cases-row__name'>{row.applicantName}</Text>
        <StatusBadgeLabel status={row.status} label={t(`status.${row.status}`)} />
      </PlainBox>
      <Text className='cases-row__title'>{row.title}</Text>
      <Text className='cases-row__meta'>{[flags, clock].filter(Boolean).join(' · ') || row.reference}</Text>
    </PlainBox>
  )
})
