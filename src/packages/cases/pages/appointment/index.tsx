import { useRouter } from '@tarojs/taro'
import { AppointmentBooking } from '@/features/cases/components/AppointmentBooking'

export default function AppointmentPage() {
  const { params } = useRouter()
  return <AppointmentBooking caseId={params.id ?? ''} />
}
