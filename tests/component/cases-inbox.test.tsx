import { fireEvent, render, screen, within } from '@testing-library/react'
import { initI18n, setLanguage } from '@/i18n'
import { Inbox, InboxLink } from '@/features/cases/screens/Inbox'
import { requestCaseSubscriptions } from '@/features/cases/subscribe.weapp'
import { useSession } from '@/stores/session'
import { navigation, platformCalls } from '../doubles/taro'
import { freshBackend } from '../support/backend'

const NOW = '2026-11-20T02:00:00.000Z'

beforeAll(() => initI18n('en'))
beforeEach(() => {
  setLanguage('en')
  jest.spyOn(Date, 'now').mockReturnValue(Date.parse(NOW))
})
afterEach(() => jest.restoreAllMocks())

async function signIn(username: string) {
  const env = freshBackend(NOW)
  const user = await env.as(username)
  useSession.setState({ token: 'x', user, expiresAt: null })
  return env
}

describe('inbox', () => {
  it('lists supplement notices and expiry reminders, unread first, and opens the case', async () => {
    await signIn('hr.gansu')
    render(<Inbox />)
    expect(await screen.findByText('3 unread')).toBeInTheDocument()
    const list = screen.getByRole('list', { name: 'Inbox' })
    expect(within(list).getByText('Maria Rossi: work permit expires in 55 days')).toBeInTheDocument()
    expect(within(list).getAllByText(/File the extension by 2026-12-15/)).toHaveLength(2)
    const supplement = within(list).getByRole('button', { name: /^New · Supplement · .*Please supplement your application/ })
    fireEvent.click(supplement)
    expect(await screen.findByText('2 unread')).toBeInTheDocument()
    expect(navigation.calls).toContainEqual({ kind: 'navigateTo', url: '/packages/cases/pages/detail/index?id=case-gs-1' })
  })

  it('marks everything read', async () => {
    await signIn('hr.gansu')
    render(<Inbox />)
    await screen.findByText('3 unread')
    fireEvent.click(screen.getByRole('button', { name: 'Mark all as read' }))
    expect(await screen.findByText('All read')).toBeInTheDocument()
  })

  it('shows the unread count as a badge on the inbox link', async () => {
    await signIn('omar')
    render(<InboxLink />)
    expect(await screen.findByRole('link', { name: 'Inbox 1 unread' })).toBeInTheDocument()
  })

  it('explains on the web that WeChat reminders live in the mini-program', async () => {
    await signIn('omar')
    render(<Inbox />)
    fireEvent.click(await screen.findByRole('button', { name: 'Turn on WeChat reminders' }))
    expect(await screen.findByRole('status')).toHaveTextContent('WeChat reminders work in the mini-program. Here, updates arrive in this inbox.')
  })

  it('in the mini-program, asks WeChat for subscribe messages', async () => {
    expect(await requestCaseSubscriptions(['tmpl-status', 'tmpl-supplement', 'tmpl-expiry', 'tmpl-extra'])).toBe('accepted')
    expect(platformCalls).toEqual([{ api: 'requestSubscribeMessage', args: { tmplIds: ['tmpl-status', 'tmpl-supplement', 'tmpl-expiry'], entityIds: [] } }])
    expect(await requestCaseSubscriptions([])).toBe('unsupported')
  })
})
