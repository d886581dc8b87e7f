import { useEffect, useId, useRef } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { pressable } from '@/components/pressable'
import { hasPlatformPrivacyFlow, openPlatformPrivacyGuide } from '../platform'
import { AgreeButton } from './AgreeButton'
import { PrivacyNotice } from './PrivacyNotice'
import './privacy.scss'

export interface PrivacySheetProps {
  onAgree: () => void
  onDecline: () => void
}

/** Taro's View types have no tabIndex; H5 passes it on. */
const scrollable = { tabIndex: 0 } as object

const FOCUSABLE = '[tabindex]:not([tabindex="-1"]), button, a[href], input, textarea, select'

/**
 * The notice as a modal sheet, before any passport field or photo picker. In the mini-program its Agree
 * is WeChat's `open-type="agreePrivacyAuthorization"` button, so agreeing here also records WeChat's
 * privacy authorisation. On H5 it is a labelled dialog: focus moves into it, Tab stays inside, Escape
 * means "Not now", and focus returns where it was when it closes.
 */
export function PrivacySheet({ onAgree, onDecline }: PrivacySheetProps) {
  const { t } = useTranslation('privacy')
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '')
  const dialogId = `privacy-sheet-${uid}`
  const titleId = `${dialogId}-title`
  const introId = `${dialogId}-intro`
  const decline = useRef(onDecline)
  decline.current = onDecline

  useEffect(() => {
    if (process.env.TARO_ENV === 'weapp' || typeof document === 'undefined') return
    const previous = document.activeElement as HTMLElement | null
    const dialog = document.getElementById(dialogId)
    if (!dialog) return
    dialog.setAttribute('tabindex', '-1')
    dialog.focus()
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault()
        decline.current()
        return
      }
      if (event.key !== 'Tab') return
      const stops = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE))
      if (stops.length === 0) return
      const first = stops[0]
      const last = stops[stops.length - 1]
      const active = document.activeElement
      if (event.shiftKey && (active === first || active === dialog)) {
        event.preventDefault()
        last.focus()
      } else if (!event.shiftKey && active === last) {
        event.preventDefault()
        first.focus()
      }
    }
    dialog.addEventListener('keydown', onKey)
    return () => {
      dialog.removeEventListener('keydown', onKey)
      if (previous && previous !== document.body && document.contains(previous)) previous.focus()
    }
  }, [dialogId])

  return (
    <View className='privacy-sheet'>
      <View className='privacy-sheet__backdrop' />
      <View id={dialogId} className='privacy-sheet__dialog' role='dialog' aria-modal='true' aria-labelledby={titleId} aria-describedby={introId}>
        {/* A tab stop of its own: the notice scrolls, and a keyboard must be able to scroll it. */}
        <View className='privacy-sheet__body' {...scrollable}>
          <View id={titleId} role='heading' aria-level={2} className='privacy-sheet__title'>
            {t('notice.title')}
          </View>
          <Text id={introId} className='privacy-sheet__intro'>
            {t('notice.intro')}
          </Text>
          <PrivacyNotice />
          {hasPlatformPrivacyFlow ? (
            <View className='privacy-link' onClick={() => openPlatformPrivacyGuide()}>
              {t('notice.wechatGuide')}
            </View>
          ) : null}
        </View>
        <View className='privacy-sheet__actions'>
          <AgreeButton onAgree={onAgree}>{t('notice.agree')}</AgreeButton>
          <Button block onClick={onDecline} {...pressable(onDecline)}>
            {t('notice.notNow')}
          </Button>
        </View>
      </View>
    </View>
  )
}
