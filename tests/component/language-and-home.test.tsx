import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { initI18n, i18n, setLanguage } from '@/i18n'
import { LanguageSwitch } from '@/components/LanguageSwitch'
import HomePage from '@/pages/home/index'
import { useSession } from '@/stores/session'
import { useSettings, SETTINGS_STORAGE_KEY } from '@/stores/settings'
import { navigation } from '../doubles/taro'
import { freshBackend } from '../support/backend'

beforeAll(() => initI18n('en'))
beforeEach(() => {
  act(() => useSettings.getState().setLanguage('en'))
  useSession.setState({ token: null, user: null, expiresAt: null })
})

describe('language', () => {
  it('switches the whole UI to Chinese and remembers the choice', () => {
    render(
      <>
        <LanguageSwitch />
        <HomePage />
      </>
    )
    expect(screen.getByText('Service guides')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('radio', { name: '中文' }))
    expect(screen.getByText('办事指南')).toBeInTheDocument()
    expect(i18n.language).toBe('zh-CN')
    expect(JSON.parse(Taro.getStorageSync(SETTINGS_STORAGE_KEY) as string).state.language).toBe('zh-CN')
    expect(screen.getByRole('radio', { name: '中文' })).toHaveAttribute('aria-checked', 'true')
  })

  it('pluralises English and keeps Chinese without Intl.PluralRules', async () => {
    const { installPluralShim } = await import('@/i18n/pluralShim')
    const original = Intl.PluralRules
    try {
      // Mini-program engines may lack it: the shim must take over.
      (Intl as unknown as { PluralRules?: unknown }).PluralRules = undefined
      installPluralShim()
      i18n.services.pluralResolver.clearCache()
      setLanguage('en')
      expect(i18n.t('count.cases', { count: 1 })).toBe('1 case')
      expect(i18n.t('count.cases', { count: 3 })).toBe('3 cases')
      setLanguage('zh-CN')
      expect(i18n.t('count.workingDays', { count: 1 })).toBe('1 个工作日')
    } finally {
      (Intl as unknown as { PluralRules: unknown }).PluralRules = original
      i18n.services.pluralResolver.clearCache()
      setLanguage('en')
    }
  })
})

describe('home', () => {
  it('invites a visitor to sign in', () => {
    render(<HomePage />)
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(navigation.calls[0]).toEqual({ kind: 'navigateTo', url: '/packages/account/pages/sign-in/index' })
  })

  it('gives HR their areas and their employees with permit expiries from the backend', async () => {
    const env = freshBackend()
    const user = await env.as('hr.beihai')
    useSession.setState({ token: 'x', user, expiresAt: null })
    render(<HomePage />)
    expect(screen.getByRole('link', { name: /^Cases dashboard/ })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /^Verify a certificate/ })).toBeNull()
    expect(await screen.findByText(/Sara Lindqvist · SWE/)).toBeInTheDocument()
    expect(screen.getByText(/expires in \d+ days/, { selector: '.home__row-meta--warn' })).toBeInTheDocument()
  })

  it('gives a verifier the verification areas only', async () => {
    const env = freshBackend()
    const user = await env.as('nurse.bh')
    useSession.setState({ token: 'x', user, expiresAt: null })
    render(<HomePage />)
    expect(screen.getByRole('link', { name: /^Verify a certificate/ })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /^Cases dashboard/ })).toBeNull()
    expect(await screen.findByText('No redemptions recorded yet.')).toBeInTheDocument()
  })
})
