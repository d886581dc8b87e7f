/**
 * Page titles for page configs (`index.config.ts`), which are read at build time, before anyone's language
 * is known: both languages, from the locale files. At run time each page puts its title in the reader's
 * language (`usePageTitleOf` in src/hooks/usePageTitle.ts). Plain data, no Taro: evaluated in Node.
 */
import en from '../locales/en/common.json'
import zh from '../locales/zh-CN/common.json'

export type PageTitleKey = keyof typeof en.pageTitles

export function bilingualPageTitle(key: PageTitleKey): string {
  return `${en.pageTitles[key]} · ${zh.pageTitles[key]}`
}
