import { Inbox } from '@/features/cases/screens/Inbox'
import { withBackHeader } from '@/components/withBackHeader'
import { usePageTitleOf } from '@/hooks/usePageTitle'

function InboxPage() {
  usePageTitleOf('inbox')
  return <Inbox />
}

export default withBackHeader(InboxPage)
