import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useTranslation } from 'react-i18next'
import { navigate } from '@/lib/navigation'
import './GuideView.scss'

/** A link to a region or guide this build does not hold (an old share, a typo): say so and lead back. */
export function GuideNotFound() {
  const { t } = useTranslation('guides')
  return (
    <View className='guide__missing' role='alert'>
      <Text>{t('detail.notFound')}</Text>
      <Button type='primary' onClick={() => navigate('guides')}>
        {t('detail.back')}
      </Button>
    </View>
  )
}
