import { useRouter } from '@tarojs/taro'
import { AppointmentBooking } from '@/features/cases/screens/AppointmentBooking'
import { withBackHeader } from '@/components/withBackHeader'
import { usePageTitleOf } from '@/hooks/usePageTitle'

function AppointmentPage() {
  usePageTitleOf('appointment')
  const { params } = useRouter()
  return <AppointmentBooking caseId={params.id ?? ''} />
}

export default withBackHeader(AppointmentPage)
