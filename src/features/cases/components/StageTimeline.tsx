/** The vertical timeline of stages (from the documents' flows), each explained in plain words. */
import { View, Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import type { Stage } from '@/domain/case/stages'
import { formatInstant, useLang } from '../lang'
import { matterName } from '../region'
import './cases.scss'
import '@/i18n/namespaces/cases'

export function StageTimeline({ stages, regionId }: { stages: Stage[]; regionId: string }) {
  const { t } = useTranslation('cases')
  const lang = useLang()
  return (
    <View className='cases-card'>
      <View role='heading' aria-level={2} className='cases-card__title'>
        {t('stages.heading')}
      </View>
      <View role='list' aria-label={t('stages.heading')} className='cases-stages'>
        {stages.map((stage, i) => (
          <View
            key={stage.id}
            role='listitem'
            className={`cases-stage cases-stage--${stage.status}`}
            aria-current={stage.status === 'current' || stage.status === 'attention' ? 'step' : undefined}
            aria-label={`${i + 1}. ${t(`stages.${stage.id}.title`)}: ${t(`stageStatus.${stage.status}`)}`}
          >
            <View className='cases-stage__rail'>
              <Text className='cases-stage__dot'>{stage.status === 'done' ? '✓' : stage.status === 'attention' ? '!' : String(i + 1)}</Text>
            </View>
            <View className='cases-stage__body'>
              <Text className='cases-stage__title'>{t(`stages.${stage.id}.title`)}</Text>
              <Text className='cases-stage__status'>
                {t(`stageStatus.${stage.status}`)}
                {stage.doneAt ? ` · ${formatInstant(stage.doneAt)}` : stage.startedAt && stage.status !== 'upcoming' ? ` · ${t('stages.since', { when: formatInstant(stage.startedAt) })}` : ''}
              </Text>
              <Text className='cases-stage__explain'>{t(`stages.${stage.id}.explain`)}</Text>
              {stage.matters.length ? (
                <View className='cases-stage__matters'>
                  {stage.matters.map((m) => (
                    <Text key={m.matterId} className={`cases-stage__matter${m.attention ? ' cases-stage__matter--attention' : ''}`}>
                      {matterName(regionId, m.matterId, lang)}: {t(`matterState.${m.state}`)}
                    </Text>
                  ))}
                </View>
              ) : null}
            </View>
          </View>
        ))}
      </View>
    </View>
  )
}
