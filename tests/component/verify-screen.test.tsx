import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { initI18n, setLanguage } from '@/i18n'
import VerifyScanPage from '@/packages/verify/pages/scan/index'
import { useSession } from '@/stores/session'
import { useVerifyCache } from '@/features/verify/store'
import { base64UrlEncode } from '@/domain/certificate/encoding'
import { generateDeviceKeyPair } from '@/domain/certificate/keys'
import { createPresentation } from '@/domain/certificate/present'
import type { Purpose, SignedCertificate } from '@/domain/certificate/types'
import { __setScanResult, platformCalls } from '../doubles/taro'
import { freshBackend } from '../support/backend'

type Env = ReturnType<typeof freshBackend>

beforeAll(() => initI18n('en'))
beforeEach(() => {
  setLanguage('en')
  useSession.setState({ token: null, user: null, expiresAt: null })
  useVerifyCache.setState({ issuerKeys: [], issuerKeysFetchedAt: null, revocationList: null, revocationListFetchedAt: null, queue: [], failed: [], seenNonces: [] })
})

const OFFLINE = { latencyMs: 0, errorRate: 0, offline: true, failAfterCommit: false }
const ONLINE = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: false }

/** Alice's phone: a device key bound to her certificate, making codes like the certificate screen does. */
async function alicePhone(env: Env) {
  await env.as('alice')
  const key = generateDeviceKeyPair()
  const bound = await env.client.call('certificates.bindDevice', { body: { publicKey: base64UrlEncode(key.publicKey) }, idempotencyKey: 'bind-alice-1' })
  const signed = bound.signed as unknown as SignedCertificate
  return (purpose: Purpose, nowMs = Date.now()) => createPresentation(signed, key.secretKey, purpose, nowMs)
}

async function atDesk(username = 'nurse.bh') {
  const env = freshBackend(new Date().toISOString())
  const codeFor = await alicePhone(env)
  const user = await env.as(username)
  useSession.setState({ token: 'x', user, expiresAt: null })
  return { env, codeFor }
}

async function openScreen() {
  render(<VerifyScanPage />)
  // Issuer keys and revocation list fetched and saved on open.
  await screen.findByText(/Issuer keys and revocation list saved on this phone at/)
}

function paste(text: string) {
  fireEvent.change(screen.getByLabelText('Paste code text (for testing)'), { target: { value: text } })
  fireEvent.click(screen.getByRole('button', { name: 'Check code' }))
}

/** Flips one character inside the holder's signature (near the end): still well-formed, no longer genuine. */
function tamper(text: string): string {
  const i = text.length - 10
  return text.slice(0, i) + (text[i] === 'A' ? 'B' : 'A') + text.slice(i + 1)
}

