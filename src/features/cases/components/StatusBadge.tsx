import { Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import type { CaseStatus } from '@/api'
import './cases.scss'
import '@/i18n/namespaces/cases'

const TONE: Record<CaseStatus, 'neutral' | 'info' | 'warn' | 'good' | 'bad'> = {
  draft: 'neutral',
  action_needed: 'warn',
  in_progress: 'info',
  ready_for_pickup: 'good',
  issued: 'good',
  partly_rejected: 'bad',
  rejected: 'bad',
  withdrawn: 'neutral'
}

/** The badge with its words given: for a list that translates once for all its rows (CaseRow). */
export function StatusBadgeLabel({ status, label }: { status: CaseStatus; label: string }) {
  return <Text className={`cases-badge cases-badge--${TONE[status]}`}>{label}</Text>
}

export function StatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation('cases')
  return <StatusBadgeLabel status={status} label={t(`status.${status}`)} />
}
