import type { PropsWithChildren } from 'react'
import { Button } from '@nutui/nutui-react-taro'
import { pressable } from '@/components/pressable'
import { AGREE_BUTTON_ID } from '../notice'

/**
 * "Agree". In the mini-program it is WeChat's `<button open-type="agreePrivacyAuthorization">` with the id
 * WeChat checks, so one tap records both the app's consent and WeChat's privacy authorisation; the
 * agree event (not the tap) is what counts. Elsewhere a plain button.
 */
export function AgreeButton({ onAgree, children }: PropsWithChildren<{ onAgree: () => void }>) {
  const props =
    process.env.TARO_ENV === 'weapp'
      ? { id: AGREE_BUTTON_ID, openType: 'agreePrivacyAuthorization' as const, onAgreePrivacyAuthorization: onAgree }
      : { onClick: onAgree, ...pressable(onAgree) }
  return (
    <Button type='primary' block {...props}>
      {children}
    </Button>
  )
}
