/**
 * "Source: <document>, <article>" under a fact; a tap shows the document's words in Chinese and their
 * English. Demo data says so. Seeds come from the region, national sources from src/domain/regions/sources.ts.
 */
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import type { Cite } from '@/domain/regions/schema'
import { citeLabel, isDemo } from '@/domain/regions/sources'
import { contentLang } from '@/i18n/content'
import { focusable } from '@/lib/a11y'
import './SourceNote.scss'

interface Props {
  cite: Cite | undefined
  seeds: readonly { id: string; title: { zh: string; en: string } }[]
  /** A document the card around this note already names: the note then gives only the article. */
  named?: string
}

export function SourceNote({ cite, seeds, named }: Props) {
  const { t, i18n } = useTranslation('common')
  const [open, setOpen] = useState(false)
  if (!cite) return null
  const lang = contentLang(i18n.language)
  if (isDemo(cite)) return <Text className='source-note source-note--demo'>{t('sources.demo')}</Text>
  const line = t('sources.line', { source: citeLabel(cite, seeds, lang, named) })
  if (!cite.quote) return <Text className='source-note'>{line}</Text>
  return (
    <View className='source-note'>
      <View className='source-note__line' role='button' aria-expanded={open} {...focusable} onClick={() => setOpen(!open)}>
        {`${line} · ${open ? t('sources.hideQuote') : t('sources.showQuote')}`}
      </View>
      {open ? (
        <View className='source-note__quote'>
          <Text className='source-note__zh'>{`“${cite.quote.zh}”`}</Text>
          <Text className='source-note__en'>{cite.quote.en}</Text>
        </View>
      ) : null}
    </View>
  )
}
