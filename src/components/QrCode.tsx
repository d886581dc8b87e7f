/**
 * A QR code on screen. The mini-program draws it as an SVG image; H5 paints it on a canvas instead
 * (./QrCode.h5.tsx), where a browser would spend ~20-40 ms of the page's thread parsing and rasterising
 * the SVG of a certificate-sized code.
 */
import { useMemo } from 'react'
import { Image } from '@tarojs/components'
import { imageAlt } from '@/lib/a11y'
import { qrSvgDataUrlOf } from '@/lib/qr'
import type { QrCodeProps } from './qrCodeProps'

export function QrCode({ modules, alt, className }: QrCodeProps) {
  const url = useMemo(() => qrSvgDataUrlOf(modules), [modules])
  return <Image className={className} src={url} mode='aspectFit' {...imageAlt(alt)} />
}
