import { View, Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import type { RegionCore } from '@/domain/regions/schema'
import { langOf } from '../content'
import { focusable } from '@/features/guides/a11y'
import './RegionSwitch.scss'

/** Pick a region: a row of chips that behave as radio buttons. */
export function RegionSwitch({ regions, value, onChange }: { regions: RegionCore[]; value: string; onChange: (id: string) => void }) {
  const { t, i18n } = useTranslation('guides')
  const lang = langOf(i18n.language)
  return (
    <View className='region-switch' role='radiogroup' aria-label={t('region.label')}>
      {regions.map((region) => (
        <View
          key={region.id}
          role='radio'
          {...focusable}
          aria-checked={region.id === value}
          className={`region-switch__chip ${region.id === value ? 'region-switch__chip--active' : ''}`}
          onClick={() => onChange(region.id)}
        >
          <Text>{region.name[lang]}</Text>
        </View>
      ))}
    </View>
  )
}
