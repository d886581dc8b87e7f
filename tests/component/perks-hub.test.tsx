import { fireEvent, render, screen, within } from '@testing-library/react'
import { initI18n, setLanguage } from '@/i18n'
import PerksHubPage from '@/packages/perks/pages/hub/index'
import { useSession } from '@/stores/session'
import { useSettings } from '@/stores/settings'
import { navigation, platformCalls } from '../doubles/taro'
import { freshBackend } from '../support/backend'

beforeAll(() => initI18n('en'))
beforeEach(() => {
  setLanguage('en')
  useSettings.setState({ regionId: null })
  useSession.setState({ token: null, user: null, expiresAt: null })
})

async function signIn(username: string, change?: (env: ReturnType<typeof freshBackend>) => void) {
  const env = freshBackend()
  change?.(env)
  const user = await env.as(username)
  useSession.setState({ token: 'x', user, expiresAt: null })
  return env
}

const card = (name: RegExp) => screen.getByLabelText(name)

describe('perks hub', () => {
  it('shows every Beihai perk as included in alice’s current certificate', async () => {
    await signIn('alice')
    render(<PerksHubPage />)
    expect(await screen.findByText(/Certificate BHKJ-2026-0007 is valid until/)).toBeInTheDocument()
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(9)
    expect(within(card(/Art Showcase/)).getByText('Included in your certificate')).toBeInTheDocument()
    expect(within(card(/VIP mobile/)).getByText('Included for holders of a category A work permit')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Check eligibility and apply' })).toBeNull()
  })

  it('calls, copies and maps the theatre contacts, and opens the theatre', async () => {
    await signIn('alice')
    render(<PerksHubPage />)
    const theatre = card(/Art Showcase/)
    fireEvent.click(within(theatre).getByRole('button', { name: 'Call 0779-2039696' }))
    fireEvent.click(within(theatre).getByRole('button', { name: 'Copy 13387796305' }))
    fireEvent.click(within(theatre).getByRole('button', { name: 'Open the map' }))
    await screen.findByText(/valid until/)
    expect(platformCalls.map((c) => c.api)).toEqual(['makePhoneCall', 'setClipboardData', 'openLocation'])
    expect(platformCalls[0].args).toEqual({ phoneNumber: '0779-2039696' })
    expect(platformCalls[2].args).toMatchObject({ name: "Beihai People's Theatre" })
    fireEvent.click(within(theatre).getByRole('button', { name: /^Open 50% off/ }))
    expect(navigation.calls).toContainEqual({ kind: 'navigateTo', url: '/packages/perks/pages/theatre/index' })
    fireEvent.click(within(card(/Research project support/)).getByRole('button', { name: /^Open Research/ }))
    expect(navigation.calls).toContainEqual({ kind: 'navigateTo', url: '/packages/perks/pages/service/index?id=bh-perk-research' })
  })

  it('with an expired certificate says so on every perk and offers the way to renew', async () => {
    await signIn('alice', (env) => {
      env.backend.state.certificates[0].certificate.validTo = '2026-11-01'
    })
    render(<PerksHubPage />)
    expect(await screen.findByText('Your certificate BHKJ-2026-0007 expired on 2026-11-01. Perks need a current certificate.')).toBeInTheDocument()
    expect(within(card(/Art Showcase/)).getByText('Not now: certificate expired')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Renew: check eligibility and apply again' }))
    expect(navigation.calls).toContainEqual({ kind: 'navigateTo', url: '/packages/guides/pages/talent/index' })
  })

  it('without a certificate explains why and how to apply', async () => {
    await signIn('ken')
    render(<PerksHubPage />)
    expect(await screen.findByText('You do not hold a talent certificate yet, so these perks are not yours to use.')).toBeInTheDocument()
    expect(within(card(/green channel/)).getByText('Needs a talent certificate')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Check eligibility and apply' }))
    expect(navigation.calls).toContainEqual({ kind: 'navigateTo', url: '/packages/guides/pages/talent/index' })
  })

  it('a region without perks says there are none', async () => {
    await signIn('alice')
    useSettings.setState({ regionId: 'gansu' })
    render(<PerksHubPage />)
    expect(await screen.findByText(/offers no perks for certified talents/)).toBeInTheDocument()
    expect(screen.queryAllByRole('heading', { level: 2 })).toHaveLength(0)
  })
})
