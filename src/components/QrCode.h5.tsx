/**
 * H5: the QR painted on a canvas (lib/qrCanvas.ts: one image of a pixel per module, scaled up), instead
 * of an SVG image the browser must parse and rasterise on the page's thread. Whole device pixels per
 * module, shown at exactly that size (centred in its box, never rescaled), so every module edge stays
 * sharp for a camera.
 */
import { useLayoutEffect, useRef } from 'react'
import { paintQr, qrCanvasLayout } from '@/lib/qrCanvas'
import type { QrCodeProps } from './qrCodeProps'

export function QrCode({ modules, alt, className }: QrCodeProps) {
  const canvas = useRef<HTMLCanvasElement>(null)
  useLayoutEffect(() => {
    const element = canvas.current
    const context = element?.getContext('2d')
    if (!element || !context) return
    const ratio = window.devicePixelRatio || 1
    // The box it sits in, not the canvas: the canvas takes its size from the code drawn last.
    const box = element.parentElement?.clientWidth || 280
    const { unit, side } = qrCanvasLayout(modules, box * ratio)
    element.width = element.height = side
    element.style.width = element.style.height = `${side / ratio}px`
    paintQr(context, modules, unit)
  }, [modules])
  return <canvas ref={canvas} className={className} role='img' aria-label={alt} />
}
