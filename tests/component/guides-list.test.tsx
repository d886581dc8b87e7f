import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { initI18n } from '@/i18n'
import GuidesPage from '@/pages/guides/index'
import { useSession } from '@/stores/session'
import { useSettings } from '@/stores/settings'
import { navigation } from '../doubles/taro'
import { freshBackend } from '../support/backend'

beforeAll(() => initI18n('en'))
beforeEach(() => {
  act(() => useSettings.getState().setLanguage('en'))
  useSettings.setState({ regionId: null })
  useSession.setState({ token: null, user: null, expiresAt: null })
})

describe('guides tab', () => {
  it("opens on the user's own region and lists its bundles, matters and the national talent-visa path", async () => {
    const env = freshBackend()
    const user = await env.as('omar')
    useSession.setState({ token: 'x', user, expiresAt: null })
    render(<GuidesPage />)
    expect(screen.getByRole('radio', { name: 'Gansu Province' })).toHaveAttribute('aria-checked', 'true')
    expect(screen.getByRole('link', { name: /Working in China: the 'One Thing' bundle/ })).toBeInTheDocument()
    expect(screen.getByText('Promised: 15 working days')).toBeInTheDocument()
    expect(screen.getByText('Statutory limit: 90 working days')).toBeInTheDocument()
    const national = screen.getByRole('heading', { name: 'Nationwide' }).parentElement as HTMLElement
    expect(within(national).getAllByRole('link').length).toBeGreaterThan(0)
    expect(within(national).getAllByText('Talent visa (R)').length).toBeGreaterThan(0)
  })

  it('switches region and opens a guide by route name', () => {
    render(<GuidesPage />)
    fireEvent.click(screen.getByRole('radio', { name: 'Qingdao' }))
    expect(screen.getByRole('radio', { name: 'Qingdao' })).toHaveAttribute('aria-checked', 'true')
    expect(screen.getByRole('link', { name: /Registration for the electronic social security card/ })).toBeInTheDocument()
    fireEvent.click(screen.getByRole('link', { name: /Working in China: the 'One Thing' bundle/ }))
    expect(navigation.calls[0].url).toBe('/packages/guides/pages/detail/index?region=qingdao&type=bundle&id=qd-one-thing-2025')
  })

  it('searches in English and in Chinese, whatever the UI language', () => {
    render(<GuidesPage />)
    fireEvent.click(screen.getByRole('radio', { name: 'Gansu Province' }))
    const search = screen.getByRole('textbox', { name: 'Search guides' })
    fireEvent.change(search, { target: { value: 'social insurance' } })
    expect(screen.getByRole('link', { name: /Social insurance registration/i })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /Work Permit for Foreigners/i })).not.toBeInTheDocument()
    fireEvent.change(search, { target: { value: '居留' } })
    expect(screen.getByRole('link', { name: /residence permit/i })).toBeInTheDocument()
    fireEvent.change(search, { target: { value: 'zzzz' } })
    expect(screen.getByRole('status')).toHaveTextContent('No guide matches “zzzz”')
    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }))
    expect(screen.getByRole('link', { name: /Working in China: the 'One Thing' bundle/ })).toBeInTheDocument()
  })

  it('offers both self-checks and the region overview', () => {
    render(<GuidesPage />)
    fireEvent.click(screen.getByRole('radio', { name: 'Beihai' }))
    fireEvent.click(screen.getByRole('link', { name: /Work permit category: points check/ }))
    fireEvent.click(screen.getByRole('link', { name: /Beihai talent certification check/ }))
    fireEvent.click(screen.getByRole('link', { name: /About Beihai/ }))
    expect(navigation.calls.map((c) => c.url)).toEqual([
      '/packages/guides/pages/points/index?region=beihai',
      '/packages/guides/pages/talent/index',
      '/packages/guides/pages/detail/index?region=beihai&type=region&id=beihai'
    ])
  })

  it('lists only what the chosen region has: the Beihai talent check is not on Gansu’s or Qingdao’s list', () => {
    render(<GuidesPage />)
    for (const region of ['Gansu Province', 'Qingdao']) {
      fireEvent.click(screen.getByRole('radio', { name: region }))
      expect(screen.getByRole('link', { name: /Work permit category: points check/ })).toBeInTheDocument()
      expect(screen.queryByRole('link', { name: /talent certification check/ })).not.toBeInTheDocument()
    }
    fireEvent.click(screen.getByRole('radio', { name: 'Beihai' }))
    expect(screen.getByRole('link', { name: /Beihai talent certification check/ })).toBeInTheDocument()
  })

  it('speaks Chinese', () => {
    act(() => useSettings.getState().setLanguage('zh-CN'))
    render(<GuidesPage />)
    fireEvent.click(screen.getByRole('radio', { name: '甘肃省' }))
    expect(screen.getByRole('heading', { name: '办事指南' })).toBeInTheDocument()
    expect(screen.getByText('承诺：15 个工作日')).toBeInTheDocument()
  })
})
