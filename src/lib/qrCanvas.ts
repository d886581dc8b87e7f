/**
 * Painting a QR code on a 2D canvas (H5): the modules as an image of one pixel each, drawn scaled up by a
 * whole number of device pixels with smoothing off, so that every module is a block of sharp pixels and
 * no edge is blurred between two. One image, where a rectangle per run of dark modules (~1,500 for the
 * live code's 93 modules) took ~10 ms on a cold certificate screen.
 */
import { QR_QUIET_MODULES } from './qr'
import type { QrModules } from './qrCode'

/** Device pixels per module, and the canvas side, for a code to fit `available` device pixels. */
export function qrCanvasLayout(code: QrModules, available: number): { unit: number; side: number } {
  const cells = code.size + 2 * QR_QUIET_MODULES
  const unit = Math.max(1, Math.floor(available / cells))
  return { unit, side: cells * unit }
}

/** The code at one pixel per module, quiet zone included: RGBA rows, black modules on white. */
export function qrPixels(code: QrModules): { side: number; rgba: Uint8ClampedArray<ArrayBuffer> } {
  const side = code.size + 2 * QR_QUIET_MODULES
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255)
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (!code.get(x, y)) continue
      const at = ((QR_QUIET_MODULES + y) * side + QR_QUIET_MODULES + x) * 4
      rgba[at] = rgba[at + 1] = rgba[at + 2] = 0
    }
  }
  return { side, rgba }
}

/** Paints the code, quiet zone included, `unit` device pixels a module, from the canvas's top-left corner. */
export function paintQr(context: CanvasRenderingContext2D, code: QrModules, unit: number): void {
  const { side, rgba } = qrPixels(code)
  const modules = document.createElement('canvas')
  modules.width = modules.height = side
  modules.getContext('2d')?.putImageData(new ImageData(rgba, side, side), 0, 0)
  context.imageSmoothingEnabled = false
  context.drawImage(modules, 0, 0, side * unit, side * unit)
}
