import { useEffect, useMemo, useState } from 'react'
import { View, Text, Switch } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ErrorNotice } from '@/components/ErrorNotice'
import { navigate, replace } from '@/lib/navigation'
import { regionRegistry } from '@/features/regions'
import { useToday } from '@/hooks/useClock'
import type { FormErrors } from '@/domain/forms/caseForm'
import type { TalentCriterionId } from '@/domain/eligibility/talentCriteria'
import { PassportNumber } from '@/components/PassportNumber'
import { useDrafts } from '../draftStore'
import { DELEGABLE_SECTIONS, draftModel, formErrors, materialAdvice, materialProblems, stepErrors, stepOfField } from '../model'
import { VALIDITY_MONTHS } from '@/domain/forms/materials'
import { fieldId, useApplyText } from '../messages'
import { switchAria } from '@/lib/a11y'
import { scrollToField } from '../scroll'
import { useSubmitDraft } from '../useSubmit'
import { CommitmentText } from '../components/CommitmentText'
import { FieldInput } from '../components/FieldInput'
import { MaterialsStep } from '../components/MaterialsStep'
import '@/i18n/namespaces/apply'

export interface ApplicationFormProps {
  draftId: string
  /** Tests pass a sleep that does not wait. */
  retry?: { attempts?: number; sleep?: (ms: number) => Promise<void> }
}

