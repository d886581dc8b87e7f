import { View } from '@tarojs/components'
import { DraftsList } from '@/features/apply/components/DraftsList'
import '@/features/apply/apply.scss'

export default function ApplyDraftsPage() {
  return (
    <View className='apply-page'>
      <DraftsList />
    </View>
  )
}
