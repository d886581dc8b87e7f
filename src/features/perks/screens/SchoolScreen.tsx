import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { api, callWithRetry, type SchoolApplication } from '@/api'
import { ErrorNotice } from '@/components/ErrorNotice'
import { UnreadableNotice, useConsentGate } from '@/features/privacy'
import { useQuery } from '@/hooks/useQuery'
import { useSession } from '@/stores/session'
import { langOf, perkOfKind, pick } from '../content'
import { perkEntitlement } from '../entitlement'
import { schoolWindow, schoolWindowSettings, type SchoolWindowStatus } from '../schoolWindow'
import { SCHOOL_DRAFT_STORAGE_KEY, useSchoolDraft, type ChildDraft, type ParentDraft } from '../schoolDraft'
import { schoolApplyBody, validateSchoolDraft, type SchoolFormErrors } from '../schoolForm'
import { pickPhoto, PhotoPickRefused, PhotoPickUnsupported } from '@/lib/pickPhoto'
import { useCertificateMine } from '../useCertificateMine'
import { usePerks } from '../usePerks'
import { useToday } from '../useToday'
import { CertificateBanner } from '../components/CertificateBanner'
import { Field, SexChoice } from '../components/Field'
import { PerkContacts } from '../components/PerkContacts'
import { ActionOutcome } from '../components/RefusalNotice'
import { RulesList } from '../components/RulesList'
import { focusable } from '../a11y'
import '../components/perks.scss'
import '@/i18n/namespaces/perks'
import { PerkNotFound } from '../components/PerkNotFound'

const parentFields: (keyof ParentDraft)[] = ['name', 'sex', 'passportNumber', 'employer', 'position', 'phone', 'employerAddress', 'homeAddress']
const childFields: Exclude<keyof ChildDraft, 'key' | 'sex'>[] = ['name', 'birthMonth', 'currentSchool', 'currentGrade', 'schoolApplied', 'gradeApplied']

export function SchoolScreen() {
  const { t, i18n } = useTranslation(['perks', 'common'])
  const lang = langOf(i18n.language)
  const user = useSession((s) => s.user)
  const { perks } = usePerks()
  const view = perkOfKind(perks, 'school')
  const today = useToday()
  const admission = schoolWindow(today, schoolWindowSettings(view?.perk.settings))

  if (!view) {
    return <PerkNotFound />
  }

  return (
    <View className='perk-page'>
      <View role='heading' aria-level={1} className='perk-page__title'>
        {pick(view.perk.name, lang)}
      </View>
      <Text className='perk-page__intro'>{t('school.intro')}</Text>
      <WindowBanner admission={admission} />
      {user?.role === 'hr' ? <HrApplications /> : <ApplicantSchool admission={admission} today={today} checklist={view.checklist.map((c) => pick(c, lang))} />}
      <View className='perk-card'>
        <RulesList rules={view.rules} initial={3} cite={view.rulesCite} regionId={view.regionId} />
        <PerkContacts perk={view.perk} offices={view.offices} />
      </View>
    </View>
  )
}

function WindowBanner({ admission }: { admission: SchoolWindowStatus }) {
  const { t } = useTranslation('perks')
  return (
    <View className={`perk-banner ${admission.open ? 'perk-banner--ok' : 'perk-banner--info'}`} role='status'>
      <Text className='perk-banner__text'>
        {admission.open
          ? t('school.open', { date: admission.closesOn, count: admission.daysLeft })
          : t('school.closed', { date: admission.opensOn, count: admission.daysUntilOpen })}
      </Text>
      <Text className='perk-banner__hint'>{t('school.forward', { date: admission.forwardBy })}</Text>
      <Text className='perk-banner__hint'>{t('school.hours')}</Text>
    </View>
  )
}

