// H5's QR codes (./qrCode.h5.ts): lean-qr's full build, the live code's masks tried a task at a time and
// scored by ./qrMaskPenalty.ts, must give the very codes the mini-program's nano build makes in one go.
import fc from 'fast-check'
import { qrModules as nanoModules, type QrModules } from './qrCode'
import { qrModules, qrModulesInTurns } from './qrCode.h5'
import { qrMaskPenalty } from './qrMaskPenalty'
import { nextTask } from './nextTask'

jest.mock('./nextTask', () => ({ nextTask: jest.fn(() => Promise.resolve()) }))

const rows = (code: QrModules) =>
  Array.from({ length: code.size }, (_, y) => Array.from({ length: code.size }, (_, x) => (code.get(x, y) ? '#' : '.')).join(''))

/** A live code's text: the prefix and base64url of a few hundred bytes (docs/certificate-format.md). */
const liveCodeText = fc.uint8Array({ minLength: 40, maxLength: 560 }).map((bytes) => 'WIC1.' + Buffer.from(bytes).toString('base64url'))

describe('QR codes on H5', () => {
  it('pick the same mask as lean-qr, one candidate per task, for live-code-sized texts', async () => {
    await fc.assert(
      fc.asyncProperty(liveCodeText, async (text) => {
        jest.mocked(nextTask).mockClear()
        const code = await qrModulesInTurns(text)
        expect(rows(code)).toEqual(rows(nanoModules(text)))
        expect(nextTask).toHaveBeenCalledTimes(8)
      }),
      { numRuns: 40 }
    )
  })

  it('make the same code as the mini-program for short texts too (no raised correction level)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 120 }), (text) => {
        expect(rows(qrModules(text))).toEqual(rows(nanoModules(text)))
      }),
      { numRuns: 200 }
    )
  })
})

describe('qrMaskPenalty', () => {
  const grid = (size: number, dark: (x: number, y: number) => boolean): QrModules => ({ size, get: dark })

  it('scores a symbol of one colour on every rule but the finder-like one', () => {
    // 22 lines each one run of 11 (3 + 6), 100 2x2 blocks (3 each), 0% dark: ten 5% steps from half (10 each).
    expect(qrMaskPenalty(grid(11, () => false))).toBe(22 * 9 + 100 * 3 + 10 * 10)
  })

  it('scores a checkerboard nothing', () => {
    expect(qrMaskPenalty(grid(11, (x, y) => (x + y) % 2 === 0))).toBe(0)
  })
})
