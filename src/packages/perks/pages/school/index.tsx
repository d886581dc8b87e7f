import { SchoolScreen } from '@/features/perks/screens/SchoolScreen'

export default function SchoolPage() {
  return <SchoolScreen />
}
