/** H5 camera scanning: what the desk hears when the camera cannot be used, and a code read from the video. */
import { initI18n, setLanguage } from '@/i18n'
import '@/i18n/namespaces/verify'
import { scanQrText, scanWithCamera } from '@/features/verify/scan.h5'
import { cameraFailureOf, scanFailureOf, ScanError } from '@/features/verify/scanError'

const mockDecode = jest.fn<Promise<string | null>, [HTMLVideoElement]>()
jest.mock('@/features/verify/qrDecoder.h5', () => ({ createFrameDecoder: async () => mockDecode }))

const stop = jest.fn()
const stream = { getTracks: () => [{ stop }] } as unknown as MediaStream
const getUserMedia = jest.fn<Promise<MediaStream>, [MediaStreamConstraints]>()

beforeAll(() => {
  initI18n('en')
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true })
  Object.defineProperty(HTMLMediaElement.prototype, 'readyState', { get: () => 4, configurable: true })
  HTMLMediaElement.prototype.play = jest.fn(() => Promise.resolve())
})
beforeEach(() => {
  setLanguage('en')
  mockDecode.mockReset()
  getUserMedia.mockReset()
  stop.mockReset()
})

const dialog = () => document.querySelector('[role="dialog"]')
const refusal = (name: string) => Object.assign(new Error(name), { name })

describe('camera failures, each in words', () => {
  it.each([
    ['NotAllowedError', 'denied'],
    ['SecurityError', 'denied'],
    ['NotFoundError', 'noCamera'],
    ['NotReadableError', 'noCamera'],
    ['OverconstrainedError', 'noCamera'],
    ['AbortError', 'unavailable']
  ])('%s is %s', async (name, reason) => {
    expect(cameraFailureOf(refusal(name))).toBe(reason)
    getUserMedia.mockRejectedValueOnce(refusal(name))
    const failure = await scanQrText().catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(ScanError)
    expect(scanFailureOf(failure)).toBe(reason)
    expect(dialog()).toBeNull()
  })

  it('says the scanner is unavailable in a browser without the camera API', async () => {
    const media = navigator.mediaDevices
    Object.defineProperty(navigator, 'mediaDevices', { value: undefined, configurable: true })
    expect(scanFailureOf(await scanQrText().catch((e: unknown) => e))).toBe('unavailable')
    Object.defineProperty(navigator, 'mediaDevices', { value: media, configurable: true })
  })
})

describe('scanning with the camera', () => {
  it('asks for the back camera, shows its picture in a dialog, and returns the first code read', async () => {
    getUserMedia.mockResolvedValue(stream)
    mockDecode.mockResolvedValueOnce(null).mockResolvedValueOnce('WIC1.code')
    const scanning = scanQrText()
    await Promise.resolve()
    expect(await scanning).toBe('WIC1.code')
    expect(getUserMedia.mock.calls[0][0]).toMatchObject({ audio: false, video: { facingMode: { ideal: 'environment' } } })
    expect(mockDecode).toHaveBeenCalledTimes(2)
    // The camera is released and the dialog gone.
    expect(stop).toHaveBeenCalled()
    expect(dialog()).toBeNull()
  })

  it('resolves null when the desk cancels', async () => {
    getUserMedia.mockResolvedValue(stream)
    mockDecode.mockResolvedValue(null)
    const scanning = scanWithCamera()
    const cancel = await waitFor(() => document.querySelector<HTMLButtonElement>('[role="dialog"] button'))
    expect(dialog()).toHaveAccessibleName("Point the camera at the holder's code")
    expect(cancel).toHaveTextContent('Cancel')
    cancel.click()
    expect(await scanning).toBeNull()
    expect(stop).toHaveBeenCalled()
  })

  it('gives up on a picture it cannot read, and says so', async () => {
    getUserMedia.mockResolvedValue(stream)
    mockDecode.mockResolvedValue(null)
    const failure = await scanWithCamera(400).catch((e: unknown) => e)
    expect(scanFailureOf(failure)).toBe('unreadable')
    expect(mockDecode.mock.calls.length).toBeGreaterThan(1)
    expect(dialog()).toBeNull()
  })

  it('keeps WeChat’s own scanner inside WeChat’s browser', async () => {
    Object.assign(globalThis, { wx: { scanQRCode: () => undefined } })
    try {
      await scanQrText().catch(() => null)
      expect(getUserMedia).not.toHaveBeenCalled()
    } finally {
      delete (globalThis as { wx?: unknown }).wx
    }
  })
})

async function waitFor<T>(find: () => T | null): Promise<T> {
  for (let i = 0; i < 50; i++) {
    const found = find()
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error('not found')
}
