import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { ApplicationForm } from '@/features/apply/screens/ApplicationForm'
import { ConsentGate } from '@/features/privacy/components/ConsentGate'
import '@/features/apply/apply.scss'
import { usePageTitleOf } from '@/hooks/usePageTitle'
import { withBackHeader } from '@/components/withBackHeader'

function ApplyFormPage() {
  usePageTitleOf('applyForm')
  const { params } = useRouter()
  return (
    <View className='apply-page'>
      {/* Passport and personal fields: only after consent to the privacy notice. */}
      <ConsentGate>
        <ApplicationForm draftId={params.draftId ?? ''} />
      </ConsentGate>
    </View>
  )
}

export default withBackHeader(ApplyFormPage)
