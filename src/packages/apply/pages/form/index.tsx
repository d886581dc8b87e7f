import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { ApplicationForm } from '@/features/apply/components/ApplicationForm'
import '@/features/apply/apply.scss'

export default function ApplyFormPage() {
  const { params } = useRouter()
  return (
    <View className='apply-page'>
      <ApplicationForm draftId={params.draftId ?? ''} />
    </View>
  )
}
