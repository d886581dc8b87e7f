/**
 * HR dashboard: all the employer's cases and employees; filter by status, overdue, needs action and
 * permits expiring within 90/60/30 days; search by name. A permit close to expiry offers "extend".
 */
import { useMemo, useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { api, type CaseStatus, type CaseSummary, type Employee } from '@/api'
import { ErrorNotice } from '@/components/ErrorNotice'
import { useQuery } from '@/hooks/useQuery'
import { navigate } from '@/lib/navigation'
import { useSession } from '@/stores/session'
import { useLang } from '../lang'
import { useToday } from '@/hooks/useClock'
import { caseTitle, limitsForCase } from '../region'
import { buildCaseRows, EXPIRY_WINDOWS, filterCaseRows, filterEmployees, NO_FILTERS, OFFER_EXTENSION_WITHIN_DAYS, type CaseRowData, type DashboardFilters } from '../dashboard'
import { useAllCases } from '../useAllCases'
import { CaseTable } from '../components/CaseTable'
import { InboxLink } from './Inbox'
import '../components/cases.scss'
import { focusable } from '../a11y'
import '@/i18n/namespaces/cases'

const STATUSES: readonly (CaseStatus | 'all')[] = ['all', 'action_needed', 'in_progress', 'ready_for_pickup', 'issued', 'rejected', 'partly_rejected', 'draft', 'withdrawn']

function Chip({ on, label, onClick }: { on: boolean; label: string; onClick: () => void }) {
  return (
    <View role='checkbox' {...focusable} aria-checked={on} className={`cases-chip${on ? ' cases-chip--on' : ''}`} onClick={onClick}>
      {label}
    </View>
  )
}

function EmployeeRow({ employee, days, validTo }: { employee: Employee; days: number | null; validTo: string | null }) {
  const { t } = useTranslation('cases')
  const expiring = days !== null && days >= 0 && days <= OFFER_EXTENSION_WITHIN_DAYS
  return (
    <View role='listitem' className={`cases-employee${expiring ? ' cases-employee--expiring' : ''}`}>
      <View className='cases-employee__text'>
        <Text className='cases-row__name'>
          {employee.name} · {employee.nationality}
        </Text>
        <Text className='cases-row__meta'>
          {employee.position}
          {validTo ? ` · ${days !== null && days < 0 ? t('dashboard.expired', { date: validTo }) : t('dashboard.expiresIn', { date: validTo, count: days ?? 0 })}` : ` · ${t('dashboard.noPermit')}`}
        </Text>
      </View>
      {expiring ? (
        <Button size='small' type='primary' onClick={() => navigate('applyStart', { kind: 'permit_extension', employeeId: employee.id })}>
          {t('dashboard.extend', { name: employee.name })}
        </Button>
      ) : null}
    </View>
  )
}

export function Dashboard() {
  const { t } = useTranslation(['cases', 'common'])
  const lang = useLang()
  const user = useSession((s) => s.user)
  const employerId = user?.role === 'hr' ? user.employerId : null
  const cases = useAllCases(employerId ? `dashboard-cases:${employerId}` : null)
  const employees = useQuery(employerId ? `dashboard-employees:${employerId}` : null, () => api().call('employees.list', { params: { employerId: employerId! } }))
  const [filters, setFilters] = useState<DashboardFilters>(NO_FILTERS)
  const today = useToday()

  // Rows are built once per page as pages arrive; employees, the day or the language rebuild them all.
  const employeeList = employees.data?.employees
  const rowsOfPage = useMemo(() => {
    const built = new WeakMap<readonly CaseSummary[], CaseRowData[]>()
    const describe = { title: (c: CaseSummary) => caseTitle(c, lang), limits: limitsForCase }
    return (page: readonly CaseSummary[]) => {
      let pageRows = built.get(page)
      if (!pageRows) {
        pageRows = buildCaseRows(page, employeeList ?? [], today, describe)
        built.set(page, pageRows)
      }
      return pageRows
    }
  }, [employeeList, today, lang])
  const rows = useMemo(() => cases.pages.flatMap(rowsOfPage), [cases.pages, rowsOfPage])
  const shownRows = useMemo(() => filterCaseRows(rows, filters), [rows, filters])
  const shownEmployees = useMemo(() => filterEmployees(employees.data?.employees ?? [], filters, today), [employees.data, filters, today])
  const set = (patch: Partial<DashboardFilters>) => setFilters((f) => ({ ...f, ...patch }))

  if (!user || user.role !== 'hr') {
    return (
      <View className='cases-page'>
        <View role='heading' aria-level={1} className='cases-header__title'>
          {t('dashboard.heading')}
        </View>
        <Text className='cases-muted'>{t('dashboard.hrOnly')}</Text>
        {!user ? (
          <Button type='primary' onClick={() => navigate('signIn')}>
            {t('common:actions.signIn')}
          </Button>
        ) : null}
      </View>
    )
  }

  return (
    <View className='cases-page'>
      <View className='cases-header'>
        <View role='heading' aria-level={1} className='cases-header__title'>
          {t('dashboard.heading')}
        </View>
        <InboxLink />
      </View>

      <View className='cases-card'>
        <Input className='cases-input' aria-label={t('dashboard.search')} placeholder={t('dashboard.search')} value={filters.q} onInput={(e) => set({ q: e.detail.value })} />
        <Text className='cases-filter__label'>{t('dashboard.statusFilter')}</Text>
        <View className='cases-chips' role='radiogroup' aria-label={t('dashboard.statusFilter')}>
          {STATUSES.map((s) => (
            <View key={s} role='radio' {...focusable} aria-checked={filters.status === s} className={`cases-chip${filters.status === s ? ' cases-chip--on' : ''}`} onClick={() => set({ status: s })}>
              {s === 'all' ? t('dashboard.all') : t(`status.${s}`)}
            </View>
          ))}
        </View>
        <View className='cases-chips'>
          <Chip on={filters.overdue} label={t('dashboard.overdue')} onClick={() => set({ overdue: !filters.overdue })} />
          <Chip on={filters.needsAction} label={t('dashboard.needsAction')} onClick={() => set({ needsAction: !filters.needsAction })} />
        </View>
        <Text className='cases-filter__label'>{t('dashboard.expiringFilter')}</Text>
        <View className='cases-chips' role='radiogroup' aria-label={t('dashboard.expiringFilter')}>
          {[null, ...EXPIRY_WINDOWS].map((w) => (
            <View key={String(w)} role='radio' {...focusable} aria-checked={filters.expiring === w} className={`cases-chip${filters.expiring === w ? ' cases-chip--on' : ''}`} onClick={() => set({ expiring: w })}>
              {w === null ? t('dashboard.any') : t('dashboard.within', { count: w })}
            </View>
          ))}
        </View>
      </View>

      <View className='cases-card'>
        <View role='heading' aria-level={2} className='cases-card__title'>
          {t('dashboard.employees', { count: shownEmployees.length })}
        </View>
        {employees.error ? <ErrorNotice error={employees.error} onRetry={employees.reload} /> : null}
        <View role='list' aria-label={t('dashboard.employees', { count: shownEmployees.length })}>
          {shownEmployees.map((r) => (
            <EmployeeRow key={r.employee.id} employee={r.employee} days={r.expiry?.days ?? null} validTo={r.expiry?.validTo ?? null} />
          ))}
        </View>
        {employees.data && shownEmployees.length === 0 ? <Text className='cases-muted'>{t('dashboard.noEmployees')}</Text> : null}
      </View>

      <View className='cases-card'>
        <View role='heading' aria-level={2} className='cases-card__title'>
          {t('dashboard.cases', { count: shownRows.length, total: rows.length })}
        </View>
        {cases.error ? <ErrorNotice error={cases.error} onRetry={cases.reload} /> : null}
        {cases.loading && cases.total === null ? <Text className='cases-muted'>{t('common:status.loading')}</Text> : null}
        {cases.total !== null && !cases.complete && cases.loading ? (
          <View role='status' className='cases-muted'>
            {t('dashboard.loadingMore', { loaded: rows.length, total: cases.total })}
          </View>
        ) : null}
        {cases.total !== null ? <CaseTable rows={shownRows} /> : null}
      </View>
    </View>
  )
}
