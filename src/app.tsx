import { useEffect, type PropsWithChildren } from 'react'
import Taro from '@tarojs/taro'
import { I18nextProvider } from 'react-i18next'
import { initI18n, i18n, setLanguage, type Language } from '@/i18n'
import { useSettings } from '@/stores/settings'
import { tabRoutes } from '@/routes'
import { installA11y, setTabBarLabel } from '@/lib/a11y'
import { installPlatformPrivacy } from '@/features/privacy/platform'
import { prepareSealing } from '@/lib/sealKey'
import { openAhead } from '@/lib/sealedStorageAhead'
import { CERTIFICATE_STORAGE_KEY } from '@/features/certificate/storageKey'
import './app.scss'

initI18n(useSettings.getState().language)
// Keyboard activation, button roles and landmarks for the H5 build (nothing on the mini-program).
installA11y()
// WeChat's privacy prompt must have its listener before any privacy API runs.
installPlatformPrivacy()
// The key that seals personal data at rest; on weapp its random source is asynchronous.
void prepareSealing().catch(() => undefined)
// H5: the certificate cache is opened by WebCrypto now, so its screen does not open it in JavaScript.
openAhead([CERTIFICATE_STORAGE_KEY])

/** Tab bar texts are static in app.json; set them in the current language. */
function applyLanguage(language: Language): void {
  setLanguage(language)
  Object.values(tabRoutes).forEach((route, index) => {
    Taro.setTabBarItem({ index, text: i18n.t(`tabs.${route.tab.textKey}`) }).catch(() => undefined)
  })
  setTabBarLabel(i18n.t('a11y.tabBar'))
  if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') document.documentElement.lang = language
}

export default function App({ children }: PropsWithChildren) {
  const language = useSettings((s) => s.language)
  useEffect(() => {
    applyLanguage(language)
  }, [language])
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
}
