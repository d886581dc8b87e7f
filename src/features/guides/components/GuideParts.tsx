/** The building blocks of a guide page: sections, time limits, checklist, flow, legal basis, FAQ. */
import type { PropsWithChildren } from 'react'
import { Text } from '@tarojs/components'
import { PlainBox } from '@/components/PlainBox'
import { useTranslation } from 'react-i18next'
import type { Cite, GuideSection, Text as BilingualText } from '@/domain/regions/schema'
import { SourceNote } from '@/components/SourceNote'
import { langOf, type ChecklistItem } from '@/features/guides/content'
import './GuideParts.scss'

type Seed = { id: string; title: BilingualText }

export function Section({ title, id, children }: PropsWithChildren<{ title: string; id: string }>) {
  return (
    <PlainBox className='gsection' role='region' aria-labelledby={`gsection-${id}`}>
      <PlainBox role='heading' aria-level={2} className='gsection__title' id={`gsection-${id}`}>
        {title}
      </PlainBox>
      {children}
    </PlainBox>
  )
}

export function Bullets({ items }: { items: BilingualText[] }) {
  const { i18n } = useTranslation()
  const lang = langOf(i18n.language)
  return (
    <PlainBox className='bullets' role='list'>
      {items.map((item, i) => (
        <PlainBox key={i} className='bullets__item' role='listitem'>
          <Text className='bullets__dot' aria-hidden>
            •
          </Text>
          <Text className='bullets__text'>{item[lang]}</Text>
        </PlainBox>
      ))}
    </PlainBox>
  )
}

export function TimeLimits({
  legalDays,
  promisedDays,
  inPrinciple,
  note,
  cite,
  seeds
}: {
  legalDays?: number
  promisedDays?: number
  /** The document says 原则上: shown as "in principle", not as a promise. */
  inPrinciple?: boolean
  note?: BilingualText
  cite?: Cite
  seeds?: readonly Seed[]
}) {
  const { t, i18n } = useTranslation(['guides', 'common'])
  const lang = langOf(i18n.language)
  const days = (n?: number) => (n ? t('common:count.workingDays', { count: n }) : t('detail.notSet'))
  return (
    <PlainBox className='times'>
      <PlainBox className='times__row'>
        <PlainBox className='times__box times__box--legal'>
          <Text className='times__label'>{t('detail.legal')}</Text>
          <Text className='times__value'>{days(legalDays)}</Text>
        </PlainBox>
        <PlainBox className='times__box times__box--promised'>
          <Text className='times__label'>{t(inPrinciple ? 'detail.inPrinciple' : 'detail.promised')}</Text>
          <Text className='times__value'>{days(promisedDays)}</Text>
        </PlainBox>
      </PlainBox>
      {note ? <Text className='times__note'>{note[lang]}</Text> : null}
      <SourceNote cite={cite} seeds={seeds ?? []} />
    </PlainBox>
  )
}

function Row({ label, value }: { label: string; value?: string }) {
  if (!value) return null
  return (
    <PlainBox className='material__row'>
      <Text className='material__key'>{label}</Text>
      <Text className='material__val'>{value}</Text>
    </PlainBox>
  )
}

/** The materials checklist as cards: readable on a phone where the document has a wide table. */
export function Checklist({ items, seeds = [] }: { items: ChecklistItem[]; seeds?: readonly Seed[] }) {
  const { t, i18n } = useTranslation('guides')
  const lang = langOf(i18n.language)
  return (
    <PlainBox className='checklist' role='list'>
      {items.map(({ material, forMatters }, index) => (
        <PlainBox key={material.id} className='material' role='listitem' aria-label={material.name[lang]}>
          <PlainBox className='material__head'>
            <Text className='material__index'>{index + 1}</Text>
            <Text className='material__name'>{material.name[lang]}</Text>
            <Text className={`material__tag ${material.required ? 'material__tag--required' : ''}`}>
              {material.required ? t('detail.required') : t('detail.optional')}
            </Text>
          </PlainBox>
          <Row label={t('material.condition')} value={material.condition?.[lang]} />
          <Row label={t('material.source')} value={material.source?.[lang]} />
          <Row label={t('material.form')} value={material.form ? t(`material.forms.${material.form}`) : undefined} />
          <Row label={t('material.medium')} value={material.medium ? t(`material.media.${material.medium}`) : undefined} />
          <Row label={t('material.copies')} value={material.copies ? String(material.copies) : undefined} />
          <Row label={t('material.validity')} value={material.validity ? t(`material.validities.${material.validity}`) : undefined} />
          <Row label={t('material.note')} value={material.note?.[lang]} />
          <Row label={t('material.for')} value={forMatters.length > 0 ? forMatters.map((m) => m.name[lang]).join(lang === 'zh' ? '、' : '; ') : undefined} />
          <SourceNote cite={material.cite} seeds={seeds} />
        </PlainBox>
      ))}
    </PlainBox>
  )
}

