import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { initI18n, setLanguage } from '@/i18n'
import SignInPage from '@/packages/account/pages/sign-in/index'
import { useSession } from '@/stores/session'
import { navigation } from '../doubles/taro'
import { freshBackend } from '../support/backend'

beforeAll(() => initI18n('en'))
beforeEach(() => {
  setLanguage('en')
  useSession.setState({ token: null, user: null, expiresAt: null })
})

describe('sign-in', () => {
  it('offers the demo accounts and signs in with one tap', async () => {
    freshBackend()
    render(<SignInPage />)
    const alice = await screen.findByRole('button', { name: /Alice Martin — Foreign talent/ })
    // Each card says who it is, the role and the user name to type on this form.
    expect(screen.getAllByRole('button', { name: /^.+ — (Foreign talent|Employer HR|Verifier) · user name [a-z.]+/ })).toHaveLength(9)
    expect(alice).toHaveTextContent('Foreign talent · user name alice')
    expect(screen.getByRole('button', { name: /^Zhang Wei \(HR, Lanzhou New Energy\) — Employer HR · user name hr\.gansu/ })).toBeInTheDocument()
    fireEvent.click(alice)
    await waitFor(() => expect(useSession.getState().user?.id).toBe('u-alice'))
    expect(navigation.calls).toContainEqual({ kind: 'switchTab', url: '/pages/home/index' })
  })

  it('says plainly when the password is wrong, and stays on the page', async () => {
    freshBackend()
    render(<SignInPage />)
    fireEvent.change(screen.getByLabelText('User name'), { target: { value: 'alice' } })
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'nope' } })
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong user name or password.')
    expect(useSession.getState().user).toBeNull()
    expect(navigation.calls).toEqual([])
  })

  it('asks for both fields before calling the backend', async () => {
    freshBackend()
    render(<SignInPage />)
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter your user name and password.')
  })

  it('shows a bilingual network error when the backend is offline', async () => {
    const env = freshBackend()
    env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: true, failAfterCommit: false }
    render(<SignInPage />)
    // The phone itself is online: the service is what cannot be reached.
    expect(await screen.findByText('The service cannot be reached')).toBeInTheDocument()
    await act(async () => setLanguage('zh-CN'))
    expect(await screen.findByText('暂时无法连接服务')).toBeInTheDocument()
  })

  it('says the phone is offline when it is', async () => {
    freshBackend()
    const onLine = jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false)
    try {
      render(<SignInPage />)
      expect(await screen.findByText('No connection')).toBeInTheDocument()
      await act(async () => setLanguage('zh-CN'))
      expect(await screen.findByText('网络未连接')).toBeInTheDocument()
    } finally {
      onLine.mockRestore()
    }
  })
})
