import { View, Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import type { Text as BilingualText } from '@/domain/regions/schema'
import { callNumber, copyText } from '@/features/guides/officeActions'
import { langOf } from '@/features/guides/content'
import { useActionMessages } from './useActionMessages'
import { focusable } from '@/features/guides/a11y'
import './actions.scss'

/** A phone number with Call and Copy, each a real button with its own name. */
export function PhoneRow({ label, number }: { label: BilingualText; number: string }) {
  const { t, i18n } = useTranslation(['guides', 'common'])
  const lang = langOf(i18n.language)
  const messages = useActionMessages()
  const name = label[lang]
  return (
    <View className='phone-row'>
      <View className='phone-row__text'>
        <Text className='phone-row__label'>{name}</Text>
        <Text className='phone-row__number'>{number}</Text>
      </View>
      <View className='phone-row__actions'>
        <View
          className='action action--primary'
          role='button'
          {...focusable}
          aria-label={t('office.call', { label: `${name} ${number}` })}
          onClick={() => void callNumber(number, messages)}
        >
          <Text>{t('common:actions.call')}</Text>
        </View>
        <View
          className='action'
          role='button'
          {...focusable}
          aria-label={t('office.copyNumber', { label: name })}
          onClick={() => void copyText(number, messages)}
        >
          <Text>{t('common:actions.copy')}</Text>
        </View>
      </View>
    </View>
  )
}
