/**
 * QR code as an SVG data URL, usable by <Image> on H5 and weapp alike. The modules come from ./qrCode
 * (a library per platform); the SVG and its base64 are our own: the mini-program has no btoa.
 */
import { base64Encode, utf8Encode } from '@/domain/certificate/encoding'
import { qrModules } from './qrCode'

export interface QrSvgOptions {
  /** Quiet zone in SVG units; defaults to 4 modules, as the QR standard asks. */
  margin?: number
  /** SVG units per module (default 4). */
  cellSize?: number
}

export function qrSvg(text: string, { margin, cellSize = 4 }: QrSvgOptions = {}): string {
  const code = qrModules(text)
  const quiet = margin ?? cellSize * 4
  const total = code.size * cellSize + 2 * quiet
  // One path of horizontal runs: a few KB for a large code, where a rect per module is ten times that.
  const runs: string[] = []
  for (let y = 0; y < code.size; y++) {
    let x = 0
    while (x < code.size) {
      if (!code.get(x, y)) {
        x++
        continue
      }
      const start = x
      while (x < code.size && code.get(x, y)) x++
      runs.push(`M${quiet + start * cellSize} ${quiet + y * cellSize}h${(x - start) * cellSize}v${cellSize}h-${(x - start) * cellSize}z`)
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${total}px" height="${total}px" viewBox="0 0 ${total} ${total}" shape-rendering="crispEdges">` +
    `<rect width="${total}" height="${total}" fill="#fff"/><path fill="#000" d="${runs.join('')}"/></svg>`
  )
}

export function qrSvgDataUrl(text: string, options: QrSvgOptions = {}): string {
  return 'data:image/svg+xml;base64,' + base64Encode(utf8Encode(qrSvg(text, options)))
}
