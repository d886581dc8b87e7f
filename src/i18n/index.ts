import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { en, zhCN, type LazyNamespace, type Resources } from './resources'
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

type Bundle = Record<string, unknown>
/** Namespaces registered before i18n started (a subpackage module evaluated first, as in tests). */
const pendingBundles: { ns: LazyNamespace; en: Bundle; zh: Bundle }[] = []

/**
 * A subpackage registers the namespaces only it uses, when its first page loads, so the main
 * package need not carry them. Safe to call more than once and before `initI18n`.
 */
export function registerNamespace<N extends LazyNamespace>(ns: N, enBundle: Resources[N], zhBundle: Resources[N]): void {
  if (!i18n.isInitialized) {
    pendingBundles.push({ ns, en: enBundle as Bundle, zh: zhBundle as Bundle })
    return
  }
  if (i18n.hasResourceBundle('en', ns)) return
  i18n.addResourceBundle('en', ns, enBundle, true, true)
  i18n.addResourceBundle('zh-CN', ns, zhBundle, true, true)
}

export function initI18n(language: Language): typeof i18n {
  if (!i18n.isInitialized) {
    const resources: Record<Language, Record<string, Bundle>> = { en: { ...en }, 'zh-CN': { ...zhCN } }
    for (const bundle of pendingBundles.splice(0)) {
      resources.en[bundle.ns] = bundle.en
      resources['zh-CN'][bundle.ns] = bundle.zh
    }
    void i18n.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'en',
      ns: Object.keys(resources.en),
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
      // A key shown raw is a bug: a namespace its subpackage did not register, or a key one locale lacks.
      saveMissing: true,
      missingKeyHandler: (_lngs, ns, key) => console.error(`Missing translation: ${ns}:${key}`)
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
