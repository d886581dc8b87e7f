/** A region's overview: its documents, intro, perks (rules and checklists), offices and general FAQ. */
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import type { RegionGuide } from '@/domain/regions/schema'
import { regionRegistry } from '@/features/regions'
import { navigate } from '@/lib/navigation'
import { langOf, officesById } from '@/features/guides/content'
import { useNow } from '@/features/guides/useNow'
import { SourceNote } from '@/components/SourceNote'
import { citeOf } from '@/content/regions/sources'
import { citeKey } from '@/domain/regions/sources'
import { Bullets, FaqList, Section } from '../components/GuideParts'
import { OfficeCard } from '../components/OfficeCard'
import { PhoneRow } from '../components/PhoneRow'
import { GuideNotFound } from './GuideNotFound'
import './GuideView.scss'

export function RegionView({ regionId, guide }: { regionId: string; guide: RegionGuide | undefined }) {
  const { t, i18n } = useTranslation(['guides', 'common'])
  const lang = langOf(i18n.language)
  const now = useNow()
  const region = regionRegistry.get(regionId)
  if (!region) {
    return <GuideNotFound />
  }
  const perks = region.perks
  return (
    <View className='guide'>
      <View className='guide__hero'>
        <Text className='guide__region'>{region.province[lang]}</Text>
        <View role='heading' aria-level={1} className='guide__title'>
          {t('about.title', { region: region.name[lang] })}
        </View>
      </View>

      {guide ? (
        <Section id='intro' title={t('detail.regionIntro')}>
          <Text className='guide__text'>{guide.intro[lang]}</Text>
        </Section>
      ) : null}

      <Section id='sources' title={t('detail.sources')}>
        {region.seeds.map((seed) => (
          <View key={seed.id} className='guide__fact'>
            <Text className='guide__fact-value'>{seed.title[lang]}</Text>
            <Text className='guide__fact-label'>{t('detail.source', { issuedBy: seed.issuedBy[lang], date: seed.date })}</Text>
            {seed.repeals ? (
              <>
                <Text className='guide__fact-label'>{t('detail.repeals', { title: seed.repeals.title[lang], date: seed.repeals.date })}</Text>
                <SourceNote cite={citeOf(region.id, citeKey.repeals(seed.id))} seeds={region.seeds} />
              </>
            ) : null}
          </View>
        ))}
      </Section>

      {region.scope !== 'national' ? (
        <Section id='points' title={t('detail.pointsNote')}>
          {region.points.note ? <Text className='guide__text'>{region.points.note[lang]}</Text> : null}
          <Button type='default' block onClick={() => navigate('pointsCheck', { region: region.id })}>
            {t('detail.startPoints')}
          </Button>
        </Section>
      ) : null}

      {perks.length > 0 ? (
        <Section id='perks' title={t('detail.perks')}>
          {perks.map((perk) => {
            const text = guide?.perks[perk.id]
            return (
              <View key={perk.id} className='office' role='group' aria-label={perk.name[lang]}>
                <View role='heading' aria-level={3} className='office__name'>
                  {perk.name[lang]}
                </View>
                {text ? <Bullets items={text.rules} /> : null}
                {text && text.checklist.length > 0 ? (
                  <View className='office__block'>
                    <Text className='office__label'>{t('detail.checklist')}</Text>
                    <Bullets items={text.checklist} />
                  </View>
                ) : null}
                {perk.phones.map((phone) => (
                  <PhoneRow key={`${phone.number}-${phone.label.en}`} label={phone.label} number={phone.number} />
                ))}
              </View>
            )
          })}
        </Section>
      ) : null}

      <Section id='offices' title={t('detail.offices')}>
        {officesById(
          regionRegistry,
          regionId,
          region.offices.map((o) => o.id)
        ).map((office) => (
          <OfficeCard key={office.id} office={office} now={now} seeds={region.seeds} regionId={region.id} />
        ))}
      </Section>

      {guide && guide.faq.length > 0 ? (
        <Section id='faq' title={t('detail.faq')}>
          <FaqList items={guide.faq} />
        </Section>
      ) : null}
    </View>
  )
}
