import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { errorMessageKeys, toApiError } from '@/api'
import { isDeviceOffline } from '@/lib/network'
import './ErrorNotice.scss'

/** A failure said plainly in the user's language, with a way forward. Never a blank page. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation('errors')
  const apiError = toApiError(error)
  // Said as of now: offline is "connect and try again", unreachable is "try again later".
  const keys = errorMessageKeys(apiError, { offline: isDeviceOffline() })
  return (
    <View className='error-notice' role='alert'>
      <Text className='error-notice__title'>{t(keys.title as 'unknown.title')}</Text>
      <Text className='error-notice__body'>{t(keys.body as 'unknown.body', { where: apiError.where ?? '' })}</Text>
      {onRetry ? (
        <Button type='primary' size='small' onClick={onRetry}>
          {t('actions.retry', { ns: 'common' })}
        </Button>
      ) : null}
    </View>
  )
}
