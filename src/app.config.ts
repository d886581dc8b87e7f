import { tabRoutes, subPackages, preloadRule } from './routes'

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
      text: route.tab.defaultText,
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
