import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { initI18n, setLanguage } from '@/i18n'
import VerifyScanPage from '@/packages/verify/pages/scan/index'
import { useSession } from '@/stores/session'
import { EMPTY_VERIFY_CACHE, useVerifyCache } from '@/features/verify/store'
import { signBookingCode } from '@/domain/certificate/booking'
import { base64UrlEncode } from '@/domain/certificate/encoding'
import { issueCertificate } from '@/domain/certificate/issue'
import { generateDeviceKeyPair, keyId } from '@/domain/certificate/keys'
import { createPresentation } from '@/domain/certificate/present'
import { signIssuerKeyList } from '@/domain/certificate/trust'
import { BEIHAI_STB, type Purpose, type SignedCertificate } from '@/domain/certificate/types'
import { sampleCertificateFields } from '../support/certificateFixtures'
import { __setScanResult, platformCalls } from '../doubles/taro'
import { freshBackend } from '../support/backend'
import { openedStorage, storageDump } from '../support/storage'
import { bindDeviceWithProof } from '../support/bindDevice'

type Env = ReturnType<typeof freshBackend>

beforeAll(() => initI18n('en'))
beforeEach(() => {
  setLanguage('en')
  useSession.setState({ token: null, user: null, expiresAt: null })
  useVerifyCache.setState(EMPTY_VERIFY_CACHE)
})

const OFFLINE = { latencyMs: 0, errorRate: 0, offline: true, failAfterCommit: false }
const ONLINE = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: false }

/** Alice's phone: a device key bound to her certificate, making codes like the certificate screen does. */
async function alicePhone(env: Env) {
  await env.as('alice')
  const key = generateDeviceKeyPair()
  const bound = await bindDeviceWithProof(env.client, key, 'bind-alice-1')
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
  // The revocation list fetched and saved on open (the issuer keys ship with the app).
  await screen.findByText(/^Revocation list of /)
}

