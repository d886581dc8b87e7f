import { tabRoutes, subPackages, preloadRule } from './routes'
// app.json holds one language: the tab texts are the Chinese ones of the locale file, set in the reader's
// language at run time (src/lib/tabBar.ts).
import zh from '../locales/zh-CN/common.json'

const tabs = Object.values(tabRoutes)

export default defineAppConfig({
  pages: tabs.map((route) => route.path),
  subPackages: subPackages(),
  preloadRule: preloadRule(),
  tabBar: {
    color: '#5c6470',
    selectedColor: '#0b5cad',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: tabs.map((route) => ({
      pagePath: route.path,
      text: zh.tabs[route.tab.textKey],
      iconPath: `assets/tabbar/${route.tab.textKey}.png`,
      selectedIconPath: `assets/tabbar/${route.tab.textKey}-active.png`
    }))
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#0b5cad',
    navigationBarTitleText: '来华工作一件事 Work in China',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f6f9'
  },
  lazyCodeLoading: 'requiredComponents',
  // Passport data and photos are personal information: declared for WeChat's privacy flow.
  __usePrivacyCheck__: true
})
