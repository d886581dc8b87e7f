/** Beihai talent certification self-check: yes/no answers lead to the criterion that applies and its materials. */
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { assessTalentCriteria, TALENT_CRITERIA, TALENT_QUESTIONS, type TalentAnswers, type TalentQuestionId } from '@/domain/eligibility/talentCriteria'
import { navigate } from '@/lib/navigation'
import { loose, type LooseT } from '@/features/guides/i18n'
import { regionRegistry } from '@/features/regions'
import { theatreDiscountPercent, zheOf } from '@/domain/perks/terms'
import { Choices } from '../components/FormParts'
import { Section } from '../components/GuideParts'
import './SelfCheck.scss'
import '@/i18n/namespaces/validation'
import '@/i18n/namespaces/eligibility'

const criterionNumber = (id: string): number => TALENT_CRITERIA.findIndex((c) => c.id === id) + 1

/** The numbers the texts name, from Beihai's data (each written once there). */
function beihaiNumbers(t: LooseT) {
  const beihai = regionRegistry.get('beihai')
  const percent = theatreDiscountPercent(beihai?.perks.find((p) => p.kind === 'theatre'))
  return {
    permitDays: beihai?.bundles.find((b) => b.certifiedTalentOnly)?.timeLimit.promisedDays,
    decisionDays: beihai?.matters.find((m) => m.kind === 'talent_certification')?.timeLimit.promisedDays,
    discount: t('eligibility:talent.discount', { percent, zhe: zheOf(percent) })
  }
}

export function TalentCheck() {
  const { t } = useTranslation(['guides', 'eligibility', 'common'])
  const lt = loose(t)
  const [answers, setAnswers] = useState<TalentAnswers>({})
  const assessment = assessTalentCriteria(answers)
  const chosen = assessment.criterion ? TALENT_CRITERIA.find((c) => c.id === assessment.criterion) : undefined
  const answered = Object.keys(answers).length > 0
  const numbers = beihaiNumbers(lt)

  const answer = (id: TalentQuestionId, value: boolean) => setAnswers((a) => ({ ...a, [id]: value }))

  return (
    <View className='selfcheck'>
      <View className='selfcheck__hero'>
        <View role='heading' aria-level={1} className='selfcheck__title'>
          {t('eligibility:talent.title')}
        </View>
        <Text className='selfcheck__intro'>{t('eligibility:talent.intro', numbers)}</Text>
      </View>

      <Section id='criteria' title={t('talent.criteriaTitle')}>
        <Text className='selfcheck__reason'>{t('eligibility:talent.selfCheck')}</Text>
        {TALENT_CRITERIA.map((c, i) => (
          <View key={c.id} className={`selfcheck__criterion ${assessment.criteriaMet.includes(c.id) ? 'selfcheck__criterion--met' : ''}`}>
            <Text className='field__label'>
              {t('talent.criterionN', { n: i + 1 })} · {lt(`eligibility:${c.titleKey}`)}
            </Text>
            <Text className='selfcheck__reason'>{lt(`eligibility:${c.textKey}`)}</Text>
            {c.id === 'c3' ? <Text className='field__help'>{t('eligibility:talent.criteria.c3.examples')}</Text> : null}
          </View>
        ))}
      </Section>

      <Section id='questions' title={t('talent.questionsTitle')}>
        {TALENT_QUESTIONS.map((q) => (
          <View key={q.id} className='selfcheck__question'>
            <Text className='field__label' id={`tq-${q.id}`}>
              {lt(`eligibility:${q.key}`)}
            </Text>
            <Choices
              labelledBy={`tq-${q.id}`}
              options={[
                { value: 'yes', label: t('talent.yes') },
                { value: 'no', label: t('talent.no') }
              ]}
              value={answers[q.id] === undefined ? undefined : answers[q.id] ? 'yes' : 'no'}
              onChange={(v) => answer(q.id, v === 'yes')}
            />
          </View>
        ))}
      </Section>

      {answered ? (
        <Section id='result' title={t('talent.resultTitle')}>
          <View className={`selfcheck__verdict ${assessment.qualifies ? 'selfcheck__result--yes' : 'selfcheck__result--no'}`} aria-live='polite'>
            {chosen ? (
              <Text className='selfcheck__verdict-cat selfcheck__verdict-cat--A'>
                {t('talent.qualifies', { n: criterionNumber(chosen.id), title: lt(`eligibility:${chosen.titleKey}`) })}
              </Text>
            ) : (
              <Text className='selfcheck__verdict-cat'>{t('talent.notYet')}</Text>
            )}
            {assessment.reasons.map((reason) => (
              <Text key={reason.key} className='selfcheck__reason'>
                {lt(`eligibility:${reason.key}`)}
              </Text>
            ))}
          </View>

          {chosen ? (
            <>
              <View role='heading' aria-level={3} className='field__label'>
                {t('talent.materialsTitle')}
              </View>
              <View className='checklist' role='list'>
                {assessment.materials.map((m, i) => (
                  <View key={m.id} className='material' role='listitem'>
                    <View className='material__head'>
                      <Text className='material__index'>{i + 1}</Text>
                      <Text className='material__name'>{lt(`eligibility:${m.key}`)}</Text>
                      <Text className='material__tag'>{lt(`talent.forms.${m.form}`)}</Text>
                    </View>
                    {m.noteKey ? <Text className='field__help'>{lt(`eligibility:${m.noteKey}`)}</Text> : null}
                  </View>
                ))}
              </View>
              <Text className='selfcheck__reason'>{t('eligibility:talent.submission', numbers)}</Text>
              <Text className='field__help'>{t('eligibility:talent.validity')}</Text>
              <Text className='field__help'>{t('eligibility:talent.honesty')}</Text>
              <Button type='primary' block onClick={() => navigate('applyStart', { kind: 'talent_certification', criterion: chosen.id })}>
                {t('talent.start')}
              </Button>
            </>
          ) : null}
          <Button type='default' block onClick={() => setAnswers({})}>
            {t('talent.reset')}
          </Button>
        </Section>
      ) : null}
      <Text className='selfcheck__disclaimer'>{t('talent.disclaimer')}</Text>
    </View>
  )
}
