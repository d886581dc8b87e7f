/**
 * QR code as an SVG data URL, usable by <Image> on H5 and weapp alike. Base64 is our own: the
 * mini-program has no btoa.
 */
import qrcode from 'qrcode-generator'
import { base64Encode, utf8Encode } from '@/domain/certificate/encoding'

export interface QrSvgOptions {
  /** Quiet zone in SVG units; defaults to 4 modules, as the QR standard asks. */
  margin?: number
  /** SVG units per module (default 4). */
  cellSize?: number
}

/** UTF-8 bytes as a one-char-per-byte string: qrcode-generator's Byte mode keeps only the low 8 bits of each char. */
function byteString(text: string): string {
  let out = ''
  for (const byte of utf8Encode(text)) out += String.fromCharCode(byte)
  return out
}

export function qrSvg(text: string, { margin, cellSize = 4 }: QrSvgOptions = {}): string {
  // Type 0 = smallest version that fits; level M survives a scuffed screen and fits a ~900-char payload.
  const code = qrcode(0, 'M')
  code.addData(byteString(text), 'Byte')
  code.make()
  return code.createSvgTag({ cellSize, margin: margin ?? cellSize * 4 })
}

export function qrSvgDataUrl(text: string, options: QrSvgOptions = {}): string {
  return 'data:image/svg+xml;base64,' + base64Encode(utf8Encode(qrSvg(text, options)))
}
