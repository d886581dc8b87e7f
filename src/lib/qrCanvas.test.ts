import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util'
import jsQR from 'jsqr'
import { qrCanvasLayout, qrPixels } from './qrCanvas'
import { qrModules } from './qrCode'

const g = globalThis as { TextEncoder?: unknown }
beforeAll(() => {
  g.TextEncoder = NodeTextEncoder
})

/** The one-pixel-a-module image scaled up by `unit`, as drawImage does with smoothing off. */
function scaledUp({ side, rgba }: { side: number; rgba: Uint8ClampedArray }, unit: number): Uint8ClampedArray {
  const out = new Uint8ClampedArray(side * unit * side * unit * 4)
  for (let y = 0; y < side * unit; y++) {
    for (let x = 0; x < side * unit; x++) {
      const from = (Math.floor(y / unit) * side + Math.floor(x / unit)) * 4
      out.set(rgba.subarray(from, from + 4), (y * side * unit + x) * 4)
    }
  }
  return out
}

describe('the QR painted on a canvas (H5)', () => {
  const payload = 'WIC1.' + 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_'.repeat(16)

  it('uses whole device pixels per module and fits the space it is given', () => {
    const code = qrModules(payload)
    expect(code.size).toBe(93)
    // 280 CSS px on a 2x screen: 101 modules with the quiet zone, 5 device pixels each.
    expect(qrCanvasLayout(code, 560)).toEqual({ unit: 5, side: 505 })
    expect(qrCanvasLayout(code, 3 * 280)).toEqual({ unit: 8, side: 808 })
    // Never below one pixel a module, however small the box.
    expect(qrCanvasLayout(code, 10).unit).toBe(1)
  })

  it.each([1, 2, 3])('reads back as the text that was encoded, with modules %i device pixel(s) wide', (unit) => {
    const code = qrModules(payload)
    const image = qrPixels(code)
    // The quiet zone: four light modules on every side.
    expect(image.side).toBe(code.size + 8)
    const side = image.side * unit
    const read = jsQR(scaledUp(image, unit), side, side)
    expect(read && new NodeTextDecoder().decode(Uint8Array.from(read.binaryData))).toBe(payload)
  })
})
