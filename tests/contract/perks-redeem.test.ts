/**
 * Theatre tickets are redeemed once: the holder books half-price tickets, binds this phone's key, shows a
 * theatre presentation with the booking code; the box office records it, and a second redemption of the
 * same booking (even with a fresh, valid presentation) is refused.
 */
import { ApiError, type TheatreBooking } from '@/api'
import { createPresentation, generateDeviceKeyPair, type SignedCertificate } from '@/domain/certificate'
import { freshBackend } from '../support/backend'
import { bindDeviceWithProof } from '../support/bindDevice'

const NOW_ISO = '2026-11-20T02:00:00.000Z'
const NOW = Date.parse(NOW_ISO)

async function holderWithBooking() {
  const env = freshBackend(NOW_ISO)
  await env.as('alice')
  const booking: TheatreBooking = await env.client.call('theatre.book', { body: { showId: 'show-1', quantity: 2 } })
  const device = generateDeviceKeyPair()
  const bound = await bindDeviceWithProof(env.client, device)
  const signed = bound.signed as unknown as SignedCertificate
  const present = (atMs: number) => createPresentation(signed, device.secretKey, 'theatre', atMs)
  return { env, booking, present }
}

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (e) {
    return e as ApiError
  }
  throw new Error('expected a refusal')
}

describe('theatre redemption', () => {
  it('redeems a booking once; a second redemption is refused', async () => {
    const { env, booking, present } = await holderWithBooking()
    expect(booking).toMatchObject({ quantity: 2, discountedPriceFen: 9000, totalFen: 18000, status: 'booked' })

    await env.as('boxoffice.bh')
    const first = await env.client.call('redemptions.create', {
      body: { purpose: 'theatre', presentation: present(NOW), bookingCode: booking.code, scannedAt: new Date(NOW).toISOString() }
    })
    expect(first).toMatchObject({ purpose: 'theatre', venueId: 'bh-people-theatre', bookingCode: booking.code, duplicate: false })
    expect(env.backend.state.theatreBookings[0]).toMatchObject({ status: 'redeemed' })
    expect(env.backend.state.theatreBookings[0].redeemedAt).not.toBeNull()

    const later = NOW + 60_000
    const second = await refusal(
      env.client.call('redemptions.create', {
        body: { purpose: 'theatre', presentation: present(later), bookingCode: booking.code, scannedAt: new Date(later).toISOString() }
      })
    )
    expect(second.kind).toBe('conflict')
    expect(second.message).toMatch(/already used/)
    expect(env.backend.state.redemptions).toHaveLength(1)

    // The holder sees the tickets as collected and can no longer cancel them.
    await env.as('alice')
    const mine = await env.client.call('theatre.bookings')
    expect(mine.bookings[0].status).toBe('redeemed')
    expect((await refusal(env.client.call('theatre.cancel', { params: { bookingId: booking.id } }))).kind).toBe('conflict')
  })

  it('a retried sync of the same scan is answered as a duplicate, not a second redemption', async () => {
    const { env, booking, present } = await holderWithBooking()
    await env.as('boxoffice.bh')
    const body = { purpose: 'theatre' as const, presentation: present(NOW), bookingCode: booking.code, scannedAt: new Date(NOW).toISOString() }
    await env.client.call('redemptions.create', { body })
    const again = await env.client.call('redemptions.create', { body })
    expect(again.duplicate).toBe(true)
    expect(env.backend.state.redemptions).toHaveLength(1)
  })

  it('refuses a cancelled booking, and a hospital desk cannot redeem theatre tickets', async () => {
    const { env, booking, present } = await holderWithBooking()
    await env.client.call('theatre.cancel', { params: { bookingId: booking.id } })
    await env.as('nurse.bh')
    const body = { purpose: 'theatre' as const, presentation: present(NOW), bookingCode: booking.code, scannedAt: new Date(NOW).toISOString() }
    expect((await refusal(env.client.call('redemptions.create', { body }))).kind).toBe('forbidden')
    await env.as('boxoffice.bh')
    const cancelled = await refusal(env.client.call('redemptions.create', { body }))
    expect(cancelled.kind).toBe('conflict')
    expect(cancelled.message).toMatch(/cancelled/)
  })
})
