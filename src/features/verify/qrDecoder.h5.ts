/**
 * H5: finds a QR code in a video frame. The browser's own BarcodeDetector where it reads QR codes (Chrome
 * on Android, Safari 17+); elsewhere jsQR, fetched only then (its own chunk, never on the first load).
 */
export type FrameDecoder = (video: HTMLVideoElement) => Promise<string | null>

interface DetectedBarcode {
  rawValue: string
}
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<DetectedBarcode[]>
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike
  getSupportedFormats(): Promise<string[]>
}

/** Frames are read at most this wide or high: enough for a phone-screen QR across a desk, fast on a slow phone. */
const MAX_SIDE = 640

async function nativeDecoder(): Promise<FrameDecoder | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector
  if (!Detector) return null
  try {
    if (!(await Detector.getSupportedFormats()).includes('qr_code')) return null
    const detector = new Detector({ formats: ['qr_code'] })
    return async (video) => {
      const [found] = await detector.detect(video)
      return found?.rawValue || null
    }
  } catch {
    return null
  }
}

async function jsQrDecoder(): Promise<FrameDecoder> {
  const { default: jsQR } = await import(/* webpackChunkName: "qr-decoder" */ 'jsqr')
  const canvas = document.createElement('canvas')
  const context = canvas.getContext('2d', { willReadFrequently: true })
  if (!context) throw new Error('No 2D canvas')
  const decoder = new TextDecoder()
  return async (video) => {
    const { videoWidth: w, videoHeight: h } = video
    if (!w || !h) return null
    const scale = Math.min(1, MAX_SIDE / Math.max(w, h))
    canvas.width = Math.round(w * scale)
    canvas.height = Math.round(h * scale)
    context.drawImage(video, 0, 0, canvas.width, canvas.height)
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
    const read = jsQR(data, canvas.width, canvas.height, { inversionAttempts: 'dontInvert' })
    // The bytes as sent: the live code is ASCII, but a code from elsewhere may be any UTF-8.
    return read ? decoder.decode(Uint8Array.from(read.binaryData)) : null
  }
}

export async function createFrameDecoder(): Promise<FrameDecoder> {
  return (await nativeDecoder()) ?? jsQrDecoder()
}
