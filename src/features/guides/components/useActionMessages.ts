import { useTranslation } from 'react-i18next'
import type { ActionMessages } from '@/features/guides/officeActions'

export function useActionMessages(): ActionMessages {
  const { t } = useTranslation('guides')
  return {
    copied: t('messages.copied'),
    callUnavailable: t('messages.callUnavailable'),
    mapUnavailable: t('messages.mapUnavailable'),
    copyUnavailable: t('messages.copyUnavailable')
  }
}
