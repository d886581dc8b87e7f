/**
 * The tab bar's texts in the reader's language. app.json can only hold one language (Chinese, from
 * locales/zh-CN), so the mini-program sets each item with `setTabBarItem` once the app runs. H5 draws its own
 * tab bar and needs its texts before that bar exists: `./tabBar.h5.ts`.
 */
import Taro from '@tarojs/taro'

/** Before the app's first page: nothing to do on the mini-program (WeChat's bar is set once the app runs). */
export function presetTabBarTexts(_texts: readonly string[]): void {}

/** Each tab's text, in the tab bar's order. */
export function setTabBarTexts(texts: readonly string[]): void {
  texts.forEach((text, index) => {
    Taro.setTabBarItem({ index, text }).catch(() => undefined)
  })
}
