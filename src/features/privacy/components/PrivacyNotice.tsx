import { View, Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import { COLLECTED, NOTICE_SECTIONS, PRIVACY_NOTICE_VERSION } from '../notice'
import './privacy.scss'

/** The notice itself: what is collected, why, where it goes, how long it is kept, and the choices. */
export function PrivacyNotice({ headingLevel = 3 }: { headingLevel?: number }) {
  const { t } = useTranslation('privacy')
  return (
    <View className='privacy-notice'>
      <View role='heading' aria-level={headingLevel} className='privacy-notice__heading'>
        {t('notice.collectHeading')}
      </View>
      <View role='list' className='privacy-notice__list'>
        {COLLECTED.map((item) => (
          <View key={item} role='listitem' className='privacy-notice__item'>
            {t(`notice.collect.${item}`)}
          </View>
        ))}
      </View>
      {NOTICE_SECTIONS.map((section) => (
        <View key={section} className='privacy-notice__section'>
          <View role='heading' aria-level={headingLevel} className='privacy-notice__heading'>
            {t(`notice.${section}Heading`)}
          </View>
          <Text className='privacy-notice__text'>{t(`notice.${section}`)}</Text>
        </View>
      ))}
      <Text className='privacy-notice__version'>{t('notice.version', { version: PRIVACY_NOTICE_VERSION })}</Text>
    </View>
  )
}
