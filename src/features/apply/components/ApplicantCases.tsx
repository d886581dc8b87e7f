import { useState } from 'react'
import { View, Text, Switch } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { api, ApiError, type Case, type CaseSummary } from '@/api'
import { useQuery } from '@/hooks/useQuery'
import { ErrorNotice } from '@/components/ErrorNotice'
import { regionRegistry } from '@/features/regions'
import { fieldsFor, validateCaseForm, type FormErrors } from '@/domain/forms/caseForm'
import type { MatterKind } from '@/domain/regions/schema'
import { today } from '@/domain/time/now'
import { useApplyText } from '../messages'
import { switchAria } from '@/lib/a11y'
import { ConsentGate } from '@/features/privacy'
import { CommitmentText } from './CommitmentText'
import { FieldInput } from './FieldInput'
import '@/i18n/namespaces/apply'

/** The applicant: cases filed for them, the sections HR left to them, and the commitment to sign. */
export function ApplicantCases() {
  const { t } = useApplyText()
  const list = useQuery('apply:mine', () => api().call('cases.list'))
  return (
    <View className='apply-start'>
      <View role='heading' aria-level={1} className='apply-form__title'>
        {t('applicant.heading')}
      </View>
      <Text className='apply-form__intro'>{t('applicant.intro')}</Text>
      {list.error ? <ErrorNotice error={list.error} onRetry={list.reload} /> : null}
      {list.loading ? <Text className='apply-form__hint'>{t('common:status.loading')}</Text> : null}
      {list.data && list.data.items.length === 0 ? <Text className='apply-form__hint'>{t('applicant.empty')}</Text> : null}
      {list.data?.items.map((c) => <ApplicantCase key={c.id} summary={c} />)}
    </View>
  )
}

function ApplicantCase({ summary }: { summary: CaseSummary }) {
  const { t, tt, lang } = useApplyText()
  const detail = useQuery(`apply:case:${summary.id}`, () => api().call('cases.get', { params: { caseId: summary.id } }))
  const [open, setOpen] = useState(false)
  const kase = detail.data
  const names = summary.matters.map((m) => regionRegistry.matter(summary.regionId, m.matterId)?.name[lang] ?? m.matterId).join(' · ')
  const todo = kase && kase.status === 'draft' ? kase.delegatedSections : []
  return (
    <View className='apply-card' role='group' aria-label={`${tt(`apply:start.kinds.${summary.kind}`)} ${summary.reference}`}>
      <Text className='apply-card__title'>{tt(`apply:start.kinds.${summary.kind}`)}</Text>
      <Text className='apply-card__meta'>{`${summary.reference} · ${names}`}</Text>
      <Text className='apply-card__meta'>{t('applicant.status', { status: tt(`apply:statuses.${summary.status}`) })}</Text>
      {detail.error ? <ErrorNotice error={detail.error} onRetry={detail.reload} /> : null}
      {todo.length > 0 ? (
        <>
          <Text className='apply-review__warn'>{t('applicant.todo', { sections: todo.map((s) => tt(`apply:review.sections.${s}`)).join(', ') })}</Text>
          {open && kase ? (
            <ConsentGate headingLevel={3}>
              <DelegatedForm kase={kase} onSaved={detail.reload} />
            </ConsentGate>
          ) : (
            <Button size='small' type='primary' onClick={() => setOpen(true)}>
              {t('applicant.complete')}
            </Button>
          )}
        </>
      ) : null}
      {kase ? <Commitment kase={kase} onSigned={detail.reload} /> : null}
    </View>
  )
}

function DelegatedForm({ kase, onSaved }: { kase: Case; onSaved: () => void }) {
  const { t } = useApplyText()
  const kinds = kase.matters.map((m) => m.kind as MatterKind)
  const actions = kase.matters.map((m) => m.action)
  const fields = fieldsFor(kinds, actions).filter((f) => kase.delegatedSections.includes(f.section))
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f.path, typeof kase.form[f.path] === 'string' && !String(kase.form[f.path]).includes('*') ? String(kase.form[f.path]) : '']))
  )
  const [errors, setErrors] = useState<FormErrors>({})
  const [failure, setFailure] = useState<unknown>(null)
  const [saved, setSaved] = useState(false)
  const [busy, setBusy] = useState(false)

  const save = async () => {
    const all = validateCaseForm(values, kinds, today(), actions)
    const mine = Object.fromEntries(Object.entries(all).filter(([path]) => fields.some((f) => f.path === path)))
    setErrors(mine)
    setSaved(false)
    if (Object.keys(mine).length) return
    setBusy(true)
    setFailure(null)
    try {
      await api().call('cases.update', { params: { caseId: kase.id }, body: { form: values } })
      setSaved(true)
      onSaved()
    } catch (e) {
      if (e instanceof ApiError && Object.keys(e.fields).length) setErrors(e.fields)
      else setFailure(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='apply-form__fields'>
      {fields.map((f) => (
        <FieldInput
          key={f.path}
          field={f}
          value={values[f.path] ?? ''}
          error={errors[f.path]}
          focus={false}
          onChange={(v) => setValues({ ...values, [f.path]: v })}
        />
      ))}
      {failure ? <ErrorNotice error={failure} onRetry={() => void save()} /> : null}
      {saved ? <Text className='apply-form__ok'>{t('applicant.savedOk')}</Text> : null}
      <Button type='primary' loading={busy} disabled={busy} onClick={() => void save()}>
        {t('applicant.save')}
      </Button>
    </View>
  )
}

function Commitment({ kase, onSigned }: { kase: Case; onSigned: () => void }) {
  const { t } = useApplyText()
  const [agreed, setAgreed] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  if (kase.commitmentSignedAt) return <Text className='apply-form__ok'>{`${t('applicant.signed')} · ${kase.commitmentSignedAt.slice(0, 10)}`}</Text>
  const sign = async () => {
    setBusy(true)
    setFailure(null)
    try {
      await api().call('cases.act', { params: { caseId: kase.id }, body: { action: 'sign_commitment' } })
      onSigned()
    } catch (e) {
      setFailure(e)
    } finally {
      setBusy(false)
    }
  }
  const labelId = `agree-${kase.id}`
  return (
    <View className='apply-review__card'>
      <View role='heading' aria-level={3} className='apply-review__heading'>
        {t('review.commitment')}
      </View>
      <CommitmentText />
      <View className='apply-review__toggle'>
        <Text id={labelId}>{t('applicant.agree')}</Text>
        <Switch {...switchAria({ 'aria-labelledby': labelId })} checked={agreed} onChange={(e) => setAgreed(e.detail.value)} />
      </View>
      {failure ? <ErrorNotice error={failure} onRetry={() => void sign()} /> : null}
      <Button type='primary' disabled={!agreed || busy} loading={busy} onClick={() => void sign()}>
        {t('applicant.sign')}
      </Button>
    </View>
  )
}
