import { useCallback } from 'react'
import { api } from '@/api'
import { useQuery } from '@/hooks/useQuery'
import { useSession } from '@/stores/session'

/** The signed-in user's inbox (with the unread count for badges). */
export function useNotifications() {
  const userId = useSession((s) => s.user?.id ?? null)
  const load = useCallback(() => api().call('notifications.list'), [])
  return useQuery(userId ? `notifications:${userId}` : null, load)
}
