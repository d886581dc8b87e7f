import { useEffect, useState } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'
import { holdScreen } from './screen'

/**
 * While `enabled` and the page is on screen: screen kept on and at full brightness (weapp), so the
 * desk's scanner reads the code. Restored when the page hides or unmounts. Returns whether the page is shown.
 */
export function useBrightScreen(enabled: boolean): boolean {
  const [shown, setShown] = useState(true)
  useDidShow(() => setShown(true))
  useDidHide(() => setShown(false))

  useEffect(() => {
    if (!enabled || !shown) return undefined
    let restore: (() => void) | null = null
    let left = false
    void holdScreen().then((release) => {
      if (left) release()
      else restore = release
    })
    return () => {
      left = true
      restore?.()
    }
  }, [enabled, shown])

  return shown
}
