import { CaseListView } from '@/features/cases/components/CaseListView'

export default function CaseListPage() {
  return <CaseListView />
}
