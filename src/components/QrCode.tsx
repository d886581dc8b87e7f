/**
 * A QR code on screen, on both platforms: the SVG of its modules (lib/qr) as an image.
 */
import { useMemo } from 'react'
import { Image } from '@tarojs/components'
import { imageAlt } from '@/lib/a11y'
import { qrSvgDataUrlOf } from '@/lib/qr'
import type { QrModules } from '@/lib/qrCode'

export interface QrCodeProps {
  /** The code's modules, made by lib/qrCode. */
  modules: QrModules
  /** What the code is, for screen readers. */
  alt: string
  className?: string
}

export function QrCode({ modules, alt, className }: QrCodeProps) {
  const url = useMemo(() => qrSvgDataUrlOf(modules), [modules])
  return <Image className={className} src={url} mode='aspectFit' {...imageAlt(alt)} />
}
