import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Input, Image } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { api } from '@/api'
import { imageAlt } from '@/lib/a11y'
import type { ChecklistItem } from '@/domain/forms/materials'
import { savedByDeduplication, VALIDITY_MONTHS } from '@/domain/forms/materials'
import type { RegionRegistry } from '@/domain/regions/registry'
import { materialsFor, type TalentCriterionId } from '@/domain/eligibility/talentCriteria'
import type { DraftMaterial } from '../draftStore'
import { pickDocument } from '../media'
import { fieldId, useApplyText } from '../messages'
import { formatDateInput } from './FieldInput'
import '@/i18n/namespaces/apply'
import '@/i18n/namespaces/eligibility'

export interface MaterialsStepProps {
  regionId: string
  registry: RegionRegistry
  checklist: ChecklistItem[]
  materials: Record<string, DraftMaterial>
  problems: Record<string, string>
  /** Dates outside a rule no seed states: advice with its source, the form goes on (model.materialAdvice). */
  advice?: Record<string, string>
  showProblems: boolean
  onChange: (materialId: string, material: DraftMaterial | null) => void
  /** Talent certification: the criterion whose proof is asked (talentCriteria.ts). */
  criterion?: TalentCriterionId | null
}

export function MaterialsStep({ regionId, registry, checklist, materials, problems, advice = {}, showProblems, onChange, criterion }: MaterialsStepProps) {
  const { tt, lang, message } = useApplyText()
  const [busy, setBusy] = useState<string | null>(null)
  const [failures, setFailures] = useState<Record<string, string>>({})
  const saved = savedByDeduplication(checklist)
  const matterName = (id: string) => registry.matter(regionId, id)?.name[lang] ?? id
  const seedTitle = (id: string) => registry.get(regionId)?.seeds.find((s) => s.id === id)?.title[lang] ?? id

  async function add(item: ChecklistItem) {
    const id = item.material.id
    setFailures((f) => ({ ...f, [id]: '' }))
    const picked = await pickDocument()
    if (!picked.ok) {
      if (picked.code !== 'media.cancelled') setFailures((f) => ({ ...f, [id]: picked.code }))
      return
    }
    setBusy(id)
    try {
      const upload = await api().upload(picked.file)
      const previous = materials[id]
      onChange(id, {
        materialId: id,
        uploads: [{ id: upload.id, name: upload.name, mime: upload.mime, size: upload.size, url: upload.url, localPath: picked.file.filePath }],
        documentDate: previous?.documentDate ?? null
      })
    } catch {
      setFailures((f) => ({ ...f, [id]: 'upload.failed' }))
    } finally {
      setBusy(null)
    }
  }

  function preview(material: DraftMaterial) {
    const upload = material.uploads[0]
    if (!upload?.localPath || !upload.mime.startsWith('image/')) return
    try {
      void Taro.previewImage({ urls: [upload.localPath], current: upload.localPath })
    } catch {
      /* Preview is a convenience: the file is uploaded either way. */
    }
  }

  return (
    <View className='apply-materials'>
      <Text className='apply-form__intro'>{tt('apply:materials.intro')}</Text>
      <Text className='apply-form__hint'>{tt('apply:materials.types')}</Text>
      {criterion ? (
        <View className='apply-materials__criterion'>
          <Text className='apply-review__heading'>{`${tt('apply:materials.criterionProof')}: ${tt(`eligibility:talent.criteria.${criterion}.title`)}`}</Text>
          {materialsFor(criterion).map((m) => (
            <Text key={m.id} className='apply-form__hint'>
              {`• ${tt(`eligibility:${m.key}`)}`}
            </Text>
          ))}
        </View>
      ) : null}
      {saved > 0 ? <Text className='apply-materials__saved'>{tt('apply:materials.saved', { count: saved })}</Text> : null}
      {checklist.map((item) => {
        const id = item.material.id
        const given = materials[id]
        const upload = given?.uploads[0]
        const problem = failures[id] || (showProblems || (given && problems[id] !== 'material.missing') ? problems[id] : '')
        const dateId = `${fieldId(id)}-date`
        const validity = item.material.validity
        return (
          <View key={id} className={`apply-material${problem ? ' apply-material--invalid' : ''}`} id={fieldId(id)} role='group' aria-labelledby={`${fieldId(id)}-name`}>
            <View className='apply-material__head'>
              <Text className='apply-material__name' id={`${fieldId(id)}-name`}>
                {item.material.name[lang]}
              </Text>
              <Text className={`apply-material__badge${item.required ? ' apply-material__badge--required' : ''}`}>
                {item.required ? tt('apply:materials.required') : tt('apply:materials.optional')}
              </Text>
            </View>
            <Text className='apply-material__serves'>
              {item.matterIds.length > 1
                ? tt('apply:materials.shared', { count: item.matterIds.length, names: item.matterIds.map(matterName).join(' · ') })
                : tt('apply:materials.serves', { names: item.matterIds.map(matterName).join(' · ') })}
            </Text>
            {item.conditional && item.material.condition ? (
              <Text className='apply-material__note'>{tt('apply:materials.conditional', { condition: item.material.condition[lang] })}</Text>
            ) : null}
            {item.material.note ? <Text className='apply-material__note'>{item.material.note[lang]}</Text> : null}
            {upload ? (
              <View className='apply-material__file'>
                {upload.mime.startsWith('image/') && upload.localPath ? (
                  <Image className='apply-material__thumb' src={upload.localPath} mode='aspectFill' {...imageAlt(upload.name)} onClick={() => preview(given)} />
                ) : null}
                <Text className='apply-material__file-name'>{`${tt('apply:materials.uploaded')}: ${upload.name} (${Math.max(1, Math.round(upload.size / 1024))} KB)`}</Text>
              </View>
            ) : null}
            {upload && validity ? (
              <View className='apply-material__date'>
                <Text className='apply-field__label' id={`${dateId}-label`}>
                  {validity === 'issued_within_6_months' ? tt('apply:materials.issuedOn') : tt('apply:materials.validTo')}
                </Text>
                <Text className='apply-field__hint'>
                  {tt(`apply:materials.${validity === 'issued_within_6_months' ? 'issued' : 'valid'}${item.material.validitySource ? 'Rule' : 'Advice'}`, { months: VALIDITY_MONTHS })}
                </Text>
                <Input
                  id={dateId}
                  className='apply-field__input'
                  aria-labelledby={`${dateId}-label`}
                  type='idcard'
                  placeholder={tt('apply:hints.date')}
                  value={given?.documentDate ?? ''}
                  onInput={(e) => onChange(id, { ...given, documentDate: formatDateInput(e.detail.value) || null })}
                />
              </View>
            ) : null}
            {problem ? (
              <View className='apply-field__error' role='alert'>
                <Text>{message({ code: problem, params: { months: VALIDITY_MONTHS } })}</Text>
                {item.material.validitySource && (problem === 'date.issuedTooLongAgo' || problem === 'date.expiresTooSoon') ? (
                  <Text className='apply-field__source'>
                    {tt('apply:advice.source', { source: `${seedTitle(item.material.validitySource.seed)}, ${item.material.validitySource.where[lang]}` })}
                  </Text>
                ) : null}
              </View>
            ) : advice[id] ? (
              <View className='apply-field__advice' role='note'>
                <Text>{tt(`apply:advice.${advice[id]}`, { months: VALIDITY_MONTHS })}</Text>
                <Text className='apply-field__source'>{tt('apply:advice.notInDocuments')}</Text>
              </View>
            ) : null}
            <View className='apply-material__actions'>
              {busy === id ? <Text className='apply-field__hint'>{tt('apply:materials.uploading')}</Text> : null}
              {upload ? (
                <>
                  {upload.mime.startsWith('image/') && upload.localPath ? (
                    <Button size='small' onClick={() => preview(given)}>
                      {tt('apply:materials.preview')}
                    </Button>
                  ) : null}
                  <Button size='small' disabled={busy !== null} onClick={() => void add(item)}>
                    {tt('apply:materials.replace')}
                  </Button>
                  <Button size='small' disabled={busy !== null} onClick={() => onChange(id, null)}>
                    {tt('apply:materials.delete')}
                  </Button>
                </>
              ) : (
                <Button size='small' type='primary' disabled={busy !== null} onClick={() => void add(item)}>
                  {tt('apply:materials.add')}
                </Button>
              )}
            </View>
          </View>
        )
      })}
    </View>
  )
}
