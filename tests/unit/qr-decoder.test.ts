/** H5 QR decoding: the browser's BarcodeDetector where it reads QR codes, else jsQR. */
import { createFrameDecoder } from '@/features/verify/qrDecoder.h5'

const video = { videoWidth: 640, videoHeight: 480 } as HTMLVideoElement

function installDetector(formats: string[], found: string | null) {
  const detect = jest.fn(async () => (found ? [{ rawValue: found }] : []))
  const Detector = Object.assign(
    jest.fn(() => ({ detect })),
    { getSupportedFormats: async () => formats }
  )
  Object.assign(globalThis, { BarcodeDetector: Detector })
  return { detect, Detector }
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).BarcodeDetector
})

describe('QR decoder', () => {
  it('uses the browser’s BarcodeDetector for QR codes where it has one', async () => {
    const { detect, Detector } = installDetector(['ean_13', 'qr_code'], 'WIC1.code')
    const decode = await createFrameDecoder()
    expect(await decode(video)).toBe('WIC1.code')
    expect(detect).toHaveBeenCalledWith(video)
    expect(Detector).toHaveBeenCalledWith({ formats: ['qr_code'] })
  })

  it('falls back to jsQR where the detector reads no QR codes', async () => {
    const { detect } = installDetector(['ean_13'], 'never')
    // jsdom draws no canvas: reaching jsQR's path shows as its canvas failing, the detector untouched.
    const getContext = jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
    await expect(createFrameDecoder()).rejects.toThrow('No 2D canvas')
    expect(getContext).toHaveBeenCalledWith('2d', { willReadFrequently: true })
    expect(detect).not.toHaveBeenCalled()
    getContext.mockRestore()
  })
})
