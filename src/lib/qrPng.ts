/**
 * A QR code as a PNG data URL, drawn on an OffscreenCanvas (a worker has no DOM). Unlike an SVG image,
 * which the page's thread parses into a document of its own (~20 ms on a cold page), a PNG is decoded
 * off that thread. Null where OffscreenCanvas or FileReaderSync is missing.
 */
import { qrModules } from './qrCode'

/** Workers only (not in the DOM typings this project compiles against). */
declare const FileReaderSync: { new (): { readAsDataURL(blob: Blob): string } }

/** The quiet zone the QR standard asks for, in modules. */
const QUIET_MODULES = 4

/**
 * Pixels per module: 8 draws a certificate's code (~100 modules with the quiet zone) at about the size
 * a 3x phone screen shows it, so it is scaled down (smoothly: clean edges) rather than up.
 */
const MODULE_PIXELS = 8

export async function qrPngDataUrl(text: string): Promise<string | null> {
  if (typeof OffscreenCanvas !== 'function' || typeof FileReaderSync !== 'function') return null
  const code = qrModules(text)
  const modules = code.size + 2 * QUIET_MODULES
  const canvas = new OffscreenCanvas(modules * MODULE_PIXELS, modules * MODULE_PIXELS)
  const context = canvas.getContext('2d')
  if (!context) return null
  context.fillStyle = '#fff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  context.fillStyle = '#000'
  for (let y = 0; y < code.size; y++) {
    let x = 0
    while (x < code.size) {
      if (!code.get(x, y)) {
        x++
        continue
      }
      // One rectangle per run of dark modules in a row.
      const start = x
      while (x < code.size && code.get(x, y)) x++
      context.fillRect((QUIET_MODULES + start) * MODULE_PIXELS, (QUIET_MODULES + y) * MODULE_PIXELS, (x - start) * MODULE_PIXELS, MODULE_PIXELS)
    }
  }
  const blob = await canvas.convertToBlob({ type: 'image/png' })
  return new FileReaderSync().readAsDataURL(blob)
}
