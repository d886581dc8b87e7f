/**
 * The holder's live code: signed with the device key (on H5 a non-extractable WebCrypto key) and made into a
 * QR (drawn by components/QrCode), after the certificate screen's first paint.
 *
 * A Web Worker for this was tried on H5 and measured: it took the code's ~60 ms off the screen's
 * thread, but the next cold load of the screen painted ~80 ms later (20 interleaved loads each,
 * scripts/bench-screens.mjs), against a budget of 300 ms. So it is made here.
 */
import { createPresentationWith, type DeviceKeyHandle } from '@/domain/certificate/present'
import type { Purpose, SignedCertificate } from '@/domain/certificate/types'
import { nextTask } from './nextTask'
import { qrModules, type QrModules } from './qrCode'

export interface LiveCodeRequest {
  signed: SignedCertificate
  deviceKey: DeviceKeyHandle
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
 * The QR is made once the signature has arrived, and shown in a task of its own: on a cold page each is
 * tens of ms.
 */
export async function makeLiveCode({ signed, deviceKey, purpose, at }: LiveCodeRequest): Promise<LiveCodeContent> {
  const text = await createPresentationWith(deviceKey, signed, purpose, at)
  const modules = qrModules(text)
  await nextTask()
  return { text, modules }
}
