import { useTranslation } from 'react-i18next'
import { beijingTime, type IsoDate } from '@/domain/time/beijing'
import { contentLang, type ContentLang } from '@/i18n/content'

export { pick, type ContentLang as Lang, type BilingualText as BiText } from '@/i18n/content'

/** Which side of a bilingual {zh, en} content object to show. */
export function useLang(): ContentLang {
  const { i18n } = useTranslation()
  return contentLang(i18n.language)
}

/** 'YYYY-MM-DD HH:mm' in Beijing time, whatever the device's zone. */
export function formatInstant(iso: string): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return iso
  const t = beijingTime(ms)
  return `${t.date} ${t.hhmm}`
}

export function formatDay(iso: string): IsoDate {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? iso : beijingTime(ms).date
}
