import { useEffect, useState, type PropsWithChildren, type ReactNode } from 'react'
import { Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import { hasCurrentConsent, useConsent } from '../consent'
import { hasPlatformPrivacyFlow, requirePlatformPrivacy } from '../platform'
import { ConsentDeclined, ConsentNeeded } from './ConsentDeclined'
import { PrivacySheet } from './PrivacySheet'

type PlatformState = 'checking' | 'granted' | 'refused'

export interface ConsentGateProps {
  /**
   * Part of a screen rather than the whole of it: a short note with the way to the notice stands in
   * for the fields, and the notice opens when asked for, not at once.
   */
  inline?: boolean
  /** Level of the declined screen's heading (1 when the gate is the page). */
  headingLevel?: number
}

/**
 * Fields for passport or personal data and photo pickers appear only with consent to the current
 * privacy notice: `allowed` says whether they may show; otherwise `gate` is what stands in for them
 * (the notice, and after "Not now" why the fields cannot be filled, with the way back to the notice).
 * Nothing is deleted by declining. In the mini-program, consent given earlier is also checked with
 * WeChat (wx.requirePrivacyAuthorize) before the fields appear.
 */
export function useConsentGate({ inline = false, headingLevel = 1 }: ConsentGateProps = {}): { allowed: boolean; gate: ReactNode } {
  const { t } = useTranslation('common')
  const consented = useConsent(hasCurrentConsent)
  const agree = useConsent((s) => s.agree)
  const [asking, setAsking] = useState(!inline)
  const [declined, setDeclined] = useState(false)
  const [platform, setPlatform] = useState<PlatformState>(hasPlatformPrivacyFlow ? 'checking' : 'granted')

  useEffect(() => {
    if (!consented || platform !== 'checking') return
    let live = true
    void requirePlatformPrivacy().then((granted) => {
      if (live) setPlatform(granted ? 'granted' : 'refused')
    })
    return () => {
      live = false
    }
  }, [consented, platform])

  const open = () => {
    setDeclined(false)
    setAsking(true)
  }

  if (!consented) {
    const sheet = asking ? (
      <PrivacySheet
        onAgree={() => {
          agree()
          setAsking(false)
          // The mini-program's Agree is WeChat's agreePrivacyAuthorization button: WeChat has it too.
          setPlatform('granted')
        }}
        onDecline={() => {
          setAsking(false)
          setDeclined(true)
        }}
      />
    ) : null
    if (inline) {
      return {
        allowed: false,
        gate: (
          <>
            <ConsentNeeded declined={declined} onRead={open} />
            {sheet}
          </>
        )
      }
    }
    return { allowed: false, gate: sheet ?? <ConsentDeclined headingLevel={headingLevel} onReadAgain={open} /> }
  }
  if (platform === 'refused') {
    const retry = () => setPlatform('checking')
    return { allowed: false, gate: inline ? <ConsentNeeded declined onRead={retry} /> : <ConsentDeclined headingLevel={headingLevel} onReadAgain={retry} /> }
  }
  if (platform === 'checking') return { allowed: false, gate: <Text>{t('status.loading')}</Text> }
  return { allowed: true, gate: null }
}

/** The gate around its children (see useConsentGate). */
export function ConsentGate({ children, ...options }: PropsWithChildren<ConsentGateProps>) {
  const { allowed, gate } = useConsentGate(options)
  return <>{allowed ? children : gate}</>
}
