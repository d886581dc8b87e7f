import { View } from '@tarojs/components'
import { DraftsList } from '@/features/apply/components/DraftsList'
import '@/features/apply/apply.scss'
import { usePageTitleOf } from '@/hooks/usePageTitle'

export default function ApplyDraftsPage() {
  usePageTitleOf('applyDrafts')
  return (
    <View className='apply-page'>
      <DraftsList />
    </View>
  )
}
