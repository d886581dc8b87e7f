import { useConsent } from '@/features/privacy/consent'
import { PRIVACY_NOTICE_VERSION } from '@/features/privacy/notice'

/** The person has agreed to the current privacy notice (forms with passport fields and photo pickers show). */
export function givenConsent(at = '2026-11-01T00:00:00.000Z'): void {
  useConsent.setState({ record: { version: PRIVACY_NOTICE_VERSION, at } })
}

export function withoutConsent(): void {
  useConsent.setState({ record: null })
}
