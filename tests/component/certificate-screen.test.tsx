import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { holdNextPaint } from '../support/heldPaint'
import Taro from '@tarojs/taro'
import { initI18n, setLanguage } from '@/i18n'
import CertificatePage from '@/pages/certificate/index'
import { useSession } from '@/stores/session'
import { useCertificateCache } from '@/features/certificate/store'
import { loadDeviceKey, resetDeviceKeyForTests } from '@/features/certificate/deviceKey'
import { DEVICE_KEY_STORAGE_KEY, readSealedSecret } from '@/features/certificate/deviceKeySealed'
import { isSealed } from '@/lib/seal'
import { addDays, beijingToday } from '@/domain/time/beijing'
import { verifyPresentation } from '@/domain/certificate/verify'
import { base64UrlDecode, PAYLOAD_PREFIX } from '@/domain/certificate/encoding'
import { navigation, platformCalls } from '../doubles/taro'
import { freshBackend } from '../support/backend'
import { openedStorage, storageDump } from '../support/storage'
import { backendTrustedKeys } from '@mock/issuer'
import { currentRevocationList } from '@mock/certificates'

jest.mock('@/lib/afterPaint', () => jest.requireActual('../support/heldPaint').afterPaintDouble)

beforeAll(() => initI18n('en'))
beforeEach(() => {
  setLanguage('en')
  useSession.setState({ token: null, user: null, expiresAt: null })
  useCertificateCache.setState({ byUser: {} })
  resetDeviceKeyForTests()
})
afterEach(() => jest.useRealTimers())

async function signedIn(username: string, adjust?: (env: ReturnType<typeof freshBackend>) => void) {
  const env = freshBackend(new Date().toISOString())
  adjust?.(env)
  const user = await env.as(username)
  useSession.setState({ token: 'x', user, expiresAt: null })
  return env
}

const aliceRecord = (env: ReturnType<typeof freshBackend>) => env.backend.state.certificates.find((c) => c.userId === 'u-alice')!

function liveCode(): HTMLElement {
  return document.querySelector('[data-qr-text]') as HTMLElement
}

/** A desk as the backend equips it: the root-signed keys and the current revocation list. */
function verifyAt(env: ReturnType<typeof freshBackend>, text: string, purpose: 'hospital' | 'theatre') {
  const nowMs = Date.now()
  const { state } = env.backend
  return verifyPresentation(text, {
    issuerKeys: backendTrustedKeys(state, nowMs),
    revocationLists: [currentRevocationList({ state, now: nowMs })],
    purpose,
    nowMs
  })
}

