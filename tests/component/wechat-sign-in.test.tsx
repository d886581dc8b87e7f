/** The sign-in screen as the mini-program builds it: wechatLogin.weapp.ts in place of the H5 default. */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { initI18n, setLanguage } from '@/i18n'
import SignInPage from '@/packages/account/pages/sign-in/index'
import { useSession } from '@/stores/session'
import { loginQueue, navigation, platformCalls, toasts } from '../doubles/taro'
import { freshBackend } from '../support/backend'

jest.mock('@/features/account/wechatLogin', () => jest.requireActual('@/features/account/wechatLogin.weapp'))

beforeAll(() => initI18n('en'))
beforeEach(() => {
  setLanguage('en')
  useSession.setState({ token: null, user: null, expiresAt: null })
})

const wechatButton = () => screen.getByRole('button', { name: 'Sign in with WeChat' })
const logins = () => platformCalls.filter((c) => c.api === 'login')

describe('sign in with WeChat (mini-program)', () => {
  it('offers WeChat as the main action instead of a password', async () => {
    freshBackend()
    render(<SignInPage />)
    expect(wechatButton()).toBeInTheDocument()
    expect(screen.queryByLabelText('Password')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull()
    // The demo accounts are still offered, as WeChat identities.
    expect(await screen.findByText('Demo service: tap an account to sign in with WeChat as that person.')).toBeInTheDocument()
  })

  it('sends wx.login’s code to the backend: a demo code signs in as that demo account', async () => {
    freshBackend()
    loginQueue.push({ code: 'demo:alice' })
    render(<SignInPage />)
    fireEvent.click(wechatButton())
    await waitFor(() => expect(useSession.getState().user?.id).toBe('u-alice'))
    expect(logins()).toHaveLength(1)
    expect(toasts).toContain('Signed in as Alice Martin')
    expect(navigation.calls).toContainEqual({ kind: 'switchTab', url: '/pages/home/index' })
  })

  it('makes a new applicant for a first-time code and opens the case list, where a case is linked', async () => {
    const env = freshBackend()
    loginQueue.push({ code: '081xYz2w3AbCdE0f9GhIjK4lMnOp5' })
    render(<SignInPage />)
    fireEvent.click(wechatButton())
    await waitFor(() => expect(useSession.getState().user?.role).toBe('applicant'))
    const user = useSession.getState().user!
    expect(user.employerId).toBeNull()
    expect(env.backend.state.users.some((u) => u.user.id === user.id && u.viaWeChat)).toBe(true)
    expect(toasts).toContain('Welcome! Your account is ready')
    expect(navigation.calls).toContainEqual({ kind: 'redirectTo', url: '/packages/cases/pages/list/index' })
  })

  it('lets a demo account’s button stand for the WeChat login, through the same endpoint', async () => {
    const env = freshBackend()
    const sent: unknown[] = []
    const send = env.transport.send
    env.transport.send = (request) => {
      sent.push(request)
      return send(request)
    }
    render(<SignInPage />)
    fireEvent.click(await screen.findByRole('button', { name: /Ken Tanaka — Foreign talent/ }))
    await waitFor(() => expect(useSession.getState().user?.id).toBe('u-ken'))
    expect(sent).toContainEqual(expect.objectContaining({ method: 'POST', path: '/session/wechat', body: { code: 'demo:ken' } }))
    // No wx.login: the demo code stands for it.
    expect(logins()).toHaveLength(0)
  })

  it('says plainly when WeChat’s login fails, in the user’s language, and tapping again works', async () => {
    freshBackend()
    loginQueue.push({ errMsg: 'login:fail timeout' })
    render(<SignInPage />)
    fireEvent.click(wechatButton())
    expect(await screen.findByRole('alert')).toHaveTextContent('WeChat could not sign you in just now. Check your connection, then tap “Sign in with WeChat” again.')
    expect(useSession.getState().user).toBeNull()
    expect(navigation.calls).toEqual([])
    await act(async () => setLanguage('zh-CN'))
    expect(screen.getByRole('alert')).toHaveTextContent('暂时无法通过微信登录。请检查网络后再次点击“微信登录”。')
    // Nothing lost: the screen is as it was, and the next tap signs in.
    loginQueue.push({ code: 'demo:omar' })
    fireEvent.click(screen.getByRole('button', { name: '微信登录' }))
    await waitFor(() => expect(useSession.getState().user?.id).toBe('u-omar'))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('says so when the WeChat login is cancelled', async () => {
    freshBackend()
    setLanguage('zh-CN')
    loginQueue.push({ errMsg: 'login:fail cancel' })
    render(<SignInPage />)
    fireEvent.click(screen.getByRole('button', { name: '微信登录' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('已取消微信登录。请点击“微信登录”重试。')
    await act(async () => setLanguage('en'))
    expect(screen.getByRole('alert')).toHaveTextContent('WeChat sign-in was cancelled. Tap “Sign in with WeChat” to try again.')
    expect(useSession.getState().user).toBeNull()
  })

  it('shows the bilingual network notice when the service cannot be reached', async () => {
    const env = freshBackend()
    render(<SignInPage />)
    await screen.findByRole('button', { name: /Alice Martin/ })
    env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: true, failAfterCommit: false }
    loginQueue.push({ code: 'demo:alice' })
    fireEvent.click(wechatButton())
    expect(await screen.findByText('The service cannot be reached')).toBeInTheDocument()
    expect(useSession.getState().user).toBeNull()
  })
})
