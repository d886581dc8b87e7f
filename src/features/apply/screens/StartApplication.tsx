import { useEffect, useMemo, useState } from 'react'
import { View, Text, Switch } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { api, type CaseKind, type Employee } from '@/api'
import { useQuery } from '@/hooks/useQuery'
import { ErrorNotice } from '@/components/ErrorNotice'
import { navigate } from '@/lib/navigation'
import { focusable, switchAria } from '@/lib/a11y'
import { regionRegistry } from '@/features/regions'
import { useToday } from '@/hooks/useClock'
import { checkExtensionWindow, LATE_EXTENSION_ADVICE } from '@/domain/forms/extension'
import { citeKey, citeLabel } from '@/domain/regions/sources'
import { citeOf } from '@/content/regions/sources'
import { TALENT_CRITERIA } from '@/domain/eligibility/talentCriteria'
import type { MatterAction, MatterCore } from '@/domain/regions/schema'
import { useDrafts } from '../draftStore'
import { permitValidTo, prefill } from '../model'
import { useApplyText } from '../messages'
import '@/i18n/namespaces/apply'
import '@/i18n/namespaces/eligibility'

const KINDS: readonly CaseKind[] = ['bundle', 'talent_certification', 'permit_change', 'permit_extension', 'permit_cancellation']
const ACTION_OF: Partial<Record<CaseKind, MatterAction>> = { permit_change: 'change', permit_extension: 'extend', permit_cancellation: 'cancel' }

export interface StartParams {
  kind?: string
  criterion?: string
  employeeId?: string
}

/** Radio-like choice row, large enough for a thumb. */
function Choice({ on, label, hint, onPick, disabled }: { on: boolean; label: string; hint?: string; onPick: () => void; disabled?: boolean }) {
  return (
    <View
      role='radio'
      {...focusable}
      aria-checked={on}
      aria-disabled={disabled || undefined}
      aria-label={label}
      className={`apply-choice${on ? ' apply-choice--on' : ''}${disabled ? ' apply-choice--disabled' : ''}`}
      onClick={disabled ? undefined : onPick}
    >
      <Text className='apply-choice__label'>{label}</Text>
      {hint ? <Text className='apply-choice__hint'>{hint}</Text> : null}
    </View>
  )
}