export function StepFlow({ steps }: { steps: GuideSection['steps'] }) {
  const { t, i18n } = useTranslation('guides')
  const lang = langOf(i18n.language)
  return (
    <PlainBox className='flow' role='list'>
      {steps.map((step, i) => (
        <PlainBox key={i} className='flow__step' role='listitem' aria-label={`${t('detail.step', { n: i + 1 })}: ${step.title[lang]}`}>
          <PlainBox className='flow__rail'>
            <Text className='flow__num'>{i + 1}</Text>
            {i < steps.length - 1 ? <PlainBox className='flow__line' /> : null}
          </PlainBox>
          <PlainBox className='flow__body'>
            <Text className='flow__title'>{step.title[lang]}</Text>
            <PlainBox className='flow__tags'>
              {step.who ? <Text className='flow__tag'>{t('detail.who', { who: step.who[lang] })}</Text> : null}
              <Text className={`flow__tag ${step.inPerson ? 'flow__tag--visit' : ''}`}>{step.inPerson ? t('detail.inPerson') : t('detail.online')}</Text>
            </PlainBox>
            <Text className='flow__detail'>{step.detail[lang]}</Text>
          </PlainBox>
        </PlainBox>
      ))}
    </PlainBox>
  )
}

export function Efficiency({ rows }: { rows: GuideSection['efficiency'] }) {
  const { t, i18n } = useTranslation('guides')
  const lang = langOf(i18n.language)
  return (
    <PlainBox className='eff' role='table' aria-label={t('detail.efficiency')}>
      <PlainBox className='eff__row eff__row--head' role='row'>
        <PlainBox className='eff__cell' role='columnheader'>
          {t('detail.efficiencyItem')}
        </PlainBox>
        <PlainBox className='eff__cell' role='columnheader'>
          {t('detail.before')}
        </PlainBox>
        <PlainBox className='eff__cell' role='columnheader'>
          {t('detail.after')}
        </PlainBox>
      </PlainBox>
      {rows.map((row, i) => (
        <PlainBox key={i} className='eff__row' role='row'>
          <PlainBox className='eff__cell eff__cell--item' role='rowheader'>
            {row.item[lang]}
          </PlainBox>
          <PlainBox className='eff__cell eff__cell--before' role='cell'>
            {row.before[lang]}
          </PlainBox>
          <PlainBox className='eff__cell eff__cell--after' role='cell'>
            {row.after[lang]}
          </PlainBox>
        </PlainBox>
      ))}
    </PlainBox>
  )
}

export function LegalBasisList({ items }: { items: GuideSection['legalBasis'] }) {
  const { i18n } = useTranslation()
  const lang = langOf(i18n.language)
  return (
    <PlainBox className='legal' role='list'>
      {items.map((item, i) => (
        <PlainBox key={i} className='legal__item' role='listitem'>
          <Text className='legal__title'>{item.title[lang]}</Text>
          {item.article ? <Text className='legal__article'>{item.article[lang]}</Text> : null}
        </PlainBox>
      ))}
    </PlainBox>
  )
}

export function FaqList({ items }: { items: GuideSection['faq'] }) {
  const { i18n } = useTranslation()
  const lang = langOf(i18n.language)
  return (
    <PlainBox className='faq'>
      {items.map((item, i) => (
        <PlainBox key={i} className='faq__item'>
          <PlainBox role='heading' aria-level={3} className='faq__q'>
            {item.q[lang]}
          </PlainBox>
          <Text className='faq__a'>{item.a[lang]}</Text>
        </PlainBox>
      ))}
    </PlainBox>
  )
}
