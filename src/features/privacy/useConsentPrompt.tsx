import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { hasCurrentConsent, useConsent } from './consent'
import { requirePlatformPrivacy } from './platform'
import { ConsentDeclined } from './components/ConsentDeclined'
import { PrivacySheet } from './components/PrivacySheet'

/**
 * For one action that collects a photo of a document (a supplement upload, a school-form photo):
 * `await ensureConsent()` before picking, and render `prompt` in the screen. Without consent it shows the
 * notice and resolves with the person's answer; after "Not now" it says why nothing was picked.
 */
export function useConsentPrompt(): { ensureConsent: () => Promise<boolean>; prompt: ReactNode } {
  const agree = useConsent((s) => s.agree)
  const [asking, setAsking] = useState(false)
  const [declined, setDeclined] = useState(false)
  const waiting = useRef<((agreed: boolean) => void) | null>(null)

  const settle = useCallback((agreed: boolean) => {
    const resolve = waiting.current
    waiting.current = null
    setAsking(false)
    setDeclined(!agreed)
    resolve?.(agreed)
  }, [])

  // Leaving the screen with the notice open counts as "Not now".
  useEffect(() => () => waiting.current?.(false), [])

  const ensureConsent = useCallback(async (): Promise<boolean> => {
    if (hasCurrentConsent(useConsent.getState())) {
      const granted = await requirePlatformPrivacy()
      setDeclined(!granted)
      return granted
    }
    setDeclined(false)
    waiting.current?.(false)
    return new Promise<boolean>((resolve) => {
      waiting.current = resolve
      setAsking(true)
    })
  }, [])

  const prompt = asking ? (
    <PrivacySheet
      onAgree={() => {
        agree()
        settle(true)
      }}
      onDecline={() => settle(false)}
    />
  ) : declined ? (
    <ConsentDeclined variant='photos' onReadAgain={() => setAsking(true)} />
  ) : null

  return { ensureConsent, prompt }
}