function paste(text: string) {
  fireEvent.change(screen.getByLabelText('Or enter the code text'), { target: { value: text } })
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
    await screen.findByText(/^Revocation list of /)
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
    await screen.findByText(/^Revocation list of /)
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
    // The box office learns the name, to compare with the passport shown with the certificate.
    expect(verdict).toHaveTextContent('Alice Martin')
    fireEvent.click(screen.getByRole('button', { name: 'Record ticket discount' }))
    expect(await screen.findByText("Enter the booking code from the holder's booking first.")).toBeInTheDocument()

    fireEvent.change(screen.getByLabelText("Booking code (scan the booking's QR, or type the reference on it)"), { target: { value: 'NOPE123' } })
    fireEvent.click(screen.getByRole('button', { name: 'Record ticket discount' }))
    expect(await screen.findByText(/There is no booking with this code/)).toBeInTheDocument()

    fireEvent.change(screen.getByLabelText("Booking code (scan the booking's QR, or type the reference on it)"), { target: { value: 'TB7K2Q9' } })
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

  it('never online: genuine codes verify with the keys shipped in the app, but revocation is not checked; the hospital records for a later check', async () => {
    const { env, codeFor } = await atDesk()
    env.backend.state.faults = OFFLINE
    render(<VerifyScanPage />)
    expect(await screen.findByText(/Issuer keys: signed list no\. 1 of .*, shipped with the app\./)).toBeInTheDocument()
    expect(screen.getByText(/No revocation list yet/)).toBeInTheDocument()
    paste(codeFor('hospital'))
    const verdict = await screen.findByRole('alert', { name: 'Revocation not checked' })
    expect(verdict).toHaveTextContent('GenuineYes, issued by Beihai Municipal Science and Technology Bureau')
    expect(verdict).toHaveTextContent('Alice Martin')
    fireEvent.click(screen.getByRole('button', { name: 'Record the visit for a later check' }))
    expect(await screen.findByText(/No connection: saved on this phone/)).toBeInTheDocument()
    // Online again: the server checks it against the current revocation list as it records it.
    env.backend.state.faults = ONLINE
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }))
    expect(await screen.findByText('Sent 1 saved redemption.')).toBeInTheDocument()
    expect(env.backend.state.redemptions).toHaveLength(1)
  })

  it('a box office with no current revocation list does not record: it goes online first', async () => {
    const { env, codeFor } = await atDesk('boxoffice.bh')
    env.backend.state.faults = OFFLINE
    render(<VerifyScanPage />)
    await screen.findByText(/No revocation list yet/)
    paste(codeFor('theatre'))
    expect(await screen.findByRole('alert', { name: 'Revocation not checked' })).toHaveTextContent('Connect to the internet')
    expect(screen.queryByRole('button', { name: /Record/ })).not.toBeInTheDocument()
  })

  it('a key list not signed by the root is refused: the keys held stay, and a self-made certificate is not genuine', async () => {
    const { env, codeFor } = await atDesk()
    const attacker = generateDeviceKeyPair()
    const attackerKey = {
      kid: keyId(attacker.publicKey),
      publicKey: base64UrlEncode(attacker.publicKey),
      issuerId: 'beihai-stb',
      issuer: BEIHAI_STB,
      validFrom: 0,
      validUntil: Date.now() + 86_400_000
    }
    env.backend.state.trust.keyList = signIssuerKeyList({ seq: 99, issuedAt: Date.now(), keys: [attackerKey] }, attacker.secretKey)
    await openScreen()
    expect(screen.getByText(/An update of the issuer keys did not verify/)).toBeInTheDocument()
    expect(screen.getByText(/signed list no\. 1 of .*shipped with the app/)).toBeInTheDocument()
    // The attacker issues a certificate with their key: the desk does not know that key.
    const forgedCert = issueCertificate({ ...sampleCertificateFields(['hospital']), issuer: BEIHAI_STB }, attacker.publicKey, { secretKey: attacker.secretKey })
    paste(createPresentation(forgedCert, attacker.secretKey, 'hospital', Date.now()))
    expect(await screen.findByRole('alert', { name: 'Not genuine' })).toBeInTheDocument()
    // A genuine code still verifies with the keys held.
    paste(codeFor('hospital'))
    expect(await screen.findByRole('alert', { name: 'Genuine and current' })).toBeInTheDocument()
  })

  it("yesterday's revocation list replayed over today's is refused; the newer one stays in use", async () => {
    const { env, codeFor } = await atDesk()
    const record = env.backend.state.certificates.find((c) => c.userId === 'u-alice')!
    const before = env.backend.state.trust.revocationList
    // Today's list revokes Alice's credential.
    env.backend.state.revokedCredentials.push({ credentialId: record.credentialId!, at: new Date().toISOString() })
    const first = render(<VerifyScanPage />)
    await screen.findByText(/^Revocation list of /)
    first.unmount()
    // An attacker (or a stale cache) serves the older list, which does not name her.
    env.backend.state.trust.revocationList = before
    env.backend.state.revokedCredentials.pop()
    await openScreen()
    expect(screen.getByText(/A revocation list did not verify, came from another issuer or was older/)).toBeInTheDocument()
    paste(codeFor('hospital'))
    expect(await screen.findByRole('alert', { name: 'Revoked' })).toBeInTheDocument()
  })

  it('a desk clock behind the lists it holds gives no verdict, and says to fix the clock', async () => {
    const { codeFor } = await atDesk()
    await openScreen()
    const code = codeFor('hospital', Date.now() - 3 * 86_400_000)
    const now = jest.spyOn(Date, 'now').mockReturnValue(Date.now() - 3 * 86_400_000)
    try {
      paste(code)
      expect(await screen.findByRole('alert', { name: "This phone's clock is wrong" })).toBeInTheDocument()
      expect(screen.queryByRole('button', { name: /Record/ })).not.toBeInTheDocument()
    } finally {
      now.mockRestore()
    }
  })

  it('keeps its queue sealed: no holder name or code in plain storage', async () => {
    const { env, codeFor } = await atDesk()
    await openScreen()
    env.backend.state.faults = OFFLINE
    const code = codeFor('hospital')
    paste(code)
    await screen.findByRole('alert', { name: 'Genuine and current' })
    fireEvent.click(screen.getByRole('button', { name: 'Record green-channel visit' }))
    await screen.findByText(/No connection: saved on this phone/)
    // The queued visit is kept on the phone for the app to read back, and nowhere in a dump of its storage.
    await waitFor(() => expect(openedStorage().some((plain) => plain.includes(code))).toBe(true))
    // (The desk's own session names its venue and purpose in plain: that is the desk's, not the holder's.)
    for (const value of storageDump()) {
      expect(value).not.toContain('WIC1.')
      expect(value).not.toContain('Alice')
    }
  })

  it('at the theatre: a scanned booking QR is checked offline; a made-up one is refused before anything is sent', async () => {
    const { env, codeFor } = await atDesk('boxoffice.bh')
    await env.as('alice')
    const booking = await env.client.call('theatre.book', { body: { showId: env.backend.state.theatreShows[0].id, quantity: 2 } })
    expect(booking.signedCode).toMatch(/^WICB1\./)
    const clerk = await env.as('boxoffice.bh')
    useSession.setState({ token: 'x', user: clerk, expiresAt: null })
    await openScreen()
    paste(codeFor('theatre'))
    await screen.findByRole('alert', { name: 'Genuine and current' })
    const stranger = generateDeviceKeyPair()
    const madeUp = signBookingCode(
      { ref: booking.code, showId: booking.showId, date: '2030-01-01', seats: 9, credentialId: 'x' },
      { secretKey: stranger.secretKey }
    )
    __setScanResult(madeUp)
    fireEvent.click(screen.getByRole('button', { name: 'Scan booking' }))
    expect(await screen.findByText(/This booking code is not genuine/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Record ticket discount' })).toHaveAttribute('aria-disabled', 'true')
    __setScanResult(booking.signedCode!)
    fireEvent.click(screen.getByRole('button', { name: 'Scan booking' }))
    expect(await screen.findByText(new RegExp(`Booking ${booking.code}: .*2 seat\\(s\\), issued to this holder`))).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Record ticket discount' }))
    expect(await screen.findByText(/^Recorded at/)).toBeInTheDocument()
    expect(env.backend.state.theatreBookings.find((b) => b.id === booking.id)?.status).toBe('redeemed')
  })

  it('two box offices offline redeem one booking: at sync the first is recorded, the second desk is told the tickets were already used', async () => {
    const { env, codeFor } = await atDesk('boxoffice.bh')
    await env.as('alice')
    const booking = await env.client.call('theatre.book', { body: { showId: env.backend.state.theatreShows[0].id, quantity: 2 } })
    const clerk = await env.as('boxoffice.bh')
    useSession.setState({ token: 'x', user: clerk, expiresAt: null })
    await openScreen()
    env.backend.state.faults = OFFLINE
    // Two desks, two live codes of the holder, the same booking; this phone plays both, one after the other.
    for (const at of [Date.now() - 20_000, Date.now()]) {
      paste(codeFor('theatre', at))
      await screen.findByRole('alert', { name: 'Genuine and current' })
      fireEvent.change(screen.getByLabelText("Booking code (scan the booking's QR, or type the reference on it)"), { target: { value: booking.signedCode } })
      fireEvent.click(screen.getByRole('button', { name: 'Record ticket discount' }))
      await screen.findByText(/No connection: saved on this phone/)
    }
    expect(useVerifyCache.getState().queue).toHaveLength(2)
    env.backend.state.faults = ONLINE
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }))
    expect(await screen.findByText('Sent 1 saved redemption.')).toBeInTheDocument()
    expect(screen.getByText(/not recorded\. These tickets were already used, or the booking was cancelled\./)).toBeInTheDocument()
    expect(env.backend.state.redemptions).toHaveLength(1)
  })

  it('a refused item stays for the desk to read for a week, then goes', () => {
    const item = {
      idempotencyKey: 'k1',
      userId: 'u',
      purpose: 'hospital' as const,
      presentation: 'WIC1.x',
      bookingCode: null,
      scannedAt: new Date().toISOString(),
      queuedAt: 0
    }
    useVerifyCache.setState({ queue: [item], failed: [] })
    useVerifyCache.getState().settle('k1', 'conflict', 1_000)
    useVerifyCache.getState().expireFailed(1_000 + 6 * 86_400_000)
    expect(useVerifyCache.getState().failed).toHaveLength(1)
    useVerifyCache.getState().expireFailed(1_000 + 7 * 86_400_000)
    expect(useVerifyCache.getState().failed).toHaveLength(0)
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
    await screen.findByText(/^撤销名单：/)
    fireEvent.change(screen.getByLabelText('或输入二维码文本'), { target: { value: codeFor('hospital', Date.now() - 5 * 60_000) } })
    fireEvent.click(screen.getByRole('button', { name: '核验' }))
    expect(await screen.findByRole('alert', { name: '二维码已失效' })).toHaveTextContent('Code too old')
  })
})