describe('certificate screen', () => {
  it('shows the annex-2 fields in both languages, with the passport masked until the holder asks', async () => {
    await signedIn('alice')
    render(<CertificatePage />)
    expect(await screen.findByText('BHKJ-2026-0007')).toBeInTheDocument()
    expect(screen.getByText('Certificate No. · 认定书编号')).toBeInTheDocument()
    expect(screen.getByText('Alice Martin')).toBeInTheDocument()
    expect(screen.getByText('爱丽丝·马丁')).toBeInTheDocument()
    expect(screen.getByText('France (FRA)')).toBeInTheDocument()
    expect(screen.getByText('北海市科学技术局')).toBeInTheDocument()
    expect(screen.getByText('Beihai Municipal Science and Technology Bureau')).toBeInTheDocument()
    expect(screen.getByRole('status', { name: 'Valid' })).toBeInTheDocument()

    // Masked by default; the full number comes from the signed copy on this device, once bound.
    expect(screen.getByText('19*****13')).toBeInTheDocument()
    expect(screen.queryByText('19FR48213')).not.toBeInTheDocument()
    fireEvent.click(await screen.findByRole('button', { name: 'Show passport number' }))
    expect(screen.getByText('19FR48213')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Hide passport number' }))
    expect(screen.queryByText('19FR48213')).not.toBeInTheDocument()
  })

  it('makes the device key on first open, keeps it sealed in app storage only, and binds it with proof of possession', async () => {
    const env = await signedIn('alice')
    render(<CertificatePage />)
    await waitFor(() => expect(liveCode()).not.toBeNull())
    const key = await loadDeviceKey()
    expect(key).toMatchObject({ protection: 'sealed' })
    expect(aliceRecord(env).devicePublicKey).toBe(key!.publicKey)
    expect(env.backend.state.bindChallenges.at(-1)?.usedAt).not.toBeNull()
    // Sealed: the secret half is in no plain storage entry, and only the public half ever reached the backend.
    const secret = (await readSealedSecret())!.secretKey
    const stored = Taro.getStorageSync(DEVICE_KEY_STORAGE_KEY) as string
    expect(isSealed(stored)).toBe(true)
    expect(stored).not.toContain(secret)
    expect(JSON.stringify(env.backend.state)).not.toContain(secret)
    // The screen stays on and bright while the code is shown.
    await waitFor(() => expect(platformCalls).toContainEqual({ api: 'setKeepScreenOn', args: { keepScreenOn: true } }))
    expect(platformCalls).toContainEqual({ api: 'setScreenBrightness', args: { value: 1 } })
  })

  it('restores the screen when the holder leaves', async () => {
    await signedIn('alice')
    const { unmount } = render(<CertificatePage />)
    await waitFor(() => expect(platformCalls).toContainEqual({ api: 'setScreenBrightness', args: { value: 1 } }))
    unmount()
    expect(platformCalls).toContainEqual({ api: 'setKeepScreenOn', args: { keepScreenOn: false } })
    expect(platformCalls).toContainEqual({ api: 'setScreenBrightness', args: { value: 0.4 } })
  })

  it('opens instantly from the saved copy when offline, and the code still works', async () => {
    const env = await signedIn('alice')
    const first = render(<CertificatePage />)
    await waitFor(() => expect(liveCode()).not.toBeNull())
    first.unmount()

    env.backend.state.faults = { latencyMs: 0, errorRate: 0, offline: true, failAfterCommit: false }
    render(<CertificatePage />)
    // Immediately, before any network answer.
    expect(screen.getByText('BHKJ-2026-0007')).toBeInTheDocument()
    expect(await screen.findByText(/You are offline\. This is the copy saved on this phone/)).toBeInTheDocument()
    // The live code follows once the certificate has painted.
    await waitFor(() => expect(liveCode()).not.toBeNull())
    const verdict = verifyAt(env, liveCode().getAttribute('data-qr-text')!, 'hospital')
    expect(verdict.code).toBe('valid')
  })

  it('keeps the code’s place while it is made (after the certificate paints), so nothing below it moves', async () => {
    await signedIn('alice')
    const painted = holdNextPaint()
    render(<CertificatePage />)
    expect(await screen.findByText('BHKJ-2026-0007')).toBeInTheDocument()
    expect(screen.getByText('Making your code…').closest('[role="status"]')).not.toBeNull()
    // No "copy code text": a code is shown, never handed over as text.
    expect(screen.queryByRole('button', { name: /copy/i })).not.toBeInTheDocument()
    expect(liveCode()).toBeNull()
    await act(async () => painted())
    await waitFor(() => expect(liveCode()).not.toBeNull())
    expect(screen.queryByText('Making your code…')).not.toBeInTheDocument()
  })

  it('keeps the code on screen when a refresh brings back the same certificate', async () => {
    await signedIn('alice')
    render(<CertificatePage />)
    await waitFor(() => expect(liveCode()).not.toBeNull())
    const shown = liveCode().getAttribute('data-qr-text')
    // What every online open does: the same certificate arrives again, as a new object.
    const cached = useCertificateCache.getState().byUser['u-alice']
    act(() => useCertificateCache.getState().save('u-alice', JSON.parse(JSON.stringify(cached.certificate)), Date.now()))
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)))
    expect(liveCode().getAttribute('data-qr-text')).toBe(shown)
  })

  it('discloses per purpose: the hospital and theatre codes name the holder (checked against the passport); neither carries the passport', async () => {
    const env = await signedIn('alice')
    render(<CertificatePage />)
    await waitFor(() => expect(liveCode()).not.toBeNull())
    expect(screen.getByRole('tab', { name: 'Hospital' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByText(/Your name, that your certificate is genuine/)).toBeInTheDocument()

    const hospital = verifyAt(env, liveCode().getAttribute('data-qr-text')!, 'hospital')
    expect(hospital.ok && hospital.disclosed.holderName).toEqual({ en: 'Alice Martin', zh: '爱丽丝·马丁' })

    fireEvent.click(screen.getByRole('tab', { name: 'Theatre' }))
    await waitFor(() => expect(liveCode().getAttribute('data-qr-purpose')).toBe('theatre'))
    expect(screen.getByText(/the box office compares it with your passport/)).toBeInTheDocument()
    const theatreText = liveCode().getAttribute('data-qr-text')!
    const theatre = verifyAt(env, theatreText, 'theatre')
    expect(theatre.code).toBe('valid')
    expect(theatre.ok && theatre.disclosed.holderName).toEqual({ en: 'Alice Martin', zh: '爱丽丝·马丁' })

    // The bytes of the code itself: no passport, nationality or certificate number in any encoding.
    const bytes = Buffer.from(base64UrlDecode(theatreText.slice(PAYLOAD_PREFIX.length)))
    for (const secret of ['19FR48213', 'FRA', 'BHKJ']) expect(bytes.includes(Buffer.from(secret, 'utf8'))).toBe(false)
  })

  it('never logs the passport number, and keeps the device key and certificate in app storage only', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => jest.spyOn(console, level).mockImplementation(() => undefined))
    const env = await signedIn('alice')
    render(<CertificatePage />)
    fireEvent.click(await screen.findByRole('button', { name: 'Show passport number' }))
    expect(screen.getByText('19FR48213')).toBeInTheDocument()
    // Signing the live code is part of the screen's work too.
    await waitFor(() => expect(liveCode()).not.toBeNull())
    for (const spy of spies) {
      for (const call of spy.mock.calls) expect(JSON.stringify(call)).not.toContain('19FR48213')
      spy.mockRestore()
    }
    const secretKey = (await readSealedSecret())!.secretKey
    const stored = Taro.getStorageSync(DEVICE_KEY_STORAGE_KEY) as string
    expect(isSealed(stored)).toBe(true)
    // The cached certificate is sealed: readable by the app, not in a dump of its storage.
    const dump = storageDump()
    expect(openedStorage().some((plain) => plain.includes('BHKJ-2026-0007') && plain.includes('19FR48213'))).toBe(true)
    for (const value of dump) {
      expect(value).not.toContain('19FR48213')
      expect(value).not.toContain('BHKJ-2026-0007')
      // The secret key is readable nowhere: not in storage, not at the backend.
      expect(value).not.toContain(secretKey)
    }
    expect(JSON.stringify(env.backend.state)).not.toContain(secretKey)
  })

  it('renews the code every 30 seconds with a visible countdown', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] })
    await signedIn('alice')
    render(<CertificatePage />)
    await waitFor(() => expect(liveCode()).not.toBeNull())
    const first = liveCode().getAttribute('data-qr-text')
    expect(screen.getByText('New code in 30 seconds')).toBeInTheDocument()
    act(() => {
      jest.advanceTimersByTime(15_000)
    })
    expect(screen.getByText('New code in 15 seconds')).toBeInTheDocument()
    act(() => {
      jest.advanceTimersByTime(16_000)
    })
    await waitFor(() => expect(liveCode().getAttribute('data-qr-text')).not.toBe(first))
    // The new code (made at 30 s) counts its own half-minute: at 31 s it has 29 seconds left.
    expect(screen.getByText('New code in 29 seconds')).toBeInTheDocument()
  })

  it('warns when the certificate expires within 30 days', async () => {
    await signedIn('alice', (env) => {
      aliceRecord(env).certificate.validTo = addDays(beijingToday(), 12)
    })
    render(<CertificatePage />)
    expect(await screen.findByRole('status', { name: 'Expiring soon' })).toHaveTextContent('in 12 days. Ask your employer to renew it now.')
    await waitFor(() => expect(liveCode()).not.toBeNull())
  })

  it('says plainly when the certificate has expired, and shows no code', async () => {
    await signedIn('alice', (env) => {
      const record = aliceRecord(env)
      record.certificate.validFrom = addDays(beijingToday(), -400)
      record.certificate.validTo = addDays(beijingToday(), -1)
    })
    render(<CertificatePage />)
    expect(await screen.findByRole('status', { name: 'Expired' })).toBeInTheDocument()
    expect(liveCode()).toBeNull()
    expect(screen.queryByRole('tab')).not.toBeInTheDocument()
  })

  it('says plainly when the certificate was revoked, and shows no code', async () => {
    await signedIn('alice', (env) => {
      aliceRecord(env).certificate.status = 'revoked'
    })
    render(<CertificatePage />)
    const banner = await screen.findByRole('status', { name: 'Revoked' })
    expect(banner).toHaveTextContent('has withdrawn this certificate')
    expect(liveCode()).toBeNull()
  })

  it('tells an applicant without a certificate how to check eligibility', async () => {
    await signedIn('ken')
    render(<CertificatePage />)
    expect(await screen.findByRole('heading', { name: 'No talent certificate yet' })).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Check my eligibility' }))
    expect(navigation.calls).toContainEqual({ kind: 'navigateTo', url: '/packages/guides/pages/talent/index' })
  })

  it('tells a verifier the certificate is not theirs, and points to the verifier screen', async () => {
    await signedIn('nurse.bh')
    render(<CertificatePage />)
    expect(screen.getByText(/Talent certificates are held by certified foreign talents/)).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Verify a certificate' }))
    expect(navigation.calls).toContainEqual({ kind: 'navigateTo', url: '/packages/verify/pages/scan/index' })
  })

  it('is in Chinese when the app is', async () => {
    await signedIn('alice')
    await act(async () => setLanguage('zh-CN'))
    render(<CertificatePage />)
    expect(await screen.findByText('法国 (FRA)')).toBeInTheDocument()
    const card = screen.getByRole('group', { name: '人才认定书详情' })
    expect(within(card).getByText('护照号码 · Passport No.')).toBeInTheDocument()
    expect(await screen.findByRole('status', { name: '有效' })).toBeInTheDocument()
  })
})

describe('sign-out', () => {
  it('erases the holder’s cached certificate from the phone', async () => {
    const { useCertificateCache } = await import('@/features/certificate/store')
    const { useSession } = await import('@/stores/session')
    const env = freshBackend()
    const user = await env.as('alice')
    useSession.setState({ token: 'x', user, expiresAt: null })
    useCertificateCache.getState().save('u-alice', null, Date.now())
    expect(useCertificateCache.getState().byUser['u-alice']).toBeDefined()
    await useSession.getState().signOut()
    expect(useCertificateCache.getState().byUser['u-alice']).toBeUndefined()
  })
})
