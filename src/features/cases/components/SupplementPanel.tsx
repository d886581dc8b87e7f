/**
 * The one-time supplement notice: every item to add or fix, answered one by one (a new upload for a
 * material, a corrected value for a field), then one resubmission. The case clock is paused meanwhile.
 */
import { useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { api, callWithRetry, type Case } from '@/api'
import { fieldsFor, validateCaseForm } from '@/domain/forms/caseForm'
import type { MatterKind } from '@/domain/regions/schema'
import { ErrorNotice } from '@/components/ErrorNotice'
import { ConsentGate } from '@/features/privacy'
import { formatInstant, pick, useLang } from '../lang'
import { today } from '@/domain/time/now'
import { materialName } from '../materialName'
import { PhotoPickRefused, PhotoPickUnsupported, pickPhoto, type PickedPhoto } from '@/lib/pickPhoto'
import './cases.scss'
import '@/i18n/namespaces/cases'
import '@/i18n/namespaces/validation'

type Item = NonNullable<Case['supplement']>['items'][number]

export interface SupplementPanelProps {
  c: Case
  onChange: (next: Case) => void
  /** Injectable for tests; defaults to the camera/album picker. */
  pickFile?: () => Promise<PickedPhoto | null>
}

function FieldAnswer({ c, item, onChange }: { c: Case; item: Item; onChange: (next: Case) => void }) {
  const { t } = useTranslation(['cases', 'validation'])
  const current = c.form[item.ref]
  const [value, setValue] = useState(typeof current === 'string' || typeof current === 'number' ? String(current) : '')
  const [error, setError] = useState<string | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const kinds = c.matters.map((m) => m.kind as MatterKind)
  const field = fieldsFor(kinds).find((f) => f.path === item.ref)
  const label = t(`fields.${item.ref}` as 'fields.residence.address', { defaultValue: item.ref })

  async function save() {
    const typed = field?.input === 'number' ? Number(value) : value.trim()
    const problem = field ? validateCaseForm({ ...c.form, [item.ref]: typed }, kinds, today())[item.ref] : undefined
    if (problem || value.trim() === '') {
      setError(t(`validation:${problem?.code ?? 'field.required'}` as 'validation:field.required', problem?.params ?? {}))
      return
    }
    setError(null)
    setFailure(null)
    setBusy(true)
    try {
      onChange(await api().call('cases.update', { params: { caseId: c.id }, body: { form: { [item.ref]: typed }, resolvesItems: [item.id] } }))
    } catch (e) {
      setFailure(e)
    } finally {
      setBusy(false)
    }
  }

  const inputId = `si-${item.id}`
  return (
    <View className='cases-answer'>
      <Text id={`${inputId}-label`} className='cases-answer__label'>
        {label}
      </Text>
      <Input className='cases-input' aria-labelledby={`${inputId}-label`} placeholder={label} value={value} onInput={(e) => setValue(e.detail.value)} />
      {error ? (
        <View role='alert' className='cases-answer__error'>
          {error}
        </View>
      ) : null}
      {failure ? <ErrorNotice error={failure} onRetry={() => void save()} /> : null}
      <Button size='small' type='primary' loading={busy} onClick={() => void save()}>
        {t('supplement.saveField')}
      </Button>
    </View>
  )
}

function MaterialAnswer({ c, item, onChange, pickFile }: { c: Case; item: Item; onChange: (next: Case) => void; pickFile: () => Promise<PickedPhoto | null> }) {
  const { t } = useTranslation('cases')
  const [failure, setFailure] = useState<unknown>(null)
  const [pickProblem, setPickProblem] = useState<'unsupported' | 'refused' | null>(null)
  const [busy, setBusy] = useState(false)

  async function upload() {
    setFailure(null)
    setPickProblem(null)
    let file: PickedPhoto | null
    try {
      file = await pickFile()
    } catch (e) {
      if (e instanceof PhotoPickRefused) setPickProblem('refused')
      else if (e instanceof PhotoPickUnsupported) setPickProblem('unsupported')
      else setFailure(e)
      return
    }
    if (!file) return
    setBusy(true)
    try {
      const uploaded = await api().upload(file)
      const existing = c.materials.find((m) => m.materialId === item.ref)
      onChange(
        await api().call('cases.update', {
          params: { caseId: c.id },
          // Replaces the material: the new file is the one the office asked for.
          body: { materials: [{ materialId: item.ref, uploadIds: [uploaded.id], documentDate: existing?.documentDate ?? null }], resolvesItems: [item.id] }
        })
      )
    } catch (e) {
      setFailure(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='cases-answer'>
      {pickProblem ? (
        <View role='alert' className='cases-answer__error'>
          {t(pickProblem === 'refused' ? 'supplement.pickRefused' : 'supplement.pickUnsupported')}
        </View>
      ) : null}
      {failure ? <ErrorNotice error={failure} onRetry={() => void upload()} /> : null}
      <Button size='small' type='primary' loading={busy} onClick={() => void upload()}>
        {c.materials.some((m) => m.materialId === item.ref) ? t('supplement.replaceMaterial') : t('supplement.uploadMaterial')}
      </Button>
    </View>
  )
}

export function SupplementPanel({ c, onChange, pickFile = pickPhoto }: SupplementPanelProps) {
  const { t } = useTranslation('cases')
  const lang = useLang()
  const [failure, setFailure] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const supplement = c.supplement
  if (!supplement) return null
  const open = supplement.items.filter((i) => !i.resolved).length

  async function resubmit() {
    setFailure(null)
    setBusy(true)
    try {
      onChange(await callWithRetry(api(), 'cases.act', { params: { caseId: c.id }, body: { action: 'resubmit' } }))
    } catch (e) {
      setFailure(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='cases-card cases-supplement'>
      <View role='heading' aria-level={2} className='cases-card__title'>
        {t('supplement.heading')}
      </View>
      <Text className='cases-muted'>{t('supplement.intro', { when: formatInstant(supplement.requestedAt), n: supplement.items.length })}</Text>
      <Text className='cases-muted'>{t('supplement.clockPaused')}</Text>
      <View role='list' aria-label={t('supplement.heading')}>
        {supplement.items.map((item, i) => {
          const what =
            item.kind === 'material'
              ? (materialName(c, item.ref, lang) ?? item.ref)
              : t(`fields.${item.ref}` as 'fields.residence.address', { defaultValue: item.ref })
          return (
            <View key={item.id} role='listitem' className={`cases-item${item.resolved ? ' cases-item--done' : ''}`} aria-label={`${i + 1}. ${what}`}>
              <Text className='cases-item__kind'>
                {i + 1}. {t(`supplement.kind.${item.kind}`)} · {what}
              </Text>
              <Text className='cases-item__message'>{pick(item.message, lang)}</Text>
              {item.resolved ? (
                <Text className='cases-item__resolved'>{t('supplement.resolved')}</Text>
              ) : (
                // Corrected personal details and photos of documents: only after consent to the privacy notice.
                <ConsentGate inline>
                  {item.kind === 'field' ? (
                    <FieldAnswer c={c} item={item} onChange={onChange} />
                  ) : (
                    <MaterialAnswer c={c} item={item} onChange={onChange} pickFile={pickFile} />
                  )}
                </ConsentGate>
              )}
            </View>
          )
        })}
      </View>
      <Text className='cases-supplement__progress'>{open ? t('supplement.remaining', { count: open }) : t('supplement.allDone')}</Text>
      {failure ? <ErrorNotice error={failure} onRetry={() => void resubmit()} /> : null}
      <Button block type={open > 0 ? 'default' : 'primary'} disabled={open > 0} loading={busy} onClick={() => void resubmit()}>
        {t('supplement.resubmit')}
      </Button>
    </View>
  )
}
