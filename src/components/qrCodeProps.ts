import type { QrModules } from '@/lib/qrCode'

export interface QrCodeProps {
  /** The code's modules, made by lib/qrCode. */
  modules: QrModules
  /** What the code is, for screen readers. */
  alt: string
  className?: string
}
