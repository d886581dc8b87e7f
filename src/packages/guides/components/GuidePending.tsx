import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import type { RegionGuideState } from '../content/useRegionGuide'

/** In place of a guide's text while it is fetched (H5), or when it could not be, with a retry. */
export function GuidePending({ state }: { state: RegionGuideState }) {
  const { t } = useTranslation(['guides', 'common'])
  if (state.status === 'failed') {
    return (
      <View className='guide__pending' role='alert'>
        <Text>{t('detail.loadFailed')}</Text>
        <Button type='primary' size='small' onClick={state.retry}>
          {t('common:actions.retry')}
        </Button>
      </View>
    )
  }
  return (
    <View className='guide__pending' role='status'>
      <Text>{t('common:status.loading')}</Text>
    </View>
  )
}
