import { useContext, useEffect, useLayoutEffect } from 'react'
import Taro from '@tarojs/taro'
import { useTranslation } from 'react-i18next'
import type { PageTitleKey } from '@/pageTitles'
import { PageTitleContext } from './pageTitleContext'

/**
 * Page configs hold a static bilingual title; this puts the title in the current language: in the platform's
 * navigation bar, and on H5 in the header of a sub-page (before it is painted).
 */
export function usePageTitle(title: string): void {
  const showInHeader = useContext(PageTitleContext)
  useEffect(() => {
    Taro.setNavigationBarTitle({ title }).catch(() => undefined)
  }, [title])
  useLayoutEffect(() => {
    showInHeader?.(title)
  }, [showInHeader, title])
}

/** The page's title from `common:pageTitles`, the same key its config names in both languages. */
export function usePageTitleOf(key: PageTitleKey): void {
  const { t } = useTranslation('common')
  usePageTitle(t(`pageTitles.${key}`))
}
