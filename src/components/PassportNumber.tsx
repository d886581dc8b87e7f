import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { maskPassport, normalizePassportNumber } from '@/domain/validation/passport'
import { pressable } from './pressable'
import './PassportNumber.scss'

export interface PassportNumberProps {
  /** The full number, where this phone holds it (a draft, the signed certificate). */
  full?: string | null
  /** The server's masked form, where that is all there is. */
  masked?: string
  onToggle?: (shown: boolean) => void
}

/**
 * A passport number as every screen shows it: masked by default (maskPassport: 'E1*****78'). Where the
 * full number is on this phone, a toggle shows it until it is hidden again or the screen closes; with
 * only the masked form there is nothing to reveal, so no toggle.
 */
export function PassportNumber({ full, masked, onToggle }: PassportNumberProps) {
  const { t } = useTranslation('privacy')
  const [shown, setShown] = useState(false)
  const number = full ? normalizePassportNumber(full) : ''
  const hidden = masked ?? maskPassport(number)
  const toggle = () => {
    setShown(!shown)
    onToggle?.(!shown)
  }
  return (
    <View className='passport-number'>
      <Text className='passport-number__value'>{shown && number ? number : hidden}</Text>
      {number ? (
        <Button size='small' onClick={toggle} {...pressable(toggle)}>
          {shown ? t('passport.hide') : t('passport.show')}
        </Button>
      ) : null}
    </View>
  )
}
