import { qrSvg, qrSvgDataUrl } from './qr'

const PREFIX = 'data:image/svg+xml;base64,'
const decode = (url: string) => Buffer.from(url.slice(PREFIX.length), 'base64').toString('utf8')
const moduleCount = (svg: string, cellSize: number, margin: number) =>
  (Number(/width="(\d+)px"/.exec(svg)?.[1]) - 2 * margin) / cellSize

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

  it('picks a larger version for a certificate-sized payload', () => {
    const payload = 'WIC1.' + 'A'.repeat(700)
    expect(moduleCount(qrSvg(payload, { cellSize: 2, margin: 0 }), 2, 0)).toBeGreaterThan(90)
  })

  it('encodes non-ASCII text as UTF-8 bytes', () => {
    expect(decode(qrSvgDataUrl('北海 theatre'))).toMatch(/^<svg/)
    expect(qrSvg('北海')).not.toBe(qrSvg('??'))
  })
})
