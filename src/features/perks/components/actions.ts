import type { TFunction } from 'i18next'
import type { ActionMessages } from '@/features/guides'
import '@/i18n/namespaces/perks'

/** The fallback messages of call/copy/map in the user's language. */
export function actionMessages(t: TFunction<['perks', 'common']>): ActionMessages {
  return {
    copied: t('perks:contacts.copied'),
    callUnavailable: t('perks:contacts.callUnavailable'),
    mapUnavailable: t('perks:contacts.mapUnavailable'),
    copyUnavailable: t('perks:contacts.copyUnavailable')
  }
}
