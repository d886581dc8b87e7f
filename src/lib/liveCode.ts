/**
 * The holder's live code: signed (on H5 by WebCrypto, natively: lib/deviceSigner.h5.ts) and made into a
 * QR (drawn by components/QrCode), after the certificate screen's first paint.
 *
 * A Web Worker for this was tried on H5 and measured: it took the code's ~60 ms off the screen's
 * thread, but the next cold load of the screen painted ~80 ms later (20 interleaved loads each,
 * scripts/bench-screens.mjs), against a budget of 300 ms. So it is made here.
 */
import { createPresentationWith } from '@/domain/certificate/present'
import type { Purpose, SignedCertificate } from '@/domain/certificate/types'
import { deviceSigner } from './deviceSigner'
import { nextTask } from './nextTask'
import { qrModulesInTurns, type QrModules } from './qrCode'

export interface LiveCodeRequest {
  signed: SignedCertificate
  /** The device key as stored (base64url). */
  secretKey: string
  purpose: Purpose
  at: number
}

export interface LiveCodeContent {
  /** The QR's text (what a verifier decodes). */
  text: string
  /** The QR's modules, for components/QrCode to draw. */
  modules: QrModules
}

/**
 * Signs a presentation for one purpose and makes its QR. Rejects where createPresentation throws.
 * The QR is made in tasks of its own (on H5 a mask candidate per task), and shown in another: on a cold
 * page each is tens of ms.
 */
export async function makeLiveCode({ signed, secretKey, purpose, at }: LiveCodeRequest): Promise<LiveCodeContent> {
  const text = await createPresentationWith(deviceSigner, signed, secretKey, purpose, at)
  const modules = await qrModulesInTurns(text)
  await nextTask()
  return { text, modules }
}
