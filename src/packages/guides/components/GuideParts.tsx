/** The building blocks of a guide page: sections, time limits, checklist, flow, legal basis, FAQ. */
import type { PropsWithChildren } from 'react'
import { View, Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import type { GuideSection, Text as BilingualText } from '@/domain/regions/schema'
import { langOf, type ChecklistItem } from '@/features/guides/content'
import './GuideParts.scss'

export function Section({ title, id, children }: PropsWithChildren<{ title: string; id: string }>) {
  return (
    <View className='gsection' role='region' aria-labelledby={`gsection-${id}`}>
      <View role='heading' aria-level={2} className='gsection__title' id={`gsection-${id}`}>
        {title}
      </View>
      {children}
    </View>
  )
}

export function Bullets({ items }: { items: BilingualText[] }) {
  const { i18n } = useTranslation()
  const lang = langOf(i18n.language)
  return (
    <View className='bullets' role='list'>
      {items.map((item, i) => (
        <View key={i} className='bullets__item' role='listitem'>
          <Text className='bullets__dot' aria-hidden>
            •
          </Text>
          <Text className='bullets__text'>{item[lang]}</Text>
        </View>
      ))}
    </View>
  )
}

export function TimeLimits({ legalDays, promisedDays, note }: { legalDays?: number; promisedDays?: number; note?: BilingualText }) {
  const { t, i18n } = useTranslation(['guides', 'common'])
  const lang = langOf(i18n.language)
  const days = (n?: number) => (n ? t('common:count.workingDays', { count: n }) : t('detail.notSet'))
  return (
    <View className='times'>
      <View className='times__row'>
        <View className='times__box times__box--legal'>
          <Text className='times__label'>{t('detail.legal')}</Text>
          <Text className='times__value'>{days(legalDays)}</Text>
        </View>
        <View className='times__box times__box--promised'>
          <Text className='times__label'>{t('detail.promised')}</Text>
          <Text className='times__value'>{days(promisedDays)}</Text>
        </View>
      </View>
      {note ? <Text className='times__note'>{note[lang]}</Text> : null}
    </View>
  )
}

function Row({ label, value }: { label: string; value?: string }) {
  if (!value) return null
  return (
    <View className='material__row'>
      <Text className='material__key'>{label}</Text>
      <Text className='material__val'>{value}</Text>
    </View>
  )
}

/** The materials checklist as cards: readable on a phone where the document has a wide table. */
export function Checklist({ items }: { items: ChecklistItem[] }) {
  const { t, i18n } = useTranslation('guides')
  const lang = langOf(i18n.language)
  return (
    <View className='checklist' role='list'>
      {items.map(({ material, forMatters }, index) => (
        <View key={material.id} className='material' role='listitem' aria-label={material.name[lang]}>
          <View className='material__head'>
            <Text className='material__index'>{index + 1}</Text>
            <Text className='material__name'>{material.name[lang]}</Text>
            <Text className={`material__tag ${material.required ? 'material__tag--required' : ''}`}>
              {material.required ? t('detail.required') : t('detail.optional')}
            </Text>
          </View>
          <Row label={t('material.condition')} value={material.condition?.[lang]} />
          <Row label={t('material.source')} value={material.source?.[lang]} />
          <Row label={t('material.form')} value={material.form ? t(`material.forms.${material.form}`) : undefined} />
          <Row label={t('material.medium')} value={material.medium ? t(`material.media.${material.medium}`) : undefined} />
          <Row label={t('material.copies')} value={material.copies ? String(material.copies) : undefined} />
          <Row label={t('material.validity')} value={material.validity ? t(`material.validities.${material.validity}`) : undefined} />
          <Row label={t('material.note')} value={material.note?.[lang]} />
          <Row label={t('material.for')} value={forMatters.length > 0 ? forMatters.map((m) => m.name[lang]).join(lang === 'zh' ? '、' : '; ') : undefined} />
        </View>
      ))}
    </View>
  )
}

export function StepFlow({ steps }: { steps: GuideSection['steps'] }) {
  const { t, i18n } = useTranslation('guides')
  const lang = langOf(i18n.language)
  return (
    <View className='flow' role='list'>
      {steps.map((step, i) => (
        <View key={i} className='flow__step' role='listitem' aria-label={`${t('detail.step', { n: i + 1 })}: ${step.title[lang]}`}>
          <View className='flow__rail'>
            <Text className='flow__num'>{i + 1}</Text>
            {i < steps.length - 1 ? <View className='flow__line' /> : null}
          </View>
          <View className='flow__body'>
            <Text className='flow__title'>{step.title[lang]}</Text>
            <View className='flow__tags'>
              {step.who ? <Text className='flow__tag'>{t('detail.who', { who: step.who[lang] })}</Text> : null}
              <Text className={`flow__tag ${step.inPerson ? 'flow__tag--visit' : ''}`}>{step.inPerson ? t('detail.inPerson') : t('detail.online')}</Text>
            </View>
            <Text className='flow__detail'>{step.detail[lang]}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}

export function Efficiency({ rows }: { rows: GuideSection['efficiency'] }) {
  const { t, i18n } = useTranslation('guides')
  const lang = langOf(i18n.language)
  return (
    <View className='eff' role='table' aria-label={t('detail.efficiency')}>
      <View className='eff__row eff__row--head' role='row'>
        <View className='eff__cell' role='columnheader'>
          {t('detail.efficiencyItem')}
        </View>
        <View className='eff__cell' role='columnheader'>
          {t('detail.before')}
        </View>
        <View className='eff__cell' role='columnheader'>
          {t('detail.after')}
        </View>
      </View>
      {rows.map((row, i) => (
        <View key={i} className='eff__row' role='row'>
          <View className='eff__cell eff__cell--item' role='rowheader'>
            {row.item[lang]}
          </View>
          <View className='eff__cell eff__cell--before' role='cell'>
            {row.before[lang]}
          </View>
          <View className='eff__cell eff__cell--after' role='cell'>
            {row.after[lang]}
          </View>
        </View>
      ))}
    </View>
  )
}

export function LegalBasisList({ items }: { items: GuideSection['legalBasis'] }) {
  const { i18n } = useTranslation()
  const lang = langOf(i18n.language)
  return (
    <View className='legal' role='list'>
      {items.map((item, i) => (
        <View key={i} className='legal__item' role='listitem'>
          <Text className='legal__title'>{item.title[lang]}</Text>
          {item.article ? <Text className='legal__article'>{item.article[lang]}</Text> : null}
        </View>
      ))}
    </View>
  )
}

export function FaqList({ items }: { items: GuideSection['faq'] }) {
  const { i18n } = useTranslation()
  const lang = langOf(i18n.language)
  return (
    <View className='faq'>
      {items.map((item, i) => (
        <View key={i} className='faq__item'>
          <View role='heading' aria-level={3} className='faq__q'>
            {item.q[lang]}
          </View>
          <Text className='faq__a'>{item.a[lang]}</Text>
        </View>
      ))}
    </View>
  )
}
