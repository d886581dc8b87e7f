import { View, Text } from '@tarojs/components'
import { useApplyText } from '../messages'

/**
 * The applicant's commitment in the words of the Beihai 2023 annex 1. The Chinese original is the one that
 * binds, so it is shown beside the English translation.
 */
export function CommitmentText() {
  const { t, i18n, lang } = useApplyText()
  const original = i18n.getFixedT('zh-CN', 'apply')('review.commitmentText')
  return (
    <View className='apply-review__quote'>
      <Text>{t('review.commitmentText')}</Text>
      {lang === 'en' ? (
        <Text className='apply-review__original'>
          {original}
        </Text>
      ) : null}
    </View>
  )
}
