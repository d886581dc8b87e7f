import { useMemo, useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import { Tile } from '@/components/Tile'
import { navigate } from '@/lib/navigation'
import { regionRegistry } from '@/features/regions/useRegion'
import { filterEntries, langOf, regionEntries, type GuideEntry } from '@/features/guides/content'
import { useGuideRegion } from '@/features/guides/useGuideRegion'
import { RegionSwitch } from '@/features/guides/components/RegionSwitch'
import { GuideEntryCard } from '@/features/guides/components/GuideEntryCard'
import { focusable } from '@/features/guides/a11y'
import './index.scss'
import { usePageTitleOf } from '@/hooks/usePageTitle'

/** The Guides tab: core data only (guide.json is read by the guides subpackage). */
export default function GuidesPage() {
  usePageTitleOf('guides')
  const { t, i18n } = useTranslation(['guides', 'common'])
  const lang = langOf(i18n.language)
  const [regionId, setRegionId] = useGuideRegion()
  const [query, setQuery] = useState('')
  const region = regionRegistry.get(regionId)
  const all = useMemo(() => regionEntries(regionRegistry, regionId), [regionId])
  const shown = useMemo(() => filterEntries(all, query), [all, query])
  const searching = query.trim() !== ''
  const count = shown.bundles.length + shown.matters.length + shown.national.length

  return (
    <View className='guides'>
      <View className='guides__head'>
        <View role='heading' aria-level={1} className='guides__title'>
          {t('title')}
        </View>
        <Text className='guides__intro'>{t('intro')}</Text>
      </View>

      <View className='guides__panel'>
        <Text className='guides__label' id='guides-region-label'>
          {t('region.label')}
        </Text>
        <RegionSwitch regions={regionRegistry.pickable()} value={regionId} onChange={setRegionId} />
        <Text className='guides__label' id='guides-search-label'>
          {t('search.label')}
        </Text>
        <View className='guides__search'>
          <Input
            className='guides__search-input'
            aria-labelledby='guides-search-label'
            nativeProps={{ 'aria-labelledby': 'guides-search-label' }}
            value={query}
            placeholder={t('search.placeholder')}
            confirmType='search'
            onInput={(e) => setQuery(e.detail.value)}
          />
          {searching ? (
            <View className='guides__search-clear' role='button' {...focusable} aria-label={t('search.clear')} onClick={() => setQuery('')}>
              <Text>×</Text>
            </View>
          ) : null}
        </View>
        {searching ? (
          <View className='guides__count' role='status'>
            {count > 0 ? t('search.results', { count }) : t('search.noResults', { query: query.trim() })}
          </View>
        ) : null}
      </View>

      <EntrySection title={t('sections.bundles')} entries={shown.bundles} />
      <EntrySection title={t('sections.matters')} entries={shown.matters} />
      <EntrySection title={t('sections.national')} entries={shown.national} note={t('region.nationalNote')} />

      {!searching ? (
        <>
          <View className='guides__section'>
            <View role='heading' aria-level={2} className='guides__section-title'>
              {t('sections.selfChecks')}
            </View>
            <Tile title={t('selfChecks.points')} hint={t('selfChecks.pointsHint')} onClick={() => navigate('pointsCheck', { region: regionId })} />
            {/* The talent check is Beihai's certification: only a region that certifies talents lists it. */}
            {region?.matters.some((m) => m.kind === 'talent_certification') ? (
              <Tile title={t('selfChecks.talent')} hint={t('selfChecks.talentHint')} onClick={() => navigate('talentCheck')} />
            ) : null}
          </View>
          {region ? (
            <View className='guides__section'>
              <View role='heading' aria-level={2} className='guides__section-title'>
                {t('sections.about')}
              </View>
              <Tile
                title={t('about.title', { region: region.name[lang] })}
                hint={t('about.hint')}
                onClick={() => navigate('guideDetail', { region: regionId, type: 'region', id: regionId })}
              />
            </View>
          ) : null}
        </>
      ) : null}
    </View>
  )
}

function EntrySection({ title, entries, note }: { title: string; entries: GuideEntry[]; note?: string }) {
  if (entries.length === 0) return null
  return (
    <View className='guides__section'>
      <View role='heading' aria-level={2} className='guides__section-title'>
        {title}
      </View>
      {note ? <Text className='guides__note'>{note}</Text> : null}
      {entries.map((entry) => (
        <GuideEntryCard key={`${entry.regionId}:${entry.type}:${entry.id}`} entry={entry} />
      ))}
    </View>
  )
}