/** The one form of a draft, in steps, saved on the phone as the user types. */
export function ApplicationForm({ draftId, retry }: ApplicationFormProps) {
  const { t, tt, lang } = useApplyText()
  const draft = useDrafts((s) => s.drafts[draftId])
  const { setValue, setMaterial, setStep, setDelegated } = useDrafts.getState()
  const [shown, setShown] = useState<FormErrors>({})
  const [showMaterialProblems, setShowMaterialProblems] = useState(false)
  const [focusPath, setFocusPath] = useState<string | null>(null)
  /** Required materials not added, named for the person to confirm before the application goes to the office. */
  const [confirmMissing, setConfirmMissing] = useState<string[] | null>(null)
  const submission = useSubmitDraft(retry)
  const today = useToday()

  const model = useMemo(() => (draft ? draftModel(regionRegistry, draft) : null), [draft?.regionId, draft?.matters, draft?.criterion]) // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (focusPath) scrollToField(`${fieldId(focusPath)}-block`)
  }, [focusPath])

  if (!draft || !model) {
    return (
      <View className='apply-form'>
        <View className='apply-form__intro' role='alert'>
          {t('form.notFound')}
        </View>
        <Button type='primary' onClick={() => replace('applyDrafts')}>
          {t('drafts.heading')}
        </Button>
      </View>
    )
  }

  const steps = model.steps
  const step = Math.min(draft.step, steps.length - 1)
  const current = steps[step]
  const allErrors = formErrors(model, draft, today)
  const problems = materialProblems(model, draft, today)
  const advice = materialAdvice(model, draft, today)
  const region = regionRegistry.get(draft.regionId)

  const change = (path: string, value: string) => {
    setValue(draft.id, path, value)
    // An error goes as soon as the field is fixed; new errors wait for Next.
    if (shown[path]) {
      const rest = { ...shown }
      delete rest[path]
      setShown(rest)
    }
  }

  /** Shows the errors, goes to the step of the first one and puts the cursor in it. */
  const showErrors = (errors: FormErrors) => {
    const paths = Object.keys(errors)
    setShown(errors)
    if (paths.length === 0) return
    const first = model.fields.find((f) => errors[f.path])?.path ?? paths[0]
    const target = stepOfField(model, first)
    if (target >= 0 && target !== step) setStep(draft.id, target)
    setFocusPath(null)
    setTimeout(() => setFocusPath(first), 0)
  }

  const next = () => {
    if (current.id === 'materials') {
      const dated = Object.fromEntries(Object.entries(problems).filter(([, code]) => code !== 'material.missing'))
      if (Object.keys(dated).length) {
        setShowMaterialProblems(true)
        scrollToField(fieldId(Object.keys(dated)[0]))
        return
      }
    } else {
      const errors = stepErrors(model, step, allErrors)
      if (Object.keys(errors).length) {
        showErrors(errors)
        return
      }
    }
    setShown({})
    setStep(draft.id, step + 1)
  }

  /** `missingConfirmed`: the person has seen which required materials are missing and submits anyway. */
  const submit = async (missingConfirmed = false) => {
    setConfirmMissing(null)
    if (Object.keys(allErrors).length) {
      showErrors(allErrors)
      return
    }
    const dated = Object.entries(problems).find(([, code]) => code !== 'material.missing')
    if (dated) {
      setShowMaterialProblems(true)
      setStep(draft.id, steps.findIndex((s) => s.id === 'materials'))
      return
    }
    const missing = model.checklist.filter((i) => problems[i.material.id] === 'material.missing').map((i) => i.material.id)
    // Sending to the applicant files nothing yet: the question is for the moment it goes to the office.
    if (missing.length && !missingConfirmed && !draft.delegatedSections.length) {
      setConfirmMissing(missing)
      return
    }
    const result = await submission.submit(draft)
    if (result.phase === 'failed' && Object.keys(result.fields).length) {
      // The backend's field errors land on the fields they name.
      const known = Object.fromEntries(Object.entries(result.fields).filter(([path]) => model.fields.some((f) => f.path === path)))
      if (Object.keys(known).length) showErrors(known)
    }
  }

  if (submission.state.phase === 'done') {
    const { kase, sentToApplicant } = submission.state
    return (
      <View className='apply-form'>
        <View role='heading' aria-level={1} className='apply-form__title'>
          {t('review.submitted')}
        </View>
        <Text className='apply-form__intro'>
          {sentToApplicant ? t('review.sentBody', { id: kase.reference, name: draft.employeeName }) : t('review.submittedBody', { id: kase.reference })}
        </Text>
        <Button type='primary' block onClick={() => replace('caseDetail', { id: kase.id })}>
          {t('review.openFiledCase')}
        </Button>
        <Button block onClick={() => replace('caseList')}>
          {t('review.viewCases')}
        </Button>
        <Button block onClick={() => replace('applyStart')}>
          {t('review.another')}
        </Button>
      </View>
    )
  }

  const delegated = new Set(draft.delegatedSections)
  const missingRequired = Object.values(problems).filter((p) => p === 'material.missing').length
  const stepName = tt(`apply:steps.${current.id}`)
  const stepErrorCount = Object.keys(stepErrors(model, step, shown)).length
  const kindName = tt(`apply:start.kinds.${draft.kind}`)

  return (
    <View className='apply-form'>
      <View role='heading' aria-level={1} className='apply-form__title'>
        {kindName}
      </View>
      <Text className='apply-form__who'>{`${draft.employeeName} · ${model.matters.map((m) => m.matter.name[lang]).join(' · ')}`}</Text>
      <View className='apply-progress'>
        <Text className='apply-progress__label'>{t('form.progress', { current: step + 1, total: steps.length, name: stepName })}</Text>
        <View className='apply-progress__bar' role='progressbar' aria-valuemin={1} aria-valuemax={steps.length} aria-valuenow={step + 1} aria-label={stepName}>
          <View className='apply-progress__fill' style={{ width: `${((step + 1) / steps.length) * 100}%` }} />
        </View>
        <View className='apply-progress__steps'>
          {steps.map((s, i) => (
            <Text key={s.id} className={`apply-progress__step${i === step ? ' apply-progress__step--on' : ''}${i < step ? ' apply-progress__step--done' : ''}`}>
              {tt(`apply:steps.${s.id}`)}
            </Text>
          ))}
        </View>
      </View>
      <View role='heading' aria-level={2} className='apply-form__section'>
        {stepName}
      </View>
      {stepErrorCount > 0 ? (
        <View className='apply-form__summary' role='alert'>
          {t('form.fixErrors', { count: stepErrorCount })}
        </View>
      ) : null}

      {current.fields.length > 0 ? (
        <View className='apply-form__fields'>
          {current.fields.some((f) => delegated.has(f.section)) ? <Text className='apply-form__hint'>{t('form.delegatedNote')}</Text> : null}
          {current.fields.map((field) => (
            <FieldInput
              key={field.path}
              field={field}
              value={draft.values[field.path] ?? ''}
              error={shown[field.path]}
              focus={focusPath === field.path}
              onChange={(value) => change(field.path, value)}
            />
          ))}
        </View>
      ) : null}

      {current.id === 'materials' ? (
        <MaterialsStep
          regionId={draft.regionId}
          registry={regionRegistry}
          checklist={model.checklist}
          materials={draft.materials}
          problems={problems}
          advice={advice}
          showProblems={showMaterialProblems}
          onChange={(materialId, material) => setMaterial(draft.id, material, materialId)}
          criterion={draft.kind === 'talent_certification' ? (draft.criterion as TalentCriterionId | null) : null}
        />
      ) : null}

      {current.id === 'review' ? (
        <View className='apply-review'>
          <View className='apply-review__card'>
            <Text className='apply-review__label'>{t('review.matters')}</Text>
            {model.matters.map((m) => (
              <Text key={m.matter.id} className='apply-review__value'>
                {`${m.matter.name[lang]} — ${m.matter.decidedBy[lang]}`}
              </Text>
            ))}
            <Text className='apply-review__label'>{t('steps.materials')}</Text>
            <Text className='apply-review__value'>
              {t('review.materialsCount', { given: model.checklist.filter((i) => draft.materials[i.material.id]?.uploads.length).length, total: model.checklist.length })}
            </Text>
            {missingRequired > 0 ? <Text className='apply-review__warn'>{t('materials.missing', { count: missingRequired })}</Text> : null}
            {Object.keys(advice).length ? (
              <View className='apply-review__advice' role='note'>
                <Text className='apply-review__label'>{t('advice.reviewHeading')}</Text>
                {model.checklist
                  .filter((i) => advice[i.material.id])
                  .map((i) => (
                    <Text key={i.material.id} className='apply-review__warn'>
                      {`${i.material.name[lang]}: ${tt(`apply:advice.${advice[i.material.id]}`, { months: VALIDITY_MONTHS })}`}
                    </Text>
                  ))}
                <Text className='apply-field__source'>{t('advice.notInDocuments')}</Text>
              </View>
            ) : null}
            {draft.values['passport.number'] ? (
              <>
                <Text className='apply-review__label'>{tt('apply:fields.passport.number')}</Text>
                <PassportNumber full={draft.values['passport.number']} />
              </>
            ) : null}
            {region ? <Text className='apply-review__value'>{region.name[lang]}</Text> : null}
          </View>

          <View className='apply-review__card'>
            <View role='heading' aria-level={3} className='apply-review__heading'>
              {t('review.delegate')}
            </View>
            {draft.applicantUserId ? (
              <>
                <Text className='apply-form__hint'>{t('review.delegateHint')}</Text>
                {DELEGABLE_SECTIONS.map((section) => (
                  <View key={section} className='apply-review__toggle'>
                    <Text id={`delegate-${section}`}>{tt(`apply:review.sections.${section}`)}</Text>
                    <Switch
                      {...switchAria({ 'aria-labelledby': `delegate-${section}` })}
                      checked={delegated.has(section)}
                      onChange={(e) =>
                        setDelegated(
                          draft.id,
                          e.detail.value ? [...draft.delegatedSections, section] : draft.delegatedSections.filter((s) => s !== section)
                        )
                      }
                    />
                  </View>
                ))}
              </>
            ) : (
              <Text className='apply-form__hint'>{t('review.delegateNone')}</Text>
            )}
          </View>

          <View className='apply-review__card'>
            <View role='heading' aria-level={3} className='apply-review__heading'>
              {t('review.commitment')}
            </View>
            <CommitmentText />
            <Text className='apply-form__hint'>{t('review.commitmentByApplicant')}</Text>
          </View>

          {submission.state.phase === 'failed' && submission.state.alreadyFiledAs ? (
            <View className='apply-review__failed'>
              <View className='error-notice' role='alert'>
                <Text className='error-notice__title'>{t('review.alreadyFiledTitle')}</Text>
                <Text className='error-notice__body'>{t('review.alreadyFiledBody')}</Text>
                <Button type='primary' size='small' onClick={() => navigate('caseDetail', { id: (submission.state as { alreadyFiledAs: string }).alreadyFiledAs })}>
                  {t('review.openFiledCase')}
                </Button>
              </View>
              <Text className='apply-form__hint'>{t('review.kept')}</Text>
            </View>
          ) : submission.state.phase === 'failed' && submission.state.unsure ? (
            // The answer was lost after the request left: the case may exist. Saying "failed" here would
            // invite a fresh application; checking again with the same key finds it instead.
            <View className='apply-review__failed'>
              <View className='error-notice' role='alert'>
                <Text className='error-notice__title'>{t('review.unsureTitle')}</Text>
                <Text className='error-notice__body'>{t('review.unsureBody')}</Text>
                <Button type='primary' size='small' onClick={() => void submit(true)}>
                  {t('review.checkAgain')}
                </Button>
              </View>
              <Text className='apply-form__hint'>{t('review.kept')}</Text>
            </View>
          ) : submission.state.phase === 'failed' && !Object.keys(submission.state.fields).some((path) => model.fields.some((f) => f.path === path)) ? (
            <View className='apply-review__failed'>
              <ErrorNotice error={submission.state.error} onRetry={() => void submit(true)} />
              <Text className='apply-form__hint'>{t('review.kept')}</Text>
            </View>
          ) : null}

          {confirmMissing ? (
            <View className='apply-review__confirm' role='alertdialog' aria-labelledby='apply-missing-title' aria-describedby='apply-missing-body'>
              <Text id='apply-missing-title' className='apply-review__heading'>
                {t('review.missingConfirm.title')}
              </Text>
              <Text id='apply-missing-body' className='apply-form__hint'>
                {t('review.missingConfirm.body')}
              </Text>
              <View role='list'>
                {model.checklist
                  .filter((i) => confirmMissing.includes(i.material.id))
                  .map((i) => (
                    <View key={i.material.id} role='listitem' className='apply-review__warn'>
                      {i.material.name[lang]}
                    </View>
                  ))}
              </View>
              <View className='apply-review__confirm-buttons'>
                <Button type='primary' size='small' onClick={() => void submit(true)}>
                  {t('review.missingConfirm.confirm')}
                </Button>
                <Button
                  type='default'
                  size='small'
                  onClick={() => {
                    setConfirmMissing(null)
                    setStep(draft.id, steps.findIndex((s) => s.id === 'materials'))
                  }}
                >
                  {t('review.missingConfirm.addThem')}
                </Button>
              </View>
            </View>
          ) : null}

          {/* Always in the page so screen readers announce the change when sending starts. */}
          <View className='apply-form__hint' role='status' aria-live='polite'>
            {submission.state.phase === 'sending' ? t('review.submitting') : ''}
          </View>
          <Button
            type='primary'
            block
            loading={submission.state.phase === 'sending'}
            disabled={submission.state.phase === 'sending'}
            aria-busy={submission.state.phase === 'sending'}
            onClick={() => void submit()}
          >
            {draft.delegatedSections.length ? t('review.sendToApplicant') : t('review.submit')}
          </Button>
        </View>
      ) : null}

      <View className='apply-form__nav'>
        {step > 0 ? (
          <Button onClick={() => setStep(draft.id, step - 1)}>{t('form.back')}</Button>
        ) : (
          <Button onClick={() => navigate('applyDrafts')}>{t('drafts.heading')}</Button>
        )}
        <Text className='apply-form__saved' aria-live='polite'>
          {t('form.saved')}
        </Text>
        {current.id !== 'review' ? (
          <Button type='primary' onClick={next}>
            {t('form.next')}
          </Button>
        ) : null}
      </View>
    </View>
  )
}
