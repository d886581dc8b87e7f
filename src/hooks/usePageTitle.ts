import { useEffect } from 'react'
import Taro from '@tarojs/taro'

/** Page configs hold a static bilingual title; this puts the title in the current language. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    Taro.setNavigationBarTitle({ title }).catch(() => undefined)
  }, [title])
}
