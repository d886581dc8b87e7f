/** Every recorded transition (time, actor, note), newest first; a bundle's matters moving together show once. */
import { View, Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import type { TimelineEvent } from '@/api'
import { groupTimeline } from '@/domain/case/stages'
import { formatInstant, pick, useLang } from '../lang'
import { matterName } from '../region'
import './cases.scss'
import '@/i18n/namespaces/cases'

export function History({ timeline, regionId, matterCount }: { timeline: TimelineEvent[]; regionId: string; matterCount: number }) {
  const { t } = useTranslation('cases')
  const lang = useLang()
  const entries = groupTimeline(timeline).reverse()
  return (
    <View className='cases-card'>
      <View role='heading' aria-level={2} className='cases-card__title'>
        {t('history.heading')}
      </View>
      {entries.length === 0 ? <Text className='cases-muted'>{t('history.empty')}</Text> : null}
      <View role='list' aria-label={t('history.heading')}>
        {entries.map(({ first, matterIds }) => (
          <View key={first.id} role='listitem' className='cases-event'>
            <Text className='cases-event__when'>{formatInstant(first.at)}</Text>
            <Text className='cases-event__what'>
              {first.to ? t(`matterState.${first.to}`) : first.event}
              {' · '}
              {t(`actor.${first.actor}`)}
            </Text>
            {matterIds.length && matterIds.length < matterCount ? (
              <Text className='cases-event__matters'>{matterIds.map((id) => matterName(regionId, id, lang)).join(lang === 'zh' ? '、' : ', ')}</Text>
            ) : null}
            {first.note ? <Text className='cases-event__note'>{pick(first.note, lang)}</Text> : null}
          </View>
        ))}
      </View>
    </View>
  )
}
