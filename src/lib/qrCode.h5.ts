/**
 * H5: the same codes as ./qrCode.ts (UTF-8 bytes, level M, the mask ISO/IEC 18004 picks), made with
 * lean-qr's full build, whose `mask` option lets a caller that can wait draw the eight mask candidates
 * one task at a time and score them itself (./qrMaskPenalty.ts). lean-qr's own choice runs all eight in
 * one go: for the live code's 93-module symbol that was one 30–45 ms task on a cold certificate screen.
 */
import { correction, generate, mode, type Mask } from 'lean-qr'
import type { QrModules } from './qrCode'
import { nextTask } from './nextTask'
import { qrMaskPenalty } from './qrMaskPenalty'

// The full build raises the level when the version has room to spare; nano (the mini-program) does not.
const LEVEL_M = { minCorrectionLevel: correction.M, maxCorrectionLevel: correction.M }
const MASKS: readonly Mask[] = [0, 1, 2, 3, 4, 5, 6, 7]

export function qrModules(text: string): QrModules {
  return generate(mode.utf8(text), LEVEL_M)
}

export async function qrModulesInTurns(text: string): Promise<QrModules> {
  const data = mode.utf8(text)
  let best: QrModules | null = null
  let bestPenalty = Infinity
  for (const mask of MASKS) {
    await nextTask()
    const candidate = generate(data, { ...LEVEL_M, mask })
    const penalty = qrMaskPenalty(candidate)
    // Strictly lower: on a tie the lower mask number stays, as in lean-qr's own choice.
    if (penalty < bestPenalty) {
      best = candidate
      bestPenalty = penalty
    }
  }
  return best as QrModules
}
