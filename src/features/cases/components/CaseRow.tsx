import { Text } from '@tarojs/components'
import { PlainBox } from '@/components/PlainBox'
import { useTranslation } from 'react-i18next'
import { navigate } from '@/lib/navigation'
import type { CaseRowData } from '../dashboard'
import { StatusBadge } from './StatusBadge'
import './cases.scss'
import { focusable } from '../a11y'
import '@/i18n/namespaces/cases'

/** One case in a list: who, what, status, the clock; opens the detail. Fixed height (virtual list). */
export function CaseRow({ row }: { row: CaseRowData }) {
  const { t } = useTranslation('cases')
  const flags = [row.overdue ? t('row.overdue') : null, row.needsAction ? t(`next.${row.action}.title`) : null].filter(Boolean).join(' · ')
  const clock = row.paused ? t('row.paused') : row.dueDate ? t('row.due', { date: row.dueDate, count: row.workingDaysLeft ?? 0 }) : ''
  return (
    <PlainBox
      role='link'
      {...focusable}
      className={`cases-row${row.overdue ? ' cases-row--overdue' : ''}`}
      onClick={() => navigate('caseDetail', { id: row.id })}
    >
      <PlainBox className='cases-row__top'>
        <Text className='cases-row__name'>{row.applicantName}</Text>
        <StatusBadge status={row.status} />
      </PlainBox>
      <Text className='cases-row__title'>{row.title}</Text>
      <Text className='cases-row__meta'>{[flags, clock].filter(Boolean).join(' · ') || row.id}</Text>
    </PlainBox>
  )
}
