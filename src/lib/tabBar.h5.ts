/**
 * H5: the tab bar's texts in the reader's language from its first drawing.
 *
 * Taro's H5 entry evaluates the app module, then publishes the app config (`window.__taroAppConfig = config`)
 * and creates its `<taro-tabbar>` from `config.tabBar` straight away. That element is a Stencil component: it
 * reads `conf.list` and draws in a later frame, and only then (componentDidLoad) starts listening for
 * `setTabBarItem`. Taro's event centre keeps no events for late listeners, so texts set while the app starts
 * (the app's first effect runs before the bar has loaded) were dropped, and the bar kept app.json's Chinese.
 *
 * So the texts go into the config the bar is made from: `presetTabBarTexts` runs while the app module is
 * evaluated, before the entry publishes the config, and puts them into `config.tabBar.list` as it is published.
 * Later changes (a language switch) update the same items, which the bar's list shares, and tell a bar that
 * has loaded through `setTabBarItem`, which draws it again.
 */
import Taro from '@tarojs/taro'

interface TabBarItem {
  text?: string
}
interface AppConfig {
  tabBar?: { list?: TabBarItem[] }
}
interface ConfigHolder {
  __taroAppConfig?: AppConfig
}

const CONFIG_KEY = '__taroAppConfig'
let current: readonly string[] = []
let watching = false

function localize(config: AppConfig | undefined): void {
  config?.tabBar?.list?.forEach((item, index) => {
    const text = current[index]
    if (text) item.text = text
  })
}

/** The config once the entry has published it; until then, localize it as it is published. */
function localizeConfig(): void {
  if (typeof window === 'undefined') return
  const holder = window as unknown as ConfigHolder
  if (holder[CONFIG_KEY] !== undefined) {
    localize(holder[CONFIG_KEY])
    return
  }
  if (watching) return
  watching = true
  Object.defineProperty(window, CONFIG_KEY, {
    configurable: true,
    enumerable: true,
    get: () => undefined,
    set(config: AppConfig) {
      localize(config)
      // From here on a plain property again, as Taro made it.
      Object.defineProperty(window, CONFIG_KEY, { configurable: true, enumerable: true, writable: true, value: config })
      watching = false
    }
  })
}

/** Taro's tab bar has a list once it has loaded; before that it will read the config's. */
function loadedTabBar(): boolean {
  if (typeof document === 'undefined') return false
  const bar = document.querySelector('taro-tabbar') as (Element & { list?: unknown }) | null
  return Array.isArray(bar?.list)
}

export function presetTabBarTexts(texts: readonly string[]): void {
  current = texts
  localizeConfig()
}

export function setTabBarTexts(texts: readonly string[]): void {
  current = texts
  localizeConfig()
  if (!loadedTabBar()) return
  texts.forEach((text, index) => {
    Taro.setTabBarItem({ index, text }).catch(() => undefined)
  })
}
