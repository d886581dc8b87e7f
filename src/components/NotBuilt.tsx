import { View, Text } from '@tarojs/components'
import { useTranslation } from 'react-i18next'
import './NotBuilt.scss'

/** Said plainly: this area is not available yet. No made-up content stands in for it. */
export function NotBuilt({ area }: { area: string }) {
  const { t } = useTranslation()
  return (
    <View className='not-built' role='status'>
      <View role='heading' aria-level={1} className='not-built__area'>
        {area}
      </View>
      <Text className='not-built__title'>{t('notBuilt.title')}</Text>
      <Text className='not-built__body'>{t('notBuilt.body')}</Text>
    </View>
  )
}
