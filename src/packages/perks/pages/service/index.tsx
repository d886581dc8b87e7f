import { ServiceScreen } from '@/features/perks/screens/ServiceScreen'

export default function PerkServicePage() {
  return <ServiceScreen />
}