/** HR: pick employee, what to apply for, the bundle and its optional matters; then one form. */
export function StartApplication({ params }: { params: StartParams }) {
  const { t, tt, lang, message } = useApplyText()
  const createDraft = useDrafts((s) => s.create)
  const draftCount = useDrafts((s) => Object.values(s.drafts).filter((d) => !d.caseId).length)
  const employers = useQuery('apply:employers', () => api().call('employers.mine'))
  const employer = employers.data?.employers[0] ?? null
  const employees = useQuery(employer ? `apply:employees:${employer.id}` : null, () => api().call('employees.list', { params: { employerId: employer!.id } }))

  const initialKind = KINDS.includes(params.kind as CaseKind) ? (params.kind as CaseKind) : 'bundle'
  const [kind, setKind] = useState<CaseKind>(initialKind)
  const [employeeId, setEmployeeId] = useState<string | null>(params.employeeId ?? null)
  const [bundleId, setBundleId] = useState<string | null>(null)
  const [optional, setOptional] = useState<Record<string, boolean>>({})
  const [permits, setPermits] = useState<Record<string, boolean>>({})
  const [criterion, setCriterion] = useState<string>(TALENT_CRITERIA.some((c) => c.id === params.criterion) ? params.criterion! : 'c1')
  const [problem, setProblem] = useState(false)

  const region = employer ? regionRegistry.get(employer.regionId) : undefined
  /** "<document>, <article>" of a matter's extension advice. */
  const sourceLabel = (r: typeof region, matterId: string): string => {
    const cite = r ? citeOf(r.id, citeKey.extend(matterId)) : undefined
    return cite && r ? citeLabel(cite, r.seeds, lang) : ''
  }
  const talentMatter = region?.matters.find((m) => m.kind === 'talent_certification')
  const kinds = KINDS.filter((k) => k !== 'talent_certification' || talentMatter)
  const bundles = useMemo(() => region?.bundles ?? [], [region])
  const bundle = bundles.find((b) => b.id === bundleId) ?? null
  const action = ACTION_OF[kind]
  const permitMatters: MatterCore[] = useMemo(
    () => (action ? (region?.matters ?? []).filter((m) => (m.kind === 'work_permit' || m.kind === 'residence_permit') && m.actions.includes(action)) : []),
    [action, region]
  )
  const employee: Employee | undefined = employees.data?.employees.find((e) => e.id === employeeId)
  const today = useToday()

  useEffect(() => {
    if (!bundleId && bundles.length) setBundleId((bundles.find((b) => !b.certifiedTalentOnly) ?? bundles[0]).id)
  }, [bundles, bundleId])

  useEffect(() => {
    if (kind === 'talent_certification' && !talentMatter && employer) setKind('bundle')
  }, [kind, talentMatter, employer])

  const windows = useMemo(
    () =>
      Object.fromEntries(
        permitMatters.map((m) => [
          m.id,
          checkExtensionWindow({ validTo: employee ? permitValidTo(employee, m.kind) : null, today, atLeastDaysBeforeExpiry: m.extendAtLeastDaysBeforeExpiry })
        ])
      ),
    [permitMatters, employee, today]
  )

  const chosenMatters = (): { matterId: string; action: string }[] => {
    if (kind === 'bundle' && bundle)
      return bundle.matters.filter((m) => m.required || optional[m.matterId]).map((m) => ({ matterId: m.matterId, action: defaultAction(m.matterId) }))
    if (kind === 'talent_certification' && talentMatter) return [{ matterId: talentMatter.id, action: 'apply' }]
    if (action) return permitMatters.filter((m) => permits[m.id]).map((m) => ({ matterId: m.id, action }))
    return []
  }
  const defaultAction = (matterId: string) => regionRegistry.matter(region?.id ?? '', matterId)?.actions[0] ?? 'issue'

  const refused = kind === 'permit_extension' ? permitMatters.filter((m) => permits[m.id] && !windows[m.id]?.ok) : []

  const start = () => {
    const matters = chosenMatters()
    if (!employer || !employee || matters.length === 0 || refused.length > 0) {
      setProblem(true)
      return
    }
    const extra: Record<string, string> = kind === 'talent_certification' ? { 'talent.criterion': criterion } : {}
    const draft = createDraft({
      kind,
      regionId: employer.regionId,
      bundleId: kind === 'bundle' ? (bundle?.id ?? null) : null,
      employeeId: employee.id,
      employeeName: employee.name,
      applicantUserId: employee.userId,
      matters,
      criterion: kind === 'talent_certification' ? criterion : null,
      values: prefill(employee, employer, lang, extra)
    })
    navigate('applyForm', { draftId: draft.id })
  }

  if (employers.error) return <ErrorNotice error={employers.error} onRetry={employers.reload} />

  return (
    <View className='apply-start'>
      <View role='heading' aria-level={1} className='apply-form__title'>
        {t('start.heading')}
      </View>
      <Text className='apply-form__intro'>{t('start.intro')}</Text>
      {draftCount > 0 ? (
        <View className='apply-start__drafts' role='link' {...focusable} onClick={() => navigate('applyDrafts')}>
          {t('start.resume', { count: draftCount })}
        </View>
      ) : null}
      {employers.loading ? <Text className='apply-form__hint'>{t('common:status.loading')}</Text> : null}
      {employer ? <Text className='apply-form__who'>{`${t('start.employer')}: ${employer.name[lang]}`}</Text> : null}

      <View role='heading' aria-level={2} className='apply-form__section' id='apply-employee'>
        {t('start.employee')}
      </View>
      {employees.error ? <ErrorNotice error={employees.error} onRetry={employees.reload} /> : null}
      {employees.data && employees.data.employees.length === 0 ? <Text className='apply-form__hint'>{t('start.noEmployees')}</Text> : null}
      <View role='radiogroup' aria-labelledby='apply-employee' className='apply-start__list'>
        {employees.data?.employees.map((e) => (
          <Choice
            key={e.id}
            on={employeeId === e.id}
            label={`${e.name} · ${e.nationality}`}
            hint={`${e.position} · ${e.workPermit ? t('start.permitUntil', { date: e.workPermit.validTo }) : t('start.noPermit')}`}
            onPick={() => setEmployeeId(e.id)}
          />
        ))}
      </View>

      <View role='heading' aria-level={2} className='apply-form__section' id='apply-kind'>
        {t('start.kind')}
      </View>
      <View role='radiogroup' aria-labelledby='apply-kind' className='apply-start__list'>
        {kinds.map((k) => (
          <Choice
            key={k}
            on={kind === k}
            label={tt(`apply:start.kinds.${k}`)}
            hint={tt(`apply:start.kindHints.${k}`, { days: permitMatters[0]?.extendAtLeastDaysBeforeExpiry ?? 30 })}
            onPick={() => setKind(k)}
          />
        ))}
      </View>

      {kind === 'bundle' && bundles.length > 0 ? (
        <>
          <View role='heading' aria-level={2} className='apply-form__section' id='apply-bundle'>
            {t('start.bundle')}
          </View>
          <View role='radiogroup' aria-labelledby='apply-bundle' className='apply-start__list'>
            {bundles.map((b) => (
              <Choice
                key={b.id}
                on={bundleId === b.id}
                label={b.name[lang]}
                hint={b.certifiedTalentOnly ? t('start.certifiedOnly') : undefined}
                onPick={() => setBundleId(b.id)}
              />
            ))}
          </View>
          {bundle ? (
            <>
              <View role='heading' aria-level={2} className='apply-form__section'>
                {t('start.matters')}
              </View>
              {bundle.matters.map((m) => {
                const matter = regionRegistry.matter(region!.id, m.matterId)
                const labelId = `matter-${m.matterId}`
                return (
                  <View key={m.matterId} className='apply-start__matter'>
                    <View className='apply-start__matter-text'>
                      <Text id={labelId} className='apply-choice__label'>
                        {matter?.name[lang] ?? m.matterId}
                      </Text>
                      <Text className='apply-choice__hint'>{m.required ? t('start.required') : t('start.optional')}</Text>
                    </View>
                    <Switch
                      {...switchAria({ 'aria-labelledby': labelId })}
                      checked={m.required || !!optional[m.matterId]}
                      disabled={m.required}
                      onChange={(e) => setOptional({ ...optional, [m.matterId]: e.detail.value })}
                    />
                  </View>
                )
              })}
            </>
          ) : null}
        </>
      ) : null}

      {kind === 'talent_certification' ? (
        <>
          <View role='heading' aria-level={2} className='apply-form__section' id='apply-criterion'>
            {t('start.criterion')}
          </View>
          <View role='radiogroup' aria-labelledby='apply-criterion' className='apply-start__list'>
            {TALENT_CRITERIA.map((c) => (
              <Choice
                key={c.id}
                on={criterion === c.id}
                label={tt(`eligibility:${c.titleKey}`)}
                hint={tt(`eligibility:${c.textKey}`)}
                onPick={() => setCriterion(c.id)}
              />
            ))}
          </View>
        </>
      ) : null}

      {action ? (
        <>
          <View role='heading' aria-level={2} className='apply-form__section'>
            {t('start.permits')}
          </View>
          {permitMatters.map((m) => {
            const labelId = `permit-${m.id}`
            const window = windows[m.id]
            return (
              <View key={m.id} className='apply-start__matter'>
                <View className='apply-start__matter-text'>
                  <Text id={labelId} className='apply-choice__label'>
                    {m.name[lang]}
                  </Text>
                  {kind === 'permit_extension' && employee && window ? (
                    window.ok && window.late ? (
                      // Advice, not a block: the seeds set no cut-off; the source (a national rule) is named.
                      <View className='apply-field__advice' role='status'>
                        {message({
                          code: LATE_EXTENSION_ADVICE,
                          params: {
                            days: m.extendAtLeastDaysBeforeExpiry ?? 0,
                            lastDay: window.lastDay,
                            source: sourceLabel(region, m.id)
                          }
                        })}
                      </View>
                    ) : window.ok ? (
                      <Text className='apply-choice__hint'>{t('start.extensionOpen', { date: window.lastDay, count: window.daysLeft })}</Text>
                    ) : (
                      <View className='apply-field__error' role='alert'>
                        {message({ code: window.reason, params: { days: m.extendAtLeastDaysBeforeExpiry ?? 0, lastDay: window.lastDay ?? '' } })}
                      </View>
                    )
                  ) : null}
                </View>
                <Switch
                  {...switchAria({ 'aria-labelledby': labelId })}
                  checked={!!permits[m.id]}
                  onChange={(e) => setPermits({ ...permits, [m.id]: e.detail.value })}
                />
              </View>
            )
          })}
        </>
      ) : null}

      {problem && (chosenMatters().length === 0 || !employee) ? (
        <View className='apply-field__error' role='alert'>
          {t('start.choose')}
        </View>
      ) : null}
      <Button type='primary' block disabled={!employer || refused.length > 0} onClick={start}>
        {t('start.start')}
      </Button>
    </View>
  )
}
