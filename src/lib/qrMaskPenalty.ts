/**
 * ISO/IEC 18004's penalty for a masked QR symbol (section 7.8.3): the encoder draws the symbol with each of
 * the eight masks and keeps the one with the lowest penalty, so that no mask leaves patterns a reader could
 * confuse with the finder patterns, or large areas of one colour.
 *
 * lean-qr does this inside `generate`, in one go. H5 makes the eight candidates one task at a time instead
 * (./qrCode.h5.ts) and scores them here, so it needs the score on its own. The rules and weights are the
 * standard's, scored as lean-qr scores them (./qrCode.h5.test.ts checks that both pick the same mask).
 */
import type { QrModules } from './qrCode'

/** 1:1:3:1:1 dark modules with four light ones after or before: 10111010000 and 00001011101. */
const FINDER_LIKE_THEN_LIGHT = 0b10111010000
const LIGHT_THEN_FINDER_LIKE = 0b00001011101
const WINDOW = 0b11111111111

/** The symbol's penalty score: lower is better. */
export function qrMaskPenalty(code: QrModules): number {
  const size = code.size
  const dark = new Uint8Array(size * size)
  let darkCount = 0
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (code.get(x, y)) {
        dark[y * size + x] = 1
        darkCount++
      }
    }
  }

  let penalty = 0
  for (let line = 0; line < size; line++) {
    for (const across of [true, false]) {
      let run = 0
      let previous = -1
      let window = 0
      for (let along = 0; along < size; along++) {
        const module = across ? dark[line * size + along] : dark[along * size + line]
        // N1: five of one colour in a row cost 3, each one more costs 1.
        run = module === previous ? run + 1 : 1
        previous = module
        if (run === 5) penalty += 3
        else if (run > 5) penalty += 1
        // N3: a finder-like pattern with four light modules on one side costs 40.
        window = ((window << 1) | module) & WINDOW
        if (along >= 10 && (window === FINDER_LIKE_THEN_LIGHT || window === LIGHT_THEN_FINDER_LIKE)) penalty += 40
      }
    }
  }

  // N2: each 2x2 block of one colour costs 3 (blocks may overlap).
  for (let y = 1; y < size; y++) {
    for (let x = 1; x < size; x++) {
      const module = dark[y * size + x]
      if (dark[y * size + x - 1] === module && dark[(y - 1) * size + x] === module && dark[(y - 1) * size + x - 1] === module) penalty += 3
    }
  }

  // N4: 10 for each whole 5% the share of dark modules is away from half.
  penalty += 10 * Math.floor(Math.abs((darkCount * 100) / (size * size) - 50) / 5)
  return penalty
}
