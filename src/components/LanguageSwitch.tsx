import { View, Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import { languages } from '@/i18n'
import { useSettings } from '@/stores/settings'
import { focusable } from '@/lib/a11y'
import './LanguageSwitch.scss'

export function LanguageSwitch() {
  const { t } = useTranslation()
  const language = useSettings((s) => s.language)
  const setLanguage = useSettings((s) => s.setLanguage)
  return (
    <View className='language-switch' role='radiogroup' aria-label={t('language.label')}>
      {languages.map((lng) => (
        <View
          key={lng}
          role='radio'
          {...focusable}
          aria-checked={lng === language}
          className={`language-switch__option ${lng === language ? 'language-switch__option--active' : ''}`}
          onClick={() => setLanguage(lng)}
        >
          <Text>{t(`language.${lng}`)}</Text>
        </View>
      ))}
    </View>
  )
}
