/**
 * Bilingual content data ({ zh, en } objects: region files, backend texts) is not in locales/: these pick
 * the side that matches the UI language. No Taro or React import, so domain-free modules can use it too.
 */
export type ContentLang = 'zh' | 'en'

export interface BilingualText {
  zh: string
  en: string
}

export const contentLang = (language: string | undefined): ContentLang => (language === 'zh-CN' ? 'zh' : 'en')

export const pick = (text: BilingualText | null | undefined, lang: ContentLang): string => (text ? text[lang] : '')
