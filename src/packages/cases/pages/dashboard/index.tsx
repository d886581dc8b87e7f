import { Dashboard } from '@/features/cases/components/Dashboard'

export default function DashboardPage() {
  return <Dashboard />
}
