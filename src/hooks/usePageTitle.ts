import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { useTranslation } from 'react-i18next'
import type { PageTitleKey } from '@/pageTitles'

/** Page configs hold a static bilingual title; this puts the title in the current language. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    Taro.setNavigationBarTitle({ title }).catch(() => undefined)
  }, [title])
}

/** The page's title from `common:pageTitles`, the same key its config names in both languages. */
export function usePageTitleOf(key: PageTitleKey): void {
  const { t } = useTranslation('common')
  usePageTitle(t(`pageTitles.${key}`))
}