function ApplicationStatus({ application, forwardBy }: { application: SchoolApplication; forwardBy: string }) {
  const { t } = useTranslation('perks')
  const order = ['awaiting_employer', 'submitted', 'forwarded', 'placed'] as const
  const reached = application.status === 'not_placed' ? 4 : order.indexOf(application.status as (typeof order)[number]) + 1
  const steps = [
    t('school.steps.filed'),
    t('school.steps.employer'),
    t('school.steps.bureau'),
    t('school.steps.forwarded', { date: forwardBy }),
    t('school.steps.placed')
  ]
  return (
    <View className='perk-card' role='group' aria-label={t('school.statusTitle', { year: application.year })}>
      <View className='perk-card__head'>
        <View role='heading' aria-level={2} className='perk-card__title'>
          {t('school.statusTitle', { year: application.year })}
        </View>
        <Text className='perk-badge perk-badge--muted'>{t(`school.status.${application.status}`)}</Text>
      </View>
      <View className='perk-steps' role='list'>
        {steps.map((label, i) => {
          const done = i === 0 || (i === 1 ? application.status !== 'awaiting_employer' : i <= reached - 1)
          return (
            <Text key={label} className={`perk-steps__item ${done ? 'perk-steps__item--done' : ''}`}>
              {done ? '✓ ' : '○ '}
              {label}
            </Text>
          )
        })}
      </View>
      {application.employerOpinion && !application.employerOpinion.approved ? (
        <Text className='perk-card__text'>{t('school.opinionRefused', { note: application.employerOpinion.note })}</Text>
      ) : null}
      {application.children.map((c, i) => (
        <Text key={i} className='perk-card__meta'>
          {t('school.childLine', { name: c.name, school: c.schoolApplied, grade: c.gradeApplied })}
        </Text>
      ))}
    </View>
  )
}