describe('verifier mode', () => {
  it('accepts a fresh hospital code offline-checked, shows the perk, the holder and the revocation date, and records the visit', async () => {
    const { env, codeFor } = await atDesk()
    await openScreen()
    expect(screen.getByText(/Beihai People’s Hospital · checks: Hospital green channel/)).toBeInTheDocument()
    paste(codeFor('hospital'))
    const verdict = await screen.findByRole('alert', { name: 'Genuine and current' })
    expect(verdict).toHaveTextContent('PerkHospital green channel')
    expect(verdict).toHaveTextContent('Alice Martin')
    expect(verdict).toHaveTextContent(/Revocation list checked as of \d{4}-\d\d-\d\d \d\d:\d\d/)

    fireEvent.click(screen.getByRole('button', { name: 'Record green-channel visit' }))
    expect(await screen.findByText(/^Recorded at/)).toBeInTheDocument()
    expect(env.backend.state.redemptions).toHaveLength(1)
    expect(env.backend.state.redemptions[0]).toMatchObject({ purpose: 'hospital', venueId: 'bh-people-hospital', bookingCode: null })
  })

  it('refuses the same code twice at this desk (replayed), even after a restart', async () => {
    const { codeFor } = await atDesk()
    const code = codeFor('hospital')
    const first = render(<VerifyScanPage />)
    await screen.findByText(/Issuer keys and revocation list saved/)
    paste(code)
    await screen.findByRole('alert', { name: 'Genuine and current' })
    first.unmount()
    await openScreen()
    paste(code)
    expect(await screen.findByRole('alert', { name: 'Already used here' })).toBeInTheDocument()
  })

  it('rejects a tampered code as not genuine', async () => {
    const { codeFor } = await atDesk()
    await openScreen()
    paste(tamper(codeFor('hospital')))
    const verdict = await screen.findByRole('alert', { name: 'Not genuine' })
    expect(verdict).toHaveTextContent('GenuineNo')
    expect(screen.queryByRole('button', { name: 'Record green-channel visit' })).not.toBeInTheDocument()
  })

  it('rejects a code older than the window (a screenshot)', async () => {
    const { codeFor } = await atDesk()
    await openScreen()
    paste(codeFor('hospital', Date.now() - 3 * 60_000))
    expect(await screen.findByRole('alert', { name: 'Code too old' })).toHaveTextContent(/made 1\d\d seconds ago/)
  })

  it('sends a theatre code at the hospital back to the holder (wrong purpose)', async () => {
    const { codeFor } = await atDesk()
    await openScreen()
    paste(codeFor('theatre'))
    expect(await screen.findByRole('alert', { name: 'Code for another desk' })).toHaveTextContent('made for: Half-price theatre tickets')
  })

  it('says "not a talent certificate" for any other text, and never crashes', async () => {
    await atDesk()
    await openScreen()
    for (const junk of ['hello', 'WIC1.', 'WIC2.AAAA', 'https://example.com/?q=1', 'WIC1.' + 'A'.repeat(900)]) {
      paste(junk)
      expect(await screen.findByRole('alert', { name: 'Not a talent certificate' })).toBeInTheDocument()
    }
  })

  it('says revoked when the cached revocation list names the certificate', async () => {
    const { env, codeFor } = await atDesk()
    const record = env.backend.state.certificates.find((c) => c.userId === 'u-alice')!
    env.backend.state.revokedCredentials.push({ credentialId: record.credentialId!, at: new Date().toISOString() })
    await openScreen()
    paste(codeFor('hospital'))
    expect(await screen.findByRole('alert', { name: 'Revoked' })).toHaveTextContent('CertificateRevoked')
  })

  it('checks codes with no network from the saved keys and list, and queues the redemption until it can be sent, without duplicates', async () => {
    const { env, codeFor } = await atDesk()
    const first = render(<VerifyScanPage />)
    await screen.findByText(/Issuer keys and revocation list saved/)
    first.unmount()

    env.backend.state.faults = OFFLINE
    await openScreen()
    expect(await screen.findByText('Could not update (offline). Using the copy saved on this phone.')).toBeInTheDocument()
    paste(codeFor('hospital'))
    await screen.findByRole('alert', { name: 'Genuine and current' })
    fireEvent.click(screen.getByRole('button', { name: 'Record green-channel visit' }))
    expect(await screen.findByText(/No connection: saved on this phone/)).toBeInTheDocument()
    expect(screen.getByText('1 redemption saved on this phone is waiting to be sent.')).toBeInTheDocument()
    const queued = useVerifyCache.getState().queue
    expect(queued).toHaveLength(1)
    expect(queued[0].idempotencyKey.length).toBeGreaterThanOrEqual(8)

    // Still offline: nothing lost.
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }))
    expect(await screen.findByText('Still offline: 1 redemption is waiting.')).toBeInTheDocument()

    env.backend.state.faults = ONLINE
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }))
    expect(await screen.findByText('Sent 1 saved redemption.')).toBeInTheDocument()
    expect(useVerifyCache.getState().queue).toHaveLength(0)
    expect(env.backend.state.redemptions).toHaveLength(1)
  })

  it('a sync whose answer was lost is retried with the same key and recorded once', async () => {
    const { env, codeFor } = await atDesk()
    await openScreen()
    paste(codeFor('hospital'))
    await screen.findByRole('alert', { name: 'Genuine and current' })
    // The backend records it, but the answer never arrives.
    env.backend.state.faults = { ...ONLINE, failAfterCommit: true }
    fireEvent.click(screen.getByRole('button', { name: 'Record green-channel visit' }))
    expect(await screen.findByText(/No connection: saved on this phone/)).toBeInTheDocument()
    expect(env.backend.state.redemptions).toHaveLength(1)

    env.backend.state.faults = ONLINE
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }))
    expect(await screen.findByText('Sent 1 saved redemption.')).toBeInTheDocument()
    expect(env.backend.state.redemptions).toHaveLength(1)
  })

  it('sends the queue by itself when the phone gets its network back', async () => {
    const { env, codeFor } = await atDesk()
    await openScreen()
    const device = { online: false }
    const onLine = jest.spyOn(window.navigator, 'onLine', 'get').mockImplementation(() => device.online)
    try {
      paste(codeFor('hospital'))
      await screen.findByRole('alert', { name: 'Genuine and current' })
      fireEvent.click(screen.getByRole('button', { name: 'Record green-channel visit' }))
      expect(await screen.findByText(/No connection: saved on this phone/)).toBeInTheDocument()
      expect(env.backend.state.redemptions).toHaveLength(0)

      device.online = true
      act(() => {
        window.dispatchEvent(new Event('online'))
      })
      expect(await screen.findByText('Sent 1 saved redemption.')).toBeInTheDocument()
      expect(useVerifyCache.getState().queue).toHaveLength(0)
      expect(env.backend.state.redemptions).toHaveLength(1)

      // Another "online" event finds nothing left to send.
      act(() => {
        window.dispatchEvent(new Event('online'))
      })
      await waitFor(() => expect(useVerifyCache.getState().queue).toHaveLength(0))
      expect(env.backend.state.redemptions).toHaveLength(1)
    } finally {
      onLine.mockRestore()
    }
  })

  it('sends the queue on the next open', async () => {
    const { env, codeFor } = await atDesk()
    useVerifyCache.getState().enqueue({
      idempotencyKey: 'queued-visit-0001',
      userId: 'u-nurse',
      purpose: 'hospital',
      presentation: codeFor('hospital'),
      bookingCode: null,
      scannedAt: new Date().toISOString(),
      queuedAt: Date.now()
    })
    await openScreen()
    await waitFor(() => expect(useVerifyCache.getState().queue).toHaveLength(0))
    expect(env.backend.state.redemptions).toHaveLength(1)
  })

  it('at the theatre: asks for the booking code and explains a wrong one', async () => {
    const { env, codeFor } = await atDesk('boxoffice.bh')
    env.backend.state.theatreBookings.push({
      id: 'tb-1',
      showId: 'show-1',
      holderUserId: 'u-alice',
      quantity: 2,
      listPriceFen: 10000,
      discountedPriceFen: 5000,
      totalFen: 10000,
      code: 'TB7K2Q9',
      status: 'booked',
      createdAt: new Date().toISOString(),
      redeemedAt: null
    })
    await openScreen()
    paste(codeFor('theatre'))
    const verdict = await screen.findByRole('alert', { name: 'Genuine and current' })
    // The theatre learns no name.
    expect(verdict).not.toHaveTextContent('Alice')
    fireEvent.click(screen.getByRole('button', { name: 'Record ticket discount' }))
    expect(await screen.findByText("Enter the booking code from the holder's booking first.")).toBeInTheDocument()

    fireEvent.change(screen.getByLabelText("Booking code (printed on the holder's booking)"), { target: { value: 'NOPE123' } })
    fireEvent.click(screen.getByRole('button', { name: 'Record ticket discount' }))
    expect(await screen.findByText(/There is no booking with this code/)).toBeInTheDocument()

    fireEvent.change(screen.getByLabelText("Booking code (printed on the holder's booking)"), { target: { value: 'TB7K2Q9' } })
    fireEvent.click(screen.getByRole('button', { name: 'Record ticket discount' }))
    expect(await screen.findByText(/^Recorded at/)).toBeInTheDocument()
    expect(env.backend.state.theatreBookings[0].status).toBe('redeemed')
  })

  it('scans with the camera where it can, and offers the paste box where it cannot', async () => {
    const { codeFor } = await atDesk()
    await openScreen()
    fireEvent.click(screen.getByRole('button', { name: 'Scan code' }))
    expect(await screen.findByText(/The camera scanner is not available here/)).toBeInTheDocument()
    __setScanResult(codeFor('hospital'))
    fireEvent.click(screen.getByRole('button', { name: 'Scan code' }))
    expect(await screen.findByRole('alert', { name: 'Genuine and current' })).toBeInTheDocument()
    expect(platformCalls.filter((c) => c.api === 'scanCode')).toHaveLength(2)
  })

  it('without saved issuer keys (never online) it says so and confirms nothing', async () => {
    const { env, codeFor } = await atDesk()
    env.backend.state.faults = OFFLINE
    render(<VerifyScanPage />)
    expect(await screen.findByText(/has not downloaded the issuer keys yet/)).toBeInTheDocument()
    paste(codeFor('hospital'))
    expect(await screen.findByRole('alert', { name: 'Not genuine' })).toHaveTextContent('GenuineCannot tell')
  })

  it('is only for desk accounts', async () => {
    const env = freshBackend(new Date().toISOString())
    const user = await env.as('alice')
    useSession.setState({ token: 'x', user, expiresAt: null })
    render(<VerifyScanPage />)
    expect(screen.getByText(/This screen is for hospital, theatre and school desks/)).toBeInTheDocument()
  })

  it('works in Chinese', async () => {
    const { codeFor } = await atDesk()
    await act(async () => setLanguage('zh-CN'))
    render(<VerifyScanPage />)
    await screen.findByText(/签发机关密钥和撤销名单已于/)
    fireEvent.change(screen.getByLabelText('粘贴二维码文本（测试用）'), { target: { value: codeFor('hospital', Date.now() - 5 * 60_000) } })
    fireEvent.click(screen.getByRole('button', { name: '核验' }))
    expect(await screen.findByRole('alert', { name: '二维码已失效' })).toHaveTextContent('Code too old')
  })
})
