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

export function StatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation('cases')
  return <Text className={`cases-badge cases-badge--${TONE[status]}`}>{t(`status.${status}`)}</Text>
}
