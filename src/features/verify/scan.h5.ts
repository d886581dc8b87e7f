/**
 * H5: reads the holder's QR code with the device's camera (getUserMedia), decoded by the browser's
 * BarcodeDetector or, where it has none, by jsQR loaded on first use (qrDecoder.h5.ts). Inside WeChat's
 * browser with the JS-SDK, WeChat's own scanner is used, as before.
 *
 * The camera view is a dialog drawn over the screen; it closes when a code is read, when the desk cancels
 * (resolves null), or when no code could be read in time (a poor image). Refused permission, no camera and
 * a poor image reject with a ScanError whose reason the screen says in words, next to the paste box.
 */
import Taro from '@tarojs/taro'
import { i18n } from '@/i18n'
import { createFrameDecoder, type FrameDecoder } from './qrDecoder.h5'
import { cameraFailureOf, ScanError } from './scanError'

/** Long enough to steady a phone and bring the code into view; then the desk hears why nothing was read. */
const SCAN_TIMEOUT_MS = 20_000
const FRAME_INTERVAL_MS = 150
const DIALOG_ID = 'wic-camera-scan'

export async function scanQrText(): Promise<string | null> {
  const wx = (globalThis as { wx?: { scanQRCode?: unknown } }).wx
  if (typeof wx?.scanQRCode === 'function') return scanInWeChat()
  return scanWithCamera()
}

async function scanInWeChat(): Promise<string | null> {
  try {
    const res = await Taro.scanCode({ scanType: ['qrCode'] })
    return res.result
  } catch (error) {
    if (/cancel/i.test(error instanceof Error ? error.message : String((error as { errMsg?: string })?.errMsg ?? ''))) return null
    throw error
  }
}

async function openCamera(): Promise<MediaStream> {
  const media = typeof navigator !== 'undefined' ? navigator.mediaDevices : undefined
  // No camera API: an old browser, or a page not served over HTTPS.
  if (!media?.getUserMedia) throw new ScanError('unavailable', 'No camera API in this browser')
  try {
    // The back camera where there is one: the desk points the phone at the holder's screen.
    return await media.getUserMedia({ audio: false, video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } } })
  } catch (error) {
    throw new ScanError(cameraFailureOf(error), error instanceof Error ? error.message : String(error))
  }
}

interface CameraDialog {
  video: HTMLVideoElement
  onCancel(listener: () => void): void
  close(): void
}

function showDialog(stream: MediaStream): CameraDialog {
  document.getElementById(DIALOG_ID)?.remove()
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
  const dialog = document.createElement('div')
  dialog.id = DIALOG_ID
  dialog.setAttribute('role', 'dialog')
  dialog.setAttribute('aria-modal', 'true')
  dialog.setAttribute('aria-labelledby', `${DIALOG_ID}-title`)
  dialog.style.cssText =
    'position:fixed;inset:0;z-index:2000;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:16px;padding:16px;background:rgba(0,0,0,.92);color:#fff'
  const title = document.createElement('p')
  title.id = `${DIALOG_ID}-title`
  title.style.cssText = 'margin:0;font-size:17px;font-weight:600;text-align:center'
  title.textContent = i18n.t('verify:scan.camera.title')
  const hint = document.createElement('p')
  hint.style.cssText = 'margin:0;font-size:15px;line-height:1.4;text-align:center;max-width:420px'
  hint.textContent = i18n.t('verify:scan.camera.hint')
  const video = document.createElement('video')
  video.muted = true
  video.playsInline = true
  video.setAttribute('playsinline', '')
  video.setAttribute('aria-hidden', 'true')
  video.style.cssText = 'width:100%;max-width:480px;max-height:60vh;border-radius:8px;background:#000;object-fit:cover'
  video.srcObject = stream
  const cancel = document.createElement('button')
  cancel.type = 'button'
  cancel.textContent = i18n.t('common:actions.cancel')
  cancel.style.cssText =
    'min-height:44px;min-width:120px;padding:0 16px;border-radius:6px;border:1px solid #fff;background:transparent;color:#fff;font-size:16px'
  dialog.append(title, video, hint, cancel)
  document.body.appendChild(dialog)
  cancel.focus()
  // Autoplay of a muted inline video is allowed; a refusal only delays the first frame.
  void Promise.resolve()
    .then(() => video.play())
    .catch(() => undefined)
  const cancelListeners: (() => void)[] = []
  cancel.addEventListener('click', () => cancelListeners.forEach((l) => l()))
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') cancelListeners.forEach((l) => l())
  })
  return {
    video,
    onCancel: (listener) => cancelListeners.push(listener),
    close() {
      stream.getTracks().forEach((track) => track.stop())
      video.srcObject = null
      dialog.remove()
      opener?.focus()
    }
  }
}

/** Reads frames until a code is found, the desk cancels, or time runs out. */
export async function scanWithCamera(timeoutMs = SCAN_TIMEOUT_MS): Promise<string | null> {
  // The decoder (and jsQR's code where needed) is fetched while the camera starts.
  const decoding = createFrameDecoder()
  const stream = await openCamera()
  const dialog = showDialog(stream)
  let decode: FrameDecoder
  try {
    decode = await decoding
  } catch {
    dialog.close()
    throw new ScanError('unavailable', 'No QR decoder could be loaded')
  }
  return new Promise<string | null>((resolve, reject) => {
    let done = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const finish = (outcome: () => void) => {
      if (done) return
      done = true
      clearTimeout(timer)
      clearTimeout(deadline)
      dialog.close()
      outcome()
    }
    const deadline = setTimeout(() => finish(() => reject(new ScanError('unreadable', 'No QR code read in time'))), timeoutMs)
    dialog.onCancel(() => finish(() => resolve(null)))
    const tick = async () => {
      if (done) return
      try {
        const text = dialog.video.readyState >= 2 ? await decode(dialog.video) : null
        if (text) return finish(() => resolve(text))
      } catch {
        // A frame the decoder could not take (the video resizing): the next one will do.
      }
      if (!done) timer = setTimeout(() => void tick(), FRAME_INTERVAL_MS)
    }
    void tick()
  })
}
