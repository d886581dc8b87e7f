/** The 2017 work-permit points self-check: form, per-item points, total, category, improvements, routes. */
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import Taro from '@tarojs/taro'
import {
  categoryExplanationKey,
  categoryNameKey,
  educationKey,
  extraKey,
  itemHelpKey,
  itemNameKey,
  reasonKey,
  routeNameKey,
  routeParams,
  ROUTES_A,
  ROUTES_B,
  POINTS_MAX,
  type Education,
  type PointsField,
  type PointsInput
} from '@/domain/eligibility/points'
import { regionRegistry } from '@/features/regions'
import { langOf } from '@/features/guides/content'
import { loose } from '@/features/guides/i18n'
import { usePointsCheck } from '@/features/guides/usePointsCheck'
import { useGuideRegion } from '@/features/guides/useGuideRegion'
import { RegionSwitch } from '@/features/guides/components/RegionSwitch'
import { Check, Choices, Field, NumberInput } from '../components/FormParts'
import { Section } from '../components/GuideParts'
import { SourceNote } from '@/components/SourceNote'
import { citeOf } from '@/content/regions/sources'
import { citeKey } from '@/domain/regions/sources'
import './SelfCheck.scss'
import '@/i18n/namespaces/validation'
import '@/i18n/namespaces/eligibility'

const EDUCATIONS: Education[] = ['phd', 'top_vocational', 'master', 'bachelor', 'none']
const EXTRAS: (keyof PointsInput['extras'])[] = ['topOverseasUniversity', 'fortune500', 'patents', 'fiveYearsContinuousInChina']
const HSK = [0, 1, 2, 3, 4, 5, 6]

