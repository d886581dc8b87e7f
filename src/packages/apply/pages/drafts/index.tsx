import { View } from '@tarojs/components'
import { DraftsList } from '@/features/apply/screens/DraftsList'
import '@/features/apply/apply.scss'
import { usePageTitleOf } from '@/hooks/usePageTitle'
import { withBackHeader } from '@/components/withBackHeader'

function ApplyDraftsPage() {
  usePageTitleOf('applyDrafts')
  return (
    <View className='apply-page'>
      <DraftsList />
    </View>
  )
}

export default withBackHeader(ApplyDraftsPage)
