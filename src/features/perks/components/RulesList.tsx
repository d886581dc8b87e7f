import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import type { Cite, Text as Bilingual } from '@/domain/regions/schema'
import { SourceNote } from '@/components/SourceNote'
import { regionRegistry } from '@/features/regions'
import { langOf, pick } from '../content'
import { focusable } from '../a11y'
import './perks.scss'
import '@/i18n/namespaces/perks'

/** The documents' rules, with their source; long lists start folded after `initial` items. */
export function RulesList({ rules, initial = rules.length, cite, regionId }: { rules: Bilingual[]; initial?: number; cite?: Cite; regionId?: string }) {
  const { t, i18n } = useTranslation('perks')
  const lang = langOf(i18n.language)
  const [open, setOpen] = useState(false)
  if (!rules.length) return null
  const shown = open ? rules : rules.slice(0, initial)
  return (
    <View className='perk-rules'>
      {shown.map((rule, i) => (
        <Text key={i} className='perk-rules__item'>
          {pick(rule, lang)}
        </Text>
      ))}
      {rules.length > initial ? (
        <View className='perk-link' role='button' {...focusable} aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('hub.rulesHide') : t('hub.rulesShow', { count: rules.length })}
        </View>
      ) : null}
      <SourceNote cite={cite} seeds={regionRegistry.get(regionId ?? '')?.seeds ?? []} />
    </View>
  )
}