function ApplicantSchool({ admission, today, checklist }: { admission: SchoolWindowStatus; today: string; checklist: string[] }) {
  const { t } = useTranslation(['perks', 'common'])
  const user = useSession((s) => s.user)
  const userId = user?.id ?? 'anonymous'
  const { certificate, role, error: certError, reload: reloadCert } = useCertificateMine()
  const stored = useSchoolDraft((s) => s.byUser[userId])
  const [fallback] = useState(() => useSchoolDraft.getState().draftOf(userId))
  const draft = stored ?? fallback
  const store = useSchoolDraft.getState()
  useEffect(() => useSchoolDraft.getState().ensure(userId), [userId])
  const applications = useQuery(role === 'applicant' ? `school-applications-${userId}` : null, () => api().call('school.applications'))
  const [errors, setErrors] = useState<SchoolFormErrors>({})
  const [showPassport, setShowPassport] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [uploadNote, setUploadNote] = useState<string | null>(null)
  // The parent's passport number and photos of documents: only after consent to the privacy notice.
  const privacy = useConsentGate({ inline: true })

  const entitlement = role === 'applicant' && certificate !== undefined ? perkEntitlement({ kind: 'school' }, certificate, today) : null
  const mine = (applications.data?.applications ?? []).slice().sort((a, b) => b.year - a.year)
  const current = mine.find((a) => a.year === admission.year)

  async function attach(materialIndex: number) {
    setUploadNote(null)
    try {
      const photo = await pickPhoto()
      if (!photo) return
      const uploaded = await api().upload(photo)
      store.addUpload(userId, { materialIndex, id: uploaded.id, name: photo.name })
    } catch (e) {
      if (e instanceof PhotoPickRefused) setUploadNote(t('school.uploadRefused'))
      else if (e instanceof PhotoPickUnsupported) setUploadNote(t('school.uploadUnavailable'))
      else setFailure(e)
    }
  }

  async function submit() {
    setFailure(null)
    setNotice(null)
    const found = validateSchoolDraft(draft, today)
    setErrors(found)
    if (Object.keys(found).length) {
      setFailure(null)
      setNotice(null)
      setUploadNote(t('school.fixErrors'))
      return
    }
    setUploadNote(null)
    setBusy(true)
    try {
      await callWithRetry(api(), 'school.apply', { body: schoolApplyBody(draft), idempotencyKey: draft.idempotencyKey })
      store.clear(userId)
      setNotice(t('school.submitted'))
      applications.reload()
    } catch (e) {
      setFailure(e)
    } finally {
      setBusy(false)
    }
  }

  if (role !== 'applicant') return <CertificateBanner certificate={certificate} role={role} today={today} />

  return (
    <>
      {certError ? <ErrorNotice error={certError} onRetry={reloadCert} /> : <CertificateBanner certificate={certificate} role={role} today={today} />}
      <ActionOutcome notice={notice} failure={failure} />
      {applications.error ? <ErrorNotice error={applications.error} onRetry={applications.reload} /> : null}
      {mine.map((a) => (
        <ApplicationStatus key={a.id} application={a} forwardBy={`${a.year}-${admission.forwardBy.slice(5)}`} />
      ))}

      <UnreadableNotice storageName={SCHOOL_DRAFT_STORAGE_KEY} />
      {applications.data && !current && !privacy.allowed ? privacy.gate : null}
      {applications.data && !current && privacy.allowed ? (
        <View className='perk-card' role='group' aria-label={t('school.parent')}>
          <View role='heading' aria-level={2} className='perk-card__title'>
            {t('school.parent')}
          </View>
          {draft.updatedAt ? <Text className='perk-card__meta'>{t('school.draftSaved', { time: draft.updatedAt.slice(0, 16).replace('T', ' ') })}</Text> : null}
          {parentFields.map((field) =>
            field === 'sex' ? (
              <SexChoice
                key={field}
                id='parent-sex'
                label={t('school.field.sex')}
                value={draft.parent.sex}
                onChange={(v) => store.setParent(userId, 'sex', v)}
                error={errors['parent.sex']}
              />
            ) : (
              <Field
                key={field}
                id={`parent-${field}`}
                label={t(`school.field.${field}`)}
                value={draft.parent[field]}
                password={field === 'passportNumber' && !showPassport}
                onChange={(v) => store.setParent(userId, field, v)}
                error={errors[`parent.${field}`]}
              >
                {field === 'passportNumber' ? (
                  <View className='perk-link' role='button' {...focusable} aria-pressed={showPassport} onClick={() => setShowPassport(!showPassport)}>
                    {showPassport ? t('school.hidePassport') : t('school.showPassport')}
                  </View>
                ) : null}
              </Field>
            )
          )}

          <View role='heading' aria-level={2} className='perk-card__title'>
            {t('school.children')}
          </View>
          {draft.children.map((child, i) => (
            <View key={child.key} className='perk-card' role='group' aria-label={t('school.child', { n: i + 1 })}>
              <View className='perk-card__head'>
                <View role='heading' aria-level={3} className='perk-card__title'>
                  {t('school.child', { n: i + 1 })}
                </View>
                {draft.children.length > 1 ? (
                  <Button size='small' onClick={() => store.removeChild(userId, child.key)}>
                    {t('school.removeChild', { n: i + 1 })}
                  </Button>
                ) : null}
              </View>
              <SexChoice
                id={`child-${child.key}-sex`}
                label={t('school.field.sex')}
                value={child.sex}
                onChange={(v) => store.setChild(userId, child.key, 'sex', v)}
                error={errors[`children.${i}.sex`]}
              />
              {childFields.map((field) => (
                <Field
                  key={field}
                  id={`child-${child.key}-${field}`}
                  label={t(`school.field.${field}`)}
                  value={child[field]}
                  placeholder={field === 'birthMonth' ? '2018-04' : undefined}
                  onChange={(v) => store.setChild(userId, child.key, field, v)}
                  error={errors[`children.${i}.${field}`]}
                />
              ))}
            </View>
          ))}
          <Button size='small' onClick={() => store.addChild(userId)}>
            {t('school.addChild')}
          </Button>

          <View role='heading' aria-level={2} className='perk-card__title'>
            {t('school.materials')}
          </View>
          <Text className='perk-card__meta'>{t('school.materialsHint')}</Text>
          {checklist.map((name, i) => (
            <View key={i} className='perk-field'>
              <Text className='perk-card__text'>{name}</Text>
              {draft.uploads
                .filter((u) => u.materialIndex === i)
                .map((u) => (
                  <View key={u.id} className='perk-card__row'>
                    <Text className='perk-card__meta'>{t('school.uploaded', { name: u.name })}</Text>
                    <Button size='small' onClick={() => store.removeUpload(userId, u.id)}>
                      {t('school.removeUpload', { name: u.name })}
                    </Button>
                  </View>
                ))}
              <Button size='small' onClick={() => void attach(i)}>
                {t('school.upload')}
              </Button>
            </View>
          ))}

          {uploadNote ? (
            <View className='perk-field__error' role='alert'>
              {uploadNote}
            </View>
          ) : null}
          {entitlement && !entitlement.entitled ? <Text className='perk-card__text'>{t('school.notEntitled')}</Text> : null}
          <Button
            type={admission.open && entitlement?.entitled ? 'primary' : 'default'}
            block
            loading={busy}
            disabled={!admission.open || !entitlement?.entitled}
            onClick={() => void submit()}
          >
            {admission.open ? t('school.submit') : t('school.submitClosed', { date: admission.opensOn })}
          </Button>
        </View>
      ) : null}
    </>
  )
}

