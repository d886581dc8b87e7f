import { HospitalScreen } from '@/features/perks/screens/HospitalScreen'

export default function HospitalPage() {
  return <HospitalScreen />
}
