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

  it('books three half-price tickets (no cap per show), shows the code with a QR, and gives the seats back on cancel', async () => {
    const env = await asAlice()
    render(<TheatrePage />)
    fireEvent.click(
      await screen.findByLabelText('Beibu Gulf Symphony Night').then((show) => within(show).getByRole('button', { name: 'Details and reservation' }))
    )
    const detail = screen.getByLabelText('Beibu Gulf Symphony Night')
    expect(within(detail).queryByText(/Limit|maximum/)).toBeNull()
    fireEvent.click(within(detail).getByRole('button', { name: 'One ticket more' }))
    fireEvent.click(within(detail).getByRole('button', { name: 'One ticket more' }))
    expect(within(detail).getByRole('button', { name: 'One ticket more' })).not.toHaveAttribute('aria-disabled')
    expect(within(detail).getByText('Total ¥270.00 instead of ¥540.00')).toBeInTheDocument()
    fireEvent.click(within(detail).getByRole('button', { name: 'Reserve 3 at 50% off' }))

    expect(await screen.findByText('Reserved. Show the booking code at the box office.')).toBeInTheDocument()
    const booking = env.backend.state.theatreBookings[0]
    expect(booking).toMatchObject({ quantity: 3, discountedPriceFen: 9000, totalFen: 27000 })
    const card = await screen.findByLabelText(`Booking code ${booking.code}`)
    expect(within(card).getByText(booking.code)).toBeInTheDocument()
    expect(within(card).getByRole('img', { name: `QR code of booking ${booking.code}` })).toBeInTheDocument()
    expect(within(card).getByText('3 × ¥90.00 (list ¥180.00)')).toBeInTheDocument()
    // More tickets for the same show can still be reserved.
    await waitFor(() => expect(within(detail).getByRole('button', { name: /Reserve 1 at 50% off/ })).not.toHaveAttribute('aria-disabled'))

    const seatsBefore = env.backend.state.theatreShows.find((s) => s.id === booking.showId)!.seatsLeft
    fireEvent.click(within(card).getByRole('button', { name: 'Cancel booking' }))
    expect(await screen.findByText('Booking cancelled.')).toBeInTheDocument()
    expect(env.backend.state.theatreShows.find((s) => s.id === booking.showId)!.seatsLeft).toBe(seatsBefore + 3)
  })

  it('puts the document’s route first: reserve by phone, buy on site; the in-app programme is labelled demo data', async () => {
    await asAlice()
    render(<TheatrePage />)
    expect(await screen.findByText(/Reserve by phone, buy your tickets on site showing your passport and certificate/)).toBeInTheDocument()
    expect(screen.getByText(/with no limit on shows or tickets/)).toBeInTheDocument()
    expect(screen.getByText(/Demo data: the shows, prices and seats below are examples/)).toBeInTheDocument()
    // The phone route and the discount each name where the document says them; the words on tap.
    expect(screen.getByRole('button', { name: /^Source: .*, annex 3 \(service guides for the perks\), 4\. theatre · show the words$/ })).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: /^Source: Notice on the Beihai measures .*, art\. 9; annex 3, 4\. theatre · show the words$/ }))
    expect(screen.getByText('“可享受“艺术精品月月演”剧目演出购票5折优惠，不限演出剧目”')).toBeInTheDocument()
  })

  it('shows the backend’s refusal when another phone took the last seats', async () => {
    const env = await asAlice()
    __setRouterParams({ showId: 'show-2' })
    render(<TheatrePage />)
    const detail = await screen.findByLabelText('Guangxi Caidiao Opera: Liu Sanjie')
    await within(detail).findByRole('button', { name: 'Reserve 1 at 50% off' })
    // Meanwhile the last seats go to other people.
    env.backend.state.theatreShows.find((s) => s.id === 'show-2')!.seatsLeft = 0
    fireEvent.click(within(detail).getByRole('button', { name: 'Reserve 1 at 50% off' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Only 0 seats are left for this show.')
  })

  it('a booking whose answer was lost is not made twice: trying again sends the same key', async () => {
    const env = await asAlice()
    __setRouterParams({ showId: 'show-2' })
    render(<TheatrePage />)
    const detail = await screen.findByLabelText('Guangxi Caidiao Opera: Liu Sanjie')
    // The booking is made, but every answer (the client's own retries too) is lost on the way back.
    // The client's retries wait 0.4 s and 0.8 s (real time): the timeouts leave room for a busy machine.
    env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: true }
    fireEvent.click(within(detail).getByRole('button', { name: 'Reserve 1 at 50% off' }))
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
    expect(alert).toHaveTextContent('The server is taking too long')
    expect(env.backend.state.theatreBookings).toHaveLength(1)

    env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: false }
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('Reserved. Show the booking code at the box office.')).toBeInTheDocument()
    expect(env.backend.state.theatreBookings).toHaveLength(1)
    await waitFor(() => expect(within(detail).getByRole('button', { name: 'Reserve 1 at 50% off' })).not.toHaveAttribute('aria-disabled'))

    // After a confirmed booking, the next tap is a new booking with a new key.
    fireEvent.click(within(detail).getByRole('button', { name: 'Reserve 1 at 50% off' }))
    await waitFor(() => expect(env.backend.state.theatreBookings).toHaveLength(2))
  }, 30_000)

  it('keeps the phone reservation numbers one tap away', async () => {
    await asAlice()
    render(<TheatrePage />)
    fireEvent.click(await screen.findByRole('button', { name: 'Call 13877993005' }))
    expect(platformCalls).toContainEqual({ api: 'makePhoneCall', args: { phoneNumber: '13877993005' } })
  })
})
