/** H5's worker for the holder's live code (liveCode.h5.ts): signing and drawing, away from the page's thread. */
import { liveCodeImage, type LiveCodeRequest } from './liveCodeImage'
import { qrPngDataUrl } from './qrPng'
import { qrSvgDataUrl } from './qr'

interface Job {
  id: number
  request: LiveCodeRequest
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<Job>) => void) | null; postMessage(message: unknown): void }

/** A PNG where the worker can draw one (it costs the page less to show), else the SVG. */
async function draw(text: string): Promise<string> {
  return (await qrPngDataUrl(text).catch(() => null)) ?? qrSvgDataUrl(text)
}

scope.onmessage = ({ data: { id, request } }) => {
  liveCodeImage(request, draw).then(
    (code) => scope.postMessage({ id, code }),
    // The reason stays here: it may quote the certificate. The page only needs to know it failed.
    () => scope.postMessage({ id, failed: true })
  )
}