function HrApplications() {
  const { t } = useTranslation(['perks', 'common'])
  const applications = useQuery('school-applications-hr', () => api().call('school.applications'))
  const [notes, setNotes] = useState<Record<string, string>>({})
  const [noteErrors, setNoteErrors] = useState<Record<string, boolean>>({})
  const [busy, setBusy] = useState<string | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const [notice, setNotice] = useState<string | null>(null)

  async function decide(a: SchoolApplication, approved: boolean) {
    const note = (notes[a.id] ?? '').trim()
    if (!approved && !note) {
      setNoteErrors({ ...noteErrors, [a.id]: true })
      return
    }
    setNoteErrors({ ...noteErrors, [a.id]: false })
    setBusy(a.id)
    setFailure(null)
    setNotice(null)
    try {
      await api().call('school.employerOpinion', { params: { applicationId: a.id }, body: { approved, note } })
      setNotice(t('school.hr.given'))
      applications.reload()
    } catch (e) {
      setFailure(e)
    } finally {
      setBusy(null)
    }
  }

  const list = applications.data?.applications ?? []
  return (
    <>
      <View role='heading' aria-level={2} className='perk-page__section'>
        {t('school.hr.title')}
      </View>
      <ActionOutcome notice={notice} failure={failure} />
      {applications.error ? <ErrorNotice error={applications.error} onRetry={applications.reload} /> : null}
      {applications.data && list.length === 0 ? <Text className='perk-card__text'>{t('school.hr.none')}</Text> : null}
      {list.map((a) => (
        <View key={a.id} className='perk-card' role='group' aria-label={a.parent.name}>
          <View className='perk-card__head'>
            <View role='heading' aria-level={3} className='perk-card__title'>
              {t('school.hr.parent', { name: a.parent.name, employer: a.parent.employer, position: a.parent.position })}
            </View>
            <Text className='perk-badge perk-badge--muted'>{t(`school.status.${a.status}`)}</Text>
          </View>
          <Text className='perk-card__meta'>
            {a.parent.passportMasked} · {a.parent.phone}
          </Text>
          {a.children.map((c, i) => (
            <Text key={i} className='perk-card__text'>
              {t('school.childLine', { name: c.name, school: c.schoolApplied, grade: c.gradeApplied })}
            </Text>
          ))}
          {a.employerOpinion ? (
            <Text className='perk-card__text'>
              {t('school.hr.opinion', {
                verdict: a.employerOpinion.approved ? t('school.hr.supported') : t('school.hr.notSupported'),
                note: a.employerOpinion.note
              })}
            </Text>
          ) : null}
          {a.status === 'awaiting_employer' ? (
            <>
              <Field
                id={`note-${a.id}`}
                label={t('school.hr.note')}
                value={notes[a.id] ?? ''}
                onChange={(v) => setNotes({ ...notes, [a.id]: v })}
                error={noteErrors[a.id] ? { code: 'field.required' } : undefined}
              />
              {noteErrors[a.id] ? (
                <View className='perk-field__error' role='alert'>
                  {t('school.hr.noteRequired')}
                </View>
              ) : null}
              <View className='perk-card__row'>
                <Button size='small' type='primary' loading={busy === a.id} onClick={() => void decide(a, true)}>
                  {t('school.hr.approve')}
                </Button>
                <Button size='small' disabled={busy === a.id} onClick={() => void decide(a, false)}>
                  {t('school.hr.refuse')}
                </Button>
              </View>
            </>
          ) : null}
        </View>
      ))}
    </>
  )
}
