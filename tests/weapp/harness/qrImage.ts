/**
 * Reads a QR code the mini-program shows, as a camera would: the <image>'s SVG (a white square and one
 * path of module runs) is painted into pixels, and jsQR decodes them.
 */
import jsQR from 'jsqr'

export function readQrImage(src: string): string | null {
  const match = /^data:image\/svg\+xml;base64,(.+)$/.exec(src)
  if (!match) throw new Error(`not an SVG data URL: ${src.slice(0, 40)}`)
  const svg = Buffer.from(match[1], 'base64').toString('utf8')
  const size = Number(/viewBox="0 0 (\d+(?:\.\d+)?) /.exec(svg)?.[1])
  const d = /<path[^>]* d="([^"]*)"/.exec(svg)?.[1] ?? ''
  if (!(size > 0) || !d) return null
  // Painted at 8 pixels a unit, so modules land on whole pixels.
  const scale = 8
  const side = Math.ceil(size * scale)
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255)
  // Runs of `[Mm]x y h w v h h-w z`; after `z` the pen is back at the run's start, where a relative move begins.
  let penX = 0
  let penY = 0
  for (const [, cmd, x, y, w, h] of d.matchAll(/([Mm])(-?[\d.]+) (-?[\d.]+)h([\d.]+)v([\d.]+)h-[\d.]+z/g)) {
    penX = cmd === 'M' ? Number(x) : penX + Number(x)
    penY = cmd === 'M' ? Number(y) : penY + Number(y)
    const x0 = Math.round(penX * scale)
    const y0 = Math.round(penY * scale)
    const x1 = Math.round((penX + Number(w)) * scale)
    const y1 = Math.round((penY + Number(h)) * scale)
    for (let py = y0; py < y1; py++) {
      for (let px = x0; px < x1; px++) {
        const i = (py * side + px) * 4
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 0
      }
    }
  }
  return jsQR(pixels, side, side)?.data ?? null
}
