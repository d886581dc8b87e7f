/**
 * A stand-in for lib/afterPaint in component tests: the next frame comes at once, unless a test holds it.
 *
 *   jest.mock('@/lib/afterPaint', () => jest.requireActual('../support/heldPaint').afterPaintDouble)
 */
let held: Promise<void> | null = null

/** The next afterPaint() waits until the returned function is called. */
export function holdNextPaint(): () => void {
  let release!: () => void
  held = new Promise<void>((resolve) => (release = resolve))
  return release
}

export const afterPaintDouble = {
  afterPaint: (): Promise<void> => {
    const next = held
    held = null
    return next ?? Promise.resolve()
  }
}
