import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { initI18n, setLanguage } from '@/i18n'
import TheatrePage from '@/packages/perks/pages/theatre/index'
import { useSession } from '@/stores/session'
import { useSettings } from '@/stores/settings'
import { __setRouterParams, platformCalls } from '../doubles/taro'
import { freshBackend } from '../support/backend'

beforeAll(() => initI18n('en'))
afterEach(() => jest.restoreAllMocks())
beforeEach(() => {
  setLanguage('en')
  useSettings.setState({ regionId: null })
})

async function asAlice() {
  // The programme is listed from the app's today, which must be the backend's.
  jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-11-20T02:00:00.000Z'))
  const env = freshBackend()
  const user = await env.as('alice')
  useSession.setState({ token: 'x', user, expiresAt: null })
  return env
}

describe('theatre', () => {
  it('lists the programme with the list price and the half price, both in yuan with 2 decimals', async () => {
    await asAlice()
    render(<TheatrePage />)
    const symphony = await screen.findByLabelText('Beibu Gulf Symphony Night')
    expect(within(symphony).getByText('List price ¥180.00')).toBeInTheDocument()
    expect(within(symphony).getByText('Your price ¥90.00')).toBeInTheDocument()
    expect(within(symphony).getByText('50% off')).toBeInTheDocument()
  })

  it('books two half-price tickets, shows the code with a QR, and refuses beyond the per-show limit', async () => {
    const env = await asAlice()
    render(<TheatrePage />)
    fireEvent.click(within(await screen.findByLabelText('Beibu Gulf Symphony Night')).getByRole('button', { name: 'Details and reservation' }))
    const detail = screen.getByLabelText('Beibu Gulf Symphony Night')
    expect(await within(detail).findByText('Limit: 2 discounted tickets per show. You hold 0.')).toBeInTheDocument()
    const more = within(detail).getByRole('button', { name: 'One ticket more' })
    fireEvent.click(more)
    // The region's limit is 2: a third ticket cannot be chosen.
    expect(within(detail).getByRole('button', { name: 'One ticket more' })).toBeDisabled()
    expect(within(detail).getByText('Total ¥180.00 instead of ¥360.00')).toBeInTheDocument()
    fireEvent.click(within(detail).getByRole('button', { name: 'Reserve 2 at half price' }))

    expect(await screen.findByText('Reserved. Show the booking code at the box office.')).toBeInTheDocument()
    const booking = env.backend.state.theatreBookings[0]
    expect(booking).toMatchObject({ quantity: 2, discountedPriceFen: 9000, totalFen: 18000 })
    const card = await screen.findByLabelText(`Booking code ${booking.code}`)
    expect(within(card).getByText(booking.code)).toBeInTheDocument()
    expect(within(card).getByRole('img', { name: `QR code of booking ${booking.code}` })).toBeInTheDocument()
    expect(within(card).getByText('2 × ¥90.00 (list ¥180.00)')).toBeInTheDocument()

    // At the limit the reservation is disabled and says why.
    await waitFor(() => expect(within(detail).getByText('You already hold the maximum of 2 discounted tickets for this show.')).toBeInTheDocument())
    expect(within(detail).getByRole('button', { name: /Reserve 1 at half price/ })).toBeDisabled()

    // Cancelling gives the tickets back.
    fireEvent.click(within(card).getByRole('button', { name: 'Cancel booking' }))
    expect(await screen.findByText('Booking cancelled.')).toBeInTheDocument()
    await waitFor(() => expect(within(detail).getByText('Limit: 2 discounted tickets per show. You hold 0.')).toBeInTheDocument())
  })

  it('shows the backend’s refusal as the rule when the limit is reached elsewhere (another device)', async () => {
    const env = await asAlice()
    __setRouterParams({ showId: 'show-2' })
    render(<TheatrePage />)
    const detail = await screen.findByLabelText('Guangxi Caidiao Opera: Liu Sanjie')
    await within(detail).findByText('Limit: 2 discounted tickets per show. You hold 0.')
    // Meanwhile two tickets are booked from another phone.
    await env.client.call('theatre.book', { body: { showId: 'show-2', quantity: 2 } })
    fireEvent.click(within(detail).getByRole('button', { name: 'Reserve 1 at half price' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('At most 2 discounted tickets per show; you already hold 2.')
  })

  it('a booking whose answer was lost is not made twice: trying again sends the same key', async () => {
    const env = await asAlice()
    __setRouterParams({ showId: 'show-2' })
    render(<TheatrePage />)
    const detail = await screen.findByLabelText('Guangxi Caidiao Opera: Liu Sanjie')
    await within(detail).findByText('Limit: 2 discounted tickets per show. You hold 0.')
    // The booking is made, but every answer (the client's own retries too) is lost on the way back.
    // The client's retries wait 0.4 s and 0.8 s (real time): the timeouts leave room for a busy machine.
    env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: true }
    fireEvent.click(within(detail).getByRole('button', { name: 'Reserve 1 at half price' }))
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
    expect(alert).toHaveTextContent('The server is taking too long')
    expect(env.backend.state.theatreBookings).toHaveLength(1)

    env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: false }
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('Reserved. Show the booking code at the box office.')).toBeInTheDocument()
    expect(env.backend.state.theatreBookings).toHaveLength(1)
    await waitFor(() => expect(within(detail).getByText('Limit: 2 discounted tickets per show. You hold 1.')).toBeInTheDocument())

    // After a confirmed booking, the next tap is a new booking with a new key.
    fireEvent.click(within(detail).getByRole('button', { name: 'Reserve 1 at half price' }))
    await waitFor(() => expect(env.backend.state.theatreBookings).toHaveLength(2))
  }, 30_000)

  it('keeps the phone reservation numbers one tap away', async () => {
    await asAlice()
    render(<TheatrePage />)
    fireEvent.click(await screen.findByRole('button', { name: 'Call 13877993005' }))
    expect(platformCalls).toContainEqual({ api: 'makePhoneCall', args: { phoneNumber: '13877993005' } })
  })
})
