import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { en, zhCN, namespaces } from './resources'
import { installPluralShim } from './pluralShim'

export const languages = ['en', 'zh-CN'] as const
export type Language = (typeof languages)[number]

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'zh-CN'
}

/** Device language ('zh_CN', 'zh-Hans-CN', 'en-US', ...) to one we ship; English otherwise. */
export function languageFromDevice(deviceLanguage: string | undefined | null): Language {
  return (deviceLanguage ?? '').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

const dayjsLocale: Record<Language, string> = { en: 'en', 'zh-CN': 'zh-cn' }

installPluralShim()

export const i18n = i18next.createInstance()

export function initI18n(language: Language): typeof i18n {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { en, 'zh-CN': zhCN },
      lng: language,
      fallbackLng: 'en',
      ns: namespaces,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false
    })
  } else if (i18n.language !== language) {
    void i18n.changeLanguage(language)
  }
  dayjs.locale(dayjsLocale[language])
  return i18n
}

export function setLanguage(language: Language): void {
  void i18n.changeLanguage(language)
  dayjs.locale(dayjsLocale[language])
}
