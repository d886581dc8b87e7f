/**
 * The modules of a QR code: lean-qr's nano build (3.7 KB, where qrcode-generator took 20 KB of the
 * mini-program's main package, and ~4x faster on a certificate-sized payload, which a cold certificate
 * screen feels). Text is encoded as UTF-8 bytes (byte mode, ECI 26), in the smallest version that fits
 * at error correction level M, with the mask ISO/IEC 18004's penalty picks.
 *
 * lean-qr encodes with TextEncoder. Browsers have it; WeChat's runtime does not promise it, so the
 * mini-program build hands lean-qr our own UTF-8 encoder instead (config/index.ts, ProvidePlugin).
 */
import { correction, generate } from 'lean-qr/nano'

export interface QrModules {
  size: number
  /** true = dark; x is the column, y the row. */
  get(x: number, y: number): boolean
}

export function qrModules(text: string): QrModules {
  return generate(text, { minCorrectionLevel: correction.M })
}
