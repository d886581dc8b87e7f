import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util'
import jsQR from 'jsqr'
import { qrSvg, qrSvgDataUrl } from './qr'
import { qrModules, type QrModules } from './qrCode'
import { Utf8TextEncoder } from './utf8TextEncoder'

// lean-qr reads the global TextEncoder when it encodes: the browser's on H5, ours in the mini-program
// (config/index.ts). jsdom has none; each run below puts one in place.
const g = globalThis as { TextEncoder?: unknown }
const encoders: [string, unknown][] = [
  ["the platform's TextEncoder (H5)", NodeTextEncoder],
  ['our UTF-8 encoder (weapp)', Utf8TextEncoder]
]
beforeAll(() => {
  g.TextEncoder = NodeTextEncoder
})

const PREFIX = 'data:image/svg+xml;base64,'
const decode = (url: string) => Buffer.from(url.slice(PREFIX.length), 'base64').toString('utf8')
const moduleCount = (svg: string, cellSize: number, margin: number) => (Number(/width="(\d+)px"/.exec(svg)?.[1]) - 2 * margin) / cellSize

/** Reads the code back the way a verifier's camera would: pixels (with a quiet zone) into a QR reader. */
function scan(code: QrModules): string | null {
  const scale = 3
  const quiet = 4
  const side = (code.size + 2 * quiet) * scale
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255)
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const mx = Math.floor(x / scale) - quiet
      const my = Math.floor(y / scale) - quiet
      if (mx >= 0 && my >= 0 && mx < code.size && my < code.size && code.get(mx, my)) {
        const i = (y * side + x) * 4
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 0
      }
    }
  }
  const read = jsQR(pixels, side, side)
  return read ? new NodeTextDecoder().decode(Uint8Array.from(read.binaryData)) : null
}

describe('qrSvgDataUrl', () => {
  it('is an SVG data URL in standard base64', () => {
    const url = qrSvgDataUrl('WIC1.hello')
    expect(url.startsWith(PREFIX)).toBe(true)
    expect(url.slice(PREFIX.length)).toMatch(/^[A-Za-z0-9+/]+=*$/)
    const svg = decode(url)
    expect(svg.startsWith('<svg')).toBe(true)
    expect(svg).toContain('</svg>')
    expect(svg).toBe(qrSvg('WIC1.hello'))
  })

  it('honours cell size and margin', () => {
    const svg = decode(qrSvgDataUrl('x', { cellSize: 3, margin: 6 }))
    // A one-character code is version 1: 21 modules.
    expect(moduleCount(svg, 3, 6)).toBe(21)
  })

  it('draws exactly the dark modules', () => {
    const code = qrModules('WIC1.hello')
    let dark = 0
    for (let y = 0; y < code.size; y++) for (let x = 0; x < code.size; x++) if (code.get(x, y)) dark++
    // Each run is a cellSize-high rectangle: the areas add up to the dark modules.
    const area = [...qrSvg('WIC1.hello', { cellSize: 1, margin: 0 }).matchAll(/h(\d+)v1/g)].reduce((sum, m) => sum + Number(m[1]), 0)
    expect(area).toBe(dark)
  })

  it('picks a larger version for a certificate-sized payload', () => {
    const payload = 'WIC1.' + 'A'.repeat(700)
    expect(moduleCount(qrSvg(payload, { cellSize: 2, margin: 0 }), 2, 0)).toBeGreaterThan(90)
  })
})

describe.each(encoders)('what a scanner reads back, with %s', (_name, encoder) => {
  const modules = (text: string): QrModules => {
    g.TextEncoder = encoder
    return qrModules(text)
  }
  afterAll(() => {
    g.TextEncoder = NodeTextEncoder
  })

  it('is the text that was encoded, for a certificate-sized payload', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    const payload = 'WIC1.' + Array.from({ length: 880 }, (_, i) => alphabet[(i * 7919) % 64]).join('')
    const code = modules(payload)
    // Level M at least: version 24 (113 modules) is the smallest that holds 885 bytes at M.
    expect(code.size).toBe(113)
    expect(scan(code)).toBe(payload)
  })

  it('is the text that was encoded, non-ASCII included (UTF-8 bytes)', () => {
    expect(scan(modules('北海 theatre TK-7'))).toBe('北海 theatre TK-7')
    expect(scan(modules('WIC1.hello'))).toBe('WIC1.hello')
  })
})
