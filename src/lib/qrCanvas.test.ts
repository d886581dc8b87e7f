import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util'
import jsQR from 'jsqr'
import { paintQr, qrCanvasLayout, type QrPainter } from './qrCanvas'
import { qrModules } from './qrCode'

const g = globalThis as { TextEncoder?: unknown }
beforeAll(() => {
  g.TextEncoder = NodeTextEncoder
})

/** A canvas in memory: RGBA pixels, filled by fillRect as a browser's 2D context would. */
function pixelCanvas(side: number): QrPainter & { pixels: Uint8ClampedArray } {
  const pixels = new Uint8ClampedArray(side * side * 4)
  return {
    pixels,
    fillStyle: '#000',
    fillRect(x, y, width, height) {
      const value = this.fillStyle === '#fff' ? 255 : 0
      for (let row = y; row < y + height; row++) {
        for (let col = x; col < x + width; col++) {
          const i = (row * side + col) * 4
          pixels[i] = pixels[i + 1] = pixels[i + 2] = value
          pixels[i + 3] = 255
        }
      }
    }
  }
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
    const side = (code.size + 8) * unit
    const canvas = pixelCanvas(side)
    paintQr(canvas, code, unit)
    const read = jsQR(canvas.pixels, side, side)
    expect(read && new NodeTextDecoder().decode(Uint8Array.from(read.binaryData))).toBe(payload)
  })
})
