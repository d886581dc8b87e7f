/**
 * Painting a QR code on a 2D canvas (H5): the same runs as the SVG (./qr), at a whole number of device
 * pixels per module so that no module edge is blurred between two pixels.
 */
import { QR_QUIET_MODULES, qrRuns } from './qr'
import type { QrModules } from './qrCode'

/** The drawing calls used: a CanvasRenderingContext2D has them. */
export interface QrPainter {
  fillStyle: string | CanvasGradient | CanvasPattern
  fillRect(x: number, y: number, width: number, height: number): void
}

/** Device pixels per module, and the canvas side, for a code to fit `available` device pixels. */
export function qrCanvasLayout(code: QrModules, available: number): { unit: number; side: number } {
  const cells = code.size + 2 * QR_QUIET_MODULES
  const unit = Math.max(1, Math.floor(available / cells))
  return { unit, side: cells * unit }
}

/** Paints the code, quiet zone included, from the canvas's top-left corner. */
export function paintQr(painter: QrPainter, code: QrModules, unit: number): void {
  const side = (code.size + 2 * QR_QUIET_MODULES) * unit
  painter.fillStyle = '#fff'
  painter.fillRect(0, 0, side, side)
  painter.fillStyle = '#000'
  for (const [x, y, length] of qrRuns(code)) {
    painter.fillRect((QR_QUIET_MODULES + x) * unit, (QR_QUIET_MODULES + y) * unit, length * unit, unit)
  }
}
