import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { initI18n, setLanguage } from '@/i18n'
import PerkServicePage from '@/packages/perks/pages/service/index'
import { useSession } from '@/stores/session'
import { useSettings } from '@/stores/settings'
import { __setRouterParams, platformCalls } from '../doubles/taro'
import { freshBackend } from '../support/backend'

beforeAll(() => initI18n('en'))
beforeEach(() => {
  setLanguage('en')
  useSettings.setState({ regionId: null })
})

async function asAlice() {
  const env = freshBackend()
  const user = await env.as('alice')
  useSession.setState({ token: 'x', user, expiresAt: null })
}

describe('perk service cards', () => {
  it('research consultation lists the 11 attachments and calls the centre', async () => {
    await asAlice()
    __setRouterParams({ id: 'bh-perk-research' })
    render(<PerkServicePage />)
    const checklist = screen.getByLabelText('Attachments (11)')
    expect(within(checklist).getAllByRole('listitem')).toHaveLength(11)
    expect(await screen.findByText('Included in your certificate')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Call 0779-2020070' }))
    fireEvent.click(screen.getByRole('button', { name: 'Copy the platform address' }))
    await screen.findByText(/valid until/)
    expect(platformCalls.map((c) => c.args)).toEqual([{ phoneNumber: '0779-2020070' }, { data: 'http://180.142.131.25/' }])
  })

  it('mobile VIP names the category A permit condition and maps the flagship store', async () => {
    await asAlice()
    __setRouterParams({ id: 'bh-perk-mobile-vip' })
    render(<PerkServicePage />)
    expect(await screen.findByText('Included for holders of a category A work permit')).toBeInTheDocument()
    expect(screen.getByText('For holders of a category A work permit: bring the permit with your passport.')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Open the map' }))
    await act(async () => undefined)
    expect(platformCalls[0].api).toBe('openLocation')
  })

  it('childcare has no contact in the documents and says what to do instead', async () => {
    await asAlice()
    __setRouterParams({ id: 'bh-perk-childcare' })
    render(<PerkServicePage />)
    expect(screen.getByText(/The documents give no contact for this service/)).toBeInTheDocument()
    await screen.findByText(/valid until/)
  })

  it('an unknown id says the service is not in the region, with a way back', async () => {
    useSession.setState({ token: null, user: null, expiresAt: null })
    freshBackend()
    __setRouterParams({ id: 'nope' })
    render(<PerkServicePage />)
    const notice = screen.getByRole('alert')
    expect(notice).toHaveTextContent("This service is not in your region's perks.")
    expect(within(notice).getByRole('button', { name: 'Back' })).toBeInTheDocument()
    await act(async () => undefined)
  })
})
