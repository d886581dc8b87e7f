import { useEffect, type PropsWithChildren } from 'react'
import { I18nextProvider } from 'react-i18next'
import { initI18n, i18n, setLanguage, type Language } from '@/i18n'
import { useSettings } from '@/stores/settings'
import { tabRoutes } from '@/routes'
import { installA11y, setTabBarLabel } from '@/lib/a11y'
import { presetTabBarTexts, setTabBarTexts } from '@/lib/tabBar'
import { installPlatformPrivacy } from '@/features/privacy/platform'
import { prepareSealing } from '@/lib/sealKey'
import { restoreDemoClock } from '@/lib/demoClock'
import { installWebApp, setWebAppLanguage } from '@/lib/webApp'
import './app.scss'

// Before any screen counts a day: the demo backend's clock, as the officer simulator last set it.
restoreDemoClock()
initI18n(useSettings.getState().language)
/** Each tab's text in the current language, in the tab bar's order. */
const tabTexts = (): string[] => Object.values(tabRoutes).map((route) => i18n.t(`tabs.${route.tab.textKey}`))
// H5: the tab bar is made from the app config right after this module; it is made in the reader's language.
presetTabBarTexts(tabTexts())
// Keyboard activation, button roles and landmarks for the H5 build (nothing on the mini-program).
installA11y()
// WeChat's privacy prompt must have its listener before any privacy API runs.
installPlatformPrivacy()
// The key that seals personal data at rest; on weapp its random source is asynchronous.
void prepareSealing().catch(() => undefined)
// H5: the service worker that opens the app offline and announces new versions (nothing on the mini-program).
installWebApp()

/** Tab bar texts are static in app.json (Chinese); set them in the current language. */
function applyLanguage(language: Language): void {
  setLanguage(language)
  setTabBarTexts(tabTexts())
  setTabBarLabel(i18n.t('a11y.tabBar'))
  setWebAppLanguage(language)
  if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') document.documentElement.lang = language
}

export default function App({ children }: PropsWithChildren) {
  const language = useSettings((s) => s.language)
  useEffect(() => {
    applyLanguage(language)
  }, [language])
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
}
