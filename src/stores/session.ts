import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { taroStateStorage } from '@/lib/storage'
import { api, configureApi, type Session, type User } from '@/api'

export interface SessionState {
  token: string | null
  user: User | null
  expiresAt: string | null
  signIn: (username: string, password: string) => Promise<User>
  /** WeChat sign-in with the code from wx.login (or, on the demo backend, `demo:<username>`). `created`: a first sign-in made the account. */
  signInWithWeChat: (code: string) => Promise<{ user: User; created: boolean }>
  /** The account as the server now has it (e.g. after claiming a case), same session. */
  updateUser: (user: User) => void
  signOut: () => Promise<void>
  /** Drops the session locally (server said it is gone). */
  clear: () => void
}

export const SESSION_STORAGE_KEY = 'wic.session'

/** Features that cache personal data register here; signing out erases it. */
const signOutCleanups: ((userId: string) => void)[] = []
export function onSignOut(cleanup: (userId: string) => void): void {
  signOutCleanups.push(cleanup)
}

export const useSession = create<SessionState>()(
  persist(
    (set, get) => ({
      token: null,
      user: null,
      expiresAt: null,
      signIn: async (username, password) => {
        const session: Session = await api().call('session.signIn', { body: { username, password } })
        set({ token: session.token, user: session.user, expiresAt: session.expiresAt })
        return session.user
      },
      signInWithWeChat: async (code) => {
        const session = await api().call('session.wechat', { body: { code } })
        set({ token: session.token, user: session.user, expiresAt: session.expiresAt })
        return { user: session.user, created: session.created }
      },
      updateUser: (user) => {
        if (get().user?.id === user.id) set({ user })
      },
      signOut: async () => {
        const userId = get().user?.id
        try {
          if (get().token) await api().call('session.signOut')
        } finally {
          if (userId) for (const cleanup of signOutCleanups) cleanup(userId)
          set({ token: null, user: null, expiresAt: null })
        }
      },
      clear: () => set({ token: null, user: null, expiresAt: null })
    }),
    {
      name: SESSION_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => taroStateStorage),
      partialize: (s) => ({ token: s.token, user: s.user, expiresAt: s.expiresAt })
    }
  )
)

configureApi({
  getToken: () => useSession.getState().token,
  onUnauthorized: () => useSession.getState().clear()
})
