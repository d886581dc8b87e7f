import { createPresentationWith } from '@/domain/certificate/present'
import type { Purpose, SignedCertificate } from '@/domain/certificate/types'
import { deviceSigner } from './deviceSigner'
import { qrSvgDataUrl } from './qr'

export interface LiveCodeRequest {
  signed: SignedCertificate
  /** The device key as stored (base64url). */
  secretKey: string
  purpose: Purpose
  at: number
}

export interface LiveCodeImage {
  /** The QR's text (what a verifier decodes). */
  text: string
  /** The QR as an image URL for <Image>. */
  url: string
}

const drawSvg = (text: string): string => qrSvgDataUrl(text)

/** Signs a presentation for one purpose and draws its QR. Rejects where createPresentation throws. */
export async function liveCodeImage(
  { signed, secretKey, purpose, at }: LiveCodeRequest,
  draw: (text: string) => string | Promise<string> = drawSvg
): Promise<LiveCodeImage> {
  const text = await createPresentationWith(deviceSigner, signed, secretKey, purpose, at)
  return { text, url: await draw(text) }
}
