import { Inbox } from '@/features/cases/components/Inbox'

export default function InboxPage() {
  return <Inbox />
}