export function PointsCheck({ preferredRegion }: { preferredRegion?: string }) {
  const { t, i18n } = useTranslation(['guides', 'eligibility', 'validation', 'common'])
  const lt = loose(t)
  const lang = langOf(i18n.language)
  const [regionId, setRegionId] = useGuideRegion(preferredRegion)
  const region = regionRegistry.get(regionId)
  const regionPoints = { locationPoints: region?.points.locationPoints ?? 0, localPoints: region?.points.localPoints ?? 0 }
  const check = usePointsCheck(regionPoints)
  const { form, errors, outcome } = check

  const text = (field: PointsField): string => (typeof form[field] === 'string' ? (form[field] as string) : '')
  const flag = (field: PointsField): boolean => form[field] === true
  const errorOf = (field: PointsField): string | undefined => {
    const e = errors[field]
    return e ? lt(`validation:${e.code}`, { ...(e.params ?? {}) }) : undefined
  }

  const numberField = (field: PointsField, item: 'salary' | 'experience' | 'months' | 'age', unit: string) => (
    <Field id={`pf-${field}`} label={lt(`eligibility:${itemNameKey(item)}`)} help={lt(`eligibility:${itemHelpKey(item)}`)} error={errorOf(field)}>
      <NumberInput
        id={`pf-${field}`}
        label={lt(`eligibility:${itemNameKey(item)}`)}
        value={text(field)}
        unit={unit}
        invalid={!!errors[field]}
        onChange={(v) => check.set(field, v)}
      />
    </Field>
  )

  const calculate = () => {
    if (!check.calculate()) return
    // Bring the result into view once it has rendered; where scrolling is unsupported, the result is simply below.
    setTimeout(() => {
      try {
        void Taro.pageScrollTo({ selector: '#points-result', duration: 300 }).catch(() => undefined)
      } catch {
        // not available on this platform
      }
    }, 50)
  }

  return (
    <View className='selfcheck'>
      <View className='selfcheck__hero'>
        <View role='heading' aria-level={1} className='selfcheck__title'>
          {t('eligibility:points.title')}
        </View>
        <Text className='selfcheck__intro'>{t('eligibility:points.intro', { max: POINTS_MAX })}</Text>
      </View>

      <View className='selfcheck__card'>
        <Text className='field__label' id='pf-region-label'>
          {t('region.label')}
        </Text>
        <RegionSwitch regions={regionRegistry.pickable()} value={regionId} onChange={setRegionId} />
        {region?.points.note ? <Text className='field__help'>{region.points.note[lang]}</Text> : null}
        {region ? <SourceNote cite={citeOf(region.id, citeKey.points())} seeds={region.seeds} /> : null}
      </View>

      <View className='selfcheck__card'>
        {numberField('annualSalary10k', 'salary', t('points.salaryUnit'))}
        <Field
          id='pf-education'
          label={t('eligibility:points.items.education.name')}
          help={t('eligibility:points.items.education.help')}
          error={errorOf('education')}
        >
          <Choices
            labelledBy='pf-education-label'
            options={EDUCATIONS.map((e) => ({ value: e, label: lt(`eligibility:${educationKey(e)}`) }))}
            value={typeof form.education === 'string' ? (form.education as Education) : undefined}
            onChange={(v) => check.set('education', v)}
          />
        </Field>
        {numberField('relevantExperienceYears', 'experience', t('points.yearsUnit'))}
        {numberField('monthsPerYearInChina', 'months', t('points.monthsUnit'))}
        {numberField('age', 'age', t('points.ageUnit'))}
      </View>

      <View className='selfcheck__card'>
        <Field id='pf-hsk' label={t('eligibility:points.items.chinese.name')} help={t('eligibility:points.items.chinese.help')} error={errorOf('hsk')}>
          <Choices
            labelledBy='pf-hsk-label'
            options={HSK.map((level) => ({ value: String(level), label: level === 0 ? t('points.hskNone') : t('points.hskLevel', { level }) }))}
            value={text('hsk') || '0'}
            onChange={(v) => check.set('hsk', v)}
          />
        </Field>
        <Check
          label={t('eligibility:points.chineseOptions.formerChineseNational')}
          checked={flag('formerChineseNational')}
          onChange={(v) => check.set('formerChineseNational', v)}
        />
        <Check
          label={t('eligibility:points.chineseOptions.degreeTaughtInChinese')}
          checked={flag('degreeTaughtInChinese')}
          onChange={(v) => check.set('degreeTaughtInChinese', v)}
        />
      </View>

      <View className='selfcheck__card'>
        <Text className='field__label'>{t('eligibility:points.items.extras.name')}</Text>
        <Text className='field__help'>{t('eligibility:points.items.extras.help')}</Text>
        {EXTRAS.map((extra) => (
          <Check key={extra} label={lt(`eligibility:${extraKey(extra)}`)} checked={flag(extra)} onChange={(v) => check.set(extra, v)} />
        ))}
      </View>

      <View className='selfcheck__card'>
        <View role='heading' aria-level={2} className='selfcheck__h2'>
          {t('eligibility:routes.title')}
        </View>
        <Text className='field__help'>{t('eligibility:routes.intro')}</Text>
        <Text className='field__help'>{t('eligibility:routes.source')}</Text>
        {[...ROUTES_A, ...ROUTES_B].map((route) => (
          <Check
            key={route}
            label={lt(`eligibility:${routeNameKey(route)}`, routeParams(route, region?.points))}
            checked={check.ticked.includes(route)}
            onChange={() => check.toggleRoute(route)}
          />
        ))}
      </View>

      {check.errorCount > 0 ? (
        <View className='selfcheck__problem' role='alert'>
          {t('points.fixErrors', { count: check.errorCount })}
        </View>
      ) : null}
      <View className='selfcheck__buttons'>
        <Button type='primary' block onClick={calculate}>
          {t('points.calculate')}
        </Button>
        <Button type='default' block onClick={check.reset}>
          {t('points.reset')}
        </Button>
      </View>

      {outcome ? (
        <View id='points-result' className='selfcheck__results'>
          <Section id='result' title={t('points.result')}>
            <View className='selfcheck__verdict' aria-live='polite'>
              <Text className='selfcheck__verdict-label'>{t('points.category')}</Text>
              <Text className={`selfcheck__verdict-cat selfcheck__verdict-cat--${outcome.overall.category}`}>
                {lt(`eligibility:${categoryNameKey(outcome.overall.category)}`)}
              </Text>
              <Text className='selfcheck__verdict-total'>{t('eligibility:points.total', { total: outcome.result.total, max: outcome.result.max })}</Text>
            </View>
            <Text className='selfcheck__reason'>{lt(`eligibility:${categoryExplanationKey(outcome.overall.category)}`)}</Text>
            {outcome.overall.reasons.map((reason, i) => (
              <Text key={i} className='selfcheck__reason'>
                {lt(`eligibility:${reasonKey(reason)}`, {
                  ...reason,
                  route: reason.kind === 'route' ? lt(`eligibility:${routeNameKey(reason.route)}`, routeParams(reason.route, region?.points)) : undefined
                })}
              </Text>
            ))}
            {outcome.overall.byPoints !== outcome.overall.category ? (
              <Text className='field__help'>{t('points.byPoints', { category: outcome.overall.byPoints })}</Text>
            ) : null}
          </Section>

          <Section id='items' title={t('points.perItem')}>
            <View className='eff' role='table' aria-label={t('points.perItem')}>
              {outcome.result.items.map((item) => (
                <View key={item.id} className='eff__row' role='row'>
                  <View className='eff__cell eff__cell--item' role='rowheader'>
                    {lt(`eligibility:${itemNameKey(item.id)}`)}
                  </View>
                  <View className='eff__cell selfcheck__points' role='cell'>
                    {t('points.itemPoints', { points: item.points, max: item.max })}
                  </View>
                </View>
              ))}
              <View className='eff__row eff__row--head' role='row'>
                <View className='eff__cell' role='rowheader'>
                  {t('eligibility:points.title')}
                </View>
                <View className='eff__cell selfcheck__points' role='cell'>
                  {t('points.itemPoints', { points: outcome.result.total, max: outcome.result.max })}
                </View>
              </View>
            </View>
          </Section>

          <Section id='improve' title={t('eligibility:points.improvements.title')}>
            {outcome.result.toNextCategory ? (
              <Text className='selfcheck__reason'>
                {t('eligibility:points.toNextCategory', {
                  points: outcome.result.toNextCategory.points,
                  category: outcome.result.toNextCategory.category
                })}
              </Text>
            ) : null}
            {outcome.result.improvements.length === 0 ? <Text className='field__help'>{t('points.noImprovements')}</Text> : null}
            {outcome.result.improvements.map((imp) => (
              <View key={imp.id} className='selfcheck__improvement'>
                <View className='selfcheck__improvement-head'>
                  <Text className='selfcheck__improvement-text'>{lt(`eligibility:${imp.hint}`, { ...imp.params })}</Text>
                  <Text className='selfcheck__gain'>{t('eligibility:points.improvements.gain', { gain: imp.gain })}</Text>
                </View>
                {imp.changesCategory ? (
                  <Text className='selfcheck__improvement-cat'>{t('eligibility:points.improvements.changesCategory', { category: imp.categoryAfter })}</Text>
                ) : null}
              </View>
            ))}
          </Section>
          <Text className='selfcheck__disclaimer'>{t('points.disclaimer')}</Text>
        </View>
      ) : null}
    </View>
  )
}
