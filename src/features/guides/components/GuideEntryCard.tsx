import { View, Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import { navigate } from '@/lib/navigation'
import { langOf, type GuideEntry } from '../content'
import { focusable } from '@/features/guides/a11y'
import './GuideEntryCard.scss'

/** One bundle or matter in a list; opens its guide. */
export function GuideEntryCard({ entry }: { entry: GuideEntry }) {
  const { t, i18n } = useTranslation('guides')
  const lang = langOf(i18n.language)
  const tag = entry.type === 'bundle' ? t('entry.bundle') : entry.kind ? t(`kinds.${entry.kind}`) : t('entry.matter')
  return (
    <View
      className='guide-entry'
      role='link'
      {...focusable}
      onClick={() => navigate('guideDetail', { region: entry.regionId, type: entry.type, id: entry.id })}
    >
      <View className='guide-entry__tags'>
        <Text className={`guide-entry__tag guide-entry__tag--${entry.type}`}>{tag}</Text>
        {entry.national ? <Text className='guide-entry__tag'>{t('entry.national')}</Text> : null}
        {entry.certifiedTalentOnly ? <Text className='guide-entry__tag guide-entry__tag--talent'>{t('entry.certifiedOnly')}</Text> : null}
      </View>
      <Text className='guide-entry__name'>{entry.name[lang]}</Text>
      {entry.type === 'bundle' && entry.extra.length > 0 ? (
        <Text className='guide-entry__meta'>{t('entry.matters', { count: entry.extra.length })}</Text>
      ) : null}
      {entry.promisedDays || entry.legalDays ? (
        <View className='guide-entry__times'>
          {entry.promisedDays ? <Text className='guide-entry__promised'>{t('entry.promised', { days: entry.promisedDays })}</Text> : null}
          {entry.legalDays ? <Text className='guide-entry__legal'>{t('entry.legal', { days: entry.legalDays })}</Text> : null}
        </View>
      ) : null}
    </View>
  )
}
