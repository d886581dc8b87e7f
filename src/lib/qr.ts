/**
 * QR code as an SVG data URL, usable by <Image> on H5 and weapp alike. The modules come from ./qrCode
 * (lean-qr); the SVG and its base64 are our own: the mini-program has no btoa.
 */
import { base64Encode, utf8Encode } from '@/domain/certificate/encoding'
import { qrModules, type QrModules } from './qrCode'

export interface QrSvgOptions {
  /** Quiet zone in SVG units; defaults to 4 modules, as the QR standard asks. */
  margin?: number
  /** SVG units per module (default 4). */
  cellSize?: number
}

/** The quiet zone the QR standard asks for around the code, in modules. */
export const QR_QUIET_MODULES = 4

/** The dark modules as horizontal runs [x, y, length]: what the SVG draws. */
export function qrRuns(code: QrModules): [number, number, number][] {
  const runs: [number, number, number][] = []
  for (let y = 0; y < code.size; y++) {
    let x = 0
    while (x < code.size) {
      if (!code.get(x, y)) {
        x++
        continue
      }
      const start = x
      while (x < code.size && code.get(x, y)) x++
      runs.push([start, y, x - start])
    }
  }
  return runs
}

/**
 * The SVG of a code already made. The path is drawn in modules (the viewBox scales it to `cellSize` units a
 * module), each run moving relative to the one before: a certificate's live code is sent to the mini-program's
 * render layer with every redraw of its screen, so its size counts.
 */
export function qrSvgOf(code: QrModules, { margin, cellSize = 4 }: QrSvgOptions = {}): string {
  const quiet = margin ?? cellSize * QR_QUIET_MODULES
  const total = code.size * cellSize + 2 * quiet
  const units = total / cellSize
  const offset = quiet / cellSize
  let penX = 0
  let penY = 0
  // One path of horizontal runs; after `z` the pen is back at the run's start, where the next move begins.
  const path = qrRuns(code)
    .map(([x, y, length], i) => {
      const move = i === 0 ? `M${offset + x} ${offset + y}` : `m${x - penX} ${y - penY}`
      penX = x
      penY = y
      return `${move}h${length}v1h-${length}z`
    })
    .join('')
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${total}px" height="${total}px" viewBox="0 0 ${units} ${units}" shape-rendering="crispEdges">` +
    `<rect width="${units}" height="${units}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
  )
}

export function qrSvg(text: string, options: QrSvgOptions = {}): string {
  return qrSvgOf(qrModules(text), options)
}

/** A code already made, as an SVG data URL for <Image>. */
export function qrSvgDataUrlOf(code: QrModules, options: QrSvgOptions = {}): string {
  return 'data:image/svg+xml;base64,' + base64Encode(utf8Encode(qrSvgOf(code, options)))
}

export function qrSvgDataUrl(text: string, options: QrSvgOptions = {}): string {
  return qrSvgDataUrlOf(qrModules(text), options)
}
