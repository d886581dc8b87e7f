/** The dashboard's case list over plain rows: windowed, so thousands of cases stay smooth. */
import { Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import type { CaseRowData } from '../dashboard'
import { VirtualList } from './VirtualList'
import { CaseRow } from './CaseRow'
import './cases.scss'
import '@/i18n/namespaces/cases'

/** Row height in px (the CSS of .cases-row fits inside it). */
export const CASE_ROW_HEIGHT = 96

export function CaseTable({ rows, height = 560 }: { rows: readonly CaseRowData[]; height?: number }) {
  const { t } = useTranslation('cases')
  if (rows.length === 0) return <Text className='cases-card cases-muted'>{t('dashboard.noCases')}</Text>
  return (
    <VirtualList
      className='cases-table'
      items={rows}
      rowHeight={CASE_ROW_HEIGHT}
      height={Math.min(height, rows.length * CASE_ROW_HEIGHT)}
      keyOf={(r) => r.id}
      renderRow={(r) => <CaseRow row={r} t={t} />}
      label={t('dashboard.casesList', { count: rows.length })}
    />
  )
}
