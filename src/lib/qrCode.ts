/**
 * The modules of a QR code, for the mini-program: qrcode-generator runs on any JS engine. (H5 builds use
 * ./qrCode.h5.ts: lean-qr is ~3x faster but needs TextEncoder, which WeChat's runtime does not promise.)
 * Both: byte mode over UTF-8, no ECI, the smallest version that fits at level M.
 */
import qrcode from 'qrcode-generator'
import { utf8Encode } from '@/domain/certificate/encoding'

export interface QrModules {
  size: number
  /** true = dark; x is the column, y the row. */
  get(x: number, y: number): boolean
}

/** UTF-8 bytes as a one-char-per-byte string: qrcode-generator's Byte mode keeps only the low 8 bits of each char. */
function byteString(text: string): string {
  let out = ''
  for (const byte of utf8Encode(text)) out += String.fromCharCode(byte)
  return out
}

export function qrModules(text: string): QrModules {
  // Type 0 = smallest version that fits; level M survives a scuffed screen and fits a ~900-char payload.
  const code = qrcode(0, 'M')
  code.addData(byteString(text), 'Byte')
  code.make()
  return { size: code.getModuleCount(), get: (x, y) => code.isDark(y, x) }
}
