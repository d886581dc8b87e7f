import { TheatreScreen } from '@/features/perks/screens/TheatreScreen'

export default function TheatrePage() {
  return <TheatreScreen />
}
