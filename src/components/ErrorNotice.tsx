import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { errorMessageKeys, toApiError } from '@/api'
import { isDeviceOffline } from '@/lib/network'
import { goBack } from '@/lib/navigation'
import type { RouteName } from '@/routes'
import './ErrorNotice.scss'

/** Errors a retry cannot mend. */
const FINAL = new Set(['not_found', 'forbidden'])

/** Back to where the person came from, or to `to` when the page was opened on its own. */
export function BackButton({ to }: { to: RouteName }) {
  const { t } = useTranslation('common')
  return (
    <Button size='small' onClick={() => goBack(to)}>
      {t('actions.back')}
    </Button>
  )
}

/**
 * A failure said plainly in the user's language, with a way forward. Never a blank page. With `backTo`, a way
 * back too; something that is not there (or not yours) is not offered a retry.
 */
export function ErrorNotice({ error, onRetry, backTo }: { error: unknown; onRetry?: () => void; backTo?: RouteName }) {
  const { t } = useTranslation('errors')
  const apiError = toApiError(error)
  // Said as of now: offline is "connect and try again", unreachable is "try again later".
  const keys = errorMessageKeys(apiError, { offline: isDeviceOffline() })
  return (
    <View className='error-notice' role='alert'>
      <Text className='error-notice__title'>{t(keys.title as 'unknown.title')}</Text>
      <Text className='error-notice__body'>{t(keys.body as 'unknown.body', { where: apiError.where ?? '' })}</Text>
      {onRetry && !(backTo && FINAL.has(apiError.kind)) ? (
        <Button type='primary' size='small' onClick={onRetry}>
          {t('actions.retry', { ns: 'common' })}
        </Button>
      ) : null}
      {backTo ? <BackButton to={backTo} /> : null}
    </View>
  )
}
