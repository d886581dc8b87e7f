import { View, Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import { ErrorNotice } from '@/components/ErrorNotice'
import { refusalOf } from '../refusal'
import './perks.scss'
import '@/i18n/namespaces/perks'

/** A backend refusal said as the rule it applies; anything else goes to the shared error notice. */
export function RefusalNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation('perks')
  const refusal = refusalOf(error)
  if (!refusal) return <ErrorNotice error={error} onRetry={onRetry} />
  return (
    <View className='perk-refusal' role='alert'>
      <Text className='perk-refusal__title'>{t('refusal.title')}</Text>
      <Text className='perk-refusal__body'>{t(`refusal.${refusal.key}`, refusal.params)}</Text>
    </View>
  )
}

/** What became of the last action on a perk screen: its success line, or why it failed. */
export function ActionOutcome({ notice, failure, onRetry }: { notice: string | null; failure: unknown; onRetry?: () => void }) {
  return (
    <>
      {notice ? (
        <View className='perk-success' role='status'>
          {notice}
        </View>
      ) : null}
      {failure ? <RefusalNotice error={failure} onRetry={onRetry} /> : null}
    </>
  )
}
