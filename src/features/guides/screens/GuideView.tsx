/** A bundle's or matter's guide: every section the documents give, in the order a person needs them. */
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { AfterPaintInTurn } from '@/components/AfterPaint'
import { useTranslation } from 'react-i18next'
import type { GuideSection, MatterCore } from '@/domain/regions/schema'
import { regionRegistry } from '@/features/regions'
import { materialsOf } from '@/content/regions/materials'
import { navigate } from '@/lib/navigation'
import { bundleChecklist, bundleMatters, langOf, matterChecklist, officesById, type ChecklistItem } from '@/features/guides/content'
import { useNow } from '@/features/guides/useNow'
import { SourceNote } from '@/components/SourceNote'
import { citeOf } from '@/content/regions/sources'
import { citeKey } from '@/domain/regions/sources'
import { Bullets, Checklist, Efficiency, FaqList, LegalBasisList, Section, StepFlow, TimeLimits } from '../components/GuideParts'
import { OfficeCard } from '../components/OfficeCard'
import { focusable } from '@/features/guides/a11y'
import { GuideNotFound } from './GuideNotFound'
import './GuideView.scss'

interface Props {
  regionId: string
  type: 'bundle' | 'matter'
  id: string
  section: GuideSection | undefined
}

export function GuideView({ regionId, type, id, section }: Props) {
  const { t, i18n } = useTranslation(['guides', 'common'])
  const lang = langOf(i18n.language)
  const now = useNow()
  const region = regionRegistry.get(regionId)
  const bundle = type === 'bundle' ? regionRegistry.bundle(regionId, id) : undefined
  const matter = type === 'matter' ? regionRegistry.matter(regionId, id) : undefined
  const core = bundle ?? matter
  if (!region || !core) {
    return <GuideNotFound />
  }

  const members = bundle ? bundleMatters(regionRegistry, regionId, bundle) : []
  const checklist: ChecklistItem[] = bundle
    ? bundleChecklist(members, (matterId) => materialsOf(regionId, matterId))
    : matter
      ? matterChecklist(materialsOf(regionId, matter.id))
      : []
  const offices = officesById(regionRegistry, regionId, core.officeIds)
  const kinds = new Set<MatterCore['kind']>(matter ? [matter.kind] : members.map((m) => m.matter.kind))

  return (
    <View className='guide'>
      <View className='guide__hero'>
        <Text className='guide__region'>{region.name[lang]}</Text>
        <View role='heading' aria-level={1} className='guide__title'>
          {core.name[lang]}
        </View>
        {bundle?.certifiedTalentOnly ? <Text className='guide__badge'>{t('detail.certifiedOnly')}</Text> : null}
      </View>

      {section ? (
        <Section id='summary' title={t('detail.summary')}>
          <Text className='guide__text'>{section.summary[lang]}</Text>
        </Section>
      ) : null}

      {section && section.eligibility.length > 0 ? (
        <Section id='who' title={t('detail.whoFor')}>
          <Bullets items={section.eligibility} />
        </Section>
      ) : null}

      <Section id='time' title={t('detail.time')}>
        <TimeLimits
          legalDays={core.timeLimit.legalDays}
          promisedDays={core.timeLimit.promisedDays}
          inPrinciple={core.timeLimit.inPrinciple}
          note={core.timeLimit.note}
          cite={citeOf(region.id, citeKey.time(matter ? 'matter' : 'bundle', core.id))}
          seeds={region.seeds}
        />
        {matter ? (
          <View className='guide__facts'>
            <Fact label={t('detail.decidedBy')} value={matter.decidedBy[lang]} />
            <Fact label={t('detail.covers')} value={matter.actions.map((a) => t(`actions.${a}`)).join(lang === 'zh' ? '、' : ', ')} />
            {matter.fees ? <Fact label={t('detail.fees')} value={matter.fees[lang]} /> : null}
            {matter.fees ? <SourceNote cite={citeOf(region.id, citeKey.fees(matter.id))} seeds={region.seeds} /> : null}
            {matter.extendAtLeastDaysBeforeExpiry ? (
              <>
                <Text className='guide__text'>{t('detail.extendBefore', { days: matter.extendAtLeastDaysBeforeExpiry })}</Text>
                <SourceNote cite={citeOf(region.id, citeKey.extend(matter.id))} seeds={region.seeds} />
              </>
            ) : null}
            {matter.minMonthsWorkedInProvince ? (
              <>
                <Text className='guide__text'>{t('detail.minMonths', { months: matter.minMonthsWorkedInProvince })}</Text>
                <SourceNote cite={citeOf(region.id, citeKey.minMonths(matter.id))} seeds={region.seeds} />
              </>
            ) : null}
          </View>
        ) : null}
      </Section>

      {members.length > 0 ? (
        <Section id='matters' title={t('detail.matters')}>
          {members.map(({ matter: m, required }) => (
            <View
              key={m.id}
              className='guide__member'
              role='link'
              {...focusable}
              onClick={() => navigate('guideDetail', { region: regionId, type: 'matter', id: m.id })}
            >
              <Text className='guide__member-name'>{m.name[lang]}</Text>
              <Text className={`guide__member-tag ${required ? 'guide__member-tag--required' : ''}`}>
                {required ? t('detail.required') : t('detail.optional')}
              </Text>
            </View>
          ))}
        </Section>
      ) : null}

      {/* Below the first screen, one section per task once the one above has painted: a long guide is
          ~70 ms of rendering, which in one piece holds the page. */}
      <AfterPaintInTurn
        parts={[
          section && section.promises.length > 0 ? (
            <Section key='promises' id='promises' title={t('detail.promises')}>
              <Bullets items={section.promises} />
            </Section>
          ) : null,
          section && section.efficiency.length > 0 ? (
            <Section key='efficiency' id='efficiency' title={t('detail.efficiency')}>
              <Efficiency rows={section.efficiency} />
            </Section>
          ) : null,
          <Section key='where' id='where' title={t('detail.where')}>
            {offices.length === 0 ? <Text className='guide__text'>{t('detail.noOffices')}</Text> : null}
            {offices.map((office) => (
              <OfficeCard key={office.id} office={office} now={now} seeds={region.seeds} regionId={region.id} />
            ))}
          </Section>,
          <Section key='materials' id='materials' title={t('detail.materials')}>
            {checklist.length === 0 ? (
              <Text className='guide__text'>{t('detail.noMaterials')}</Text>
            ) : (
              <>
                {bundle ? <Text className='guide__hint'>{t('detail.materialsIntro')}</Text> : null}
                <Checklist items={checklist} seeds={region.seeds} />
              </>
            )}
          </Section>,
          section && section.steps.length > 0 ? (
            <Section key='process' id='process' title={t('detail.process')}>
              <StepFlow steps={section.steps} />
            </Section>
          ) : null,
          section && section.legalBasis.length > 0 ? (
            <Section key='legal' id='legal' title={t('detail.legalBasis')}>
              <LegalBasisList items={section.legalBasis} />
            </Section>
          ) : null,
          section && section.faq.length > 0 ? (
            <Section key='faq' id='faq' title={t('detail.faq')}>
              <FaqList items={section.faq} />
            </Section>
          ) : null,
          <View key='next' className='guide__next'>
            {kinds.has('talent_certification') || bundle?.certifiedTalentOnly ? (
              <Button type='primary' block onClick={() => navigate('talentCheck')}>
                {t('detail.startTalent')}
              </Button>
            ) : null}
            {kinds.has('work_permit') || kinds.has('talent_visa') ? (
              <Button
                type={kinds.has('talent_certification') ? 'default' : 'primary'}
                block
                onClick={() => navigate('pointsCheck', { region: region.scope === 'national' ? undefined : regionId })}
              >
                {t('detail.startPoints')}
              </Button>
            ) : null}
          </View>
        ]}
      />
    </View>
  )
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View className='guide__fact'>
      <Text className='guide__fact-label'>{label}</Text>
      <Text className='guide__fact-value'>{value}</Text>
    </View>
  )
}
