/**
 * Resolves after the next frame is drawn (where there are frames), so what was just rendered reaches the
 * screen before heavier work starts; a plain next task where there are not (tests, some runtimes).
 */
export const afterPaint = () =>
  new Promise<void>((resolve) => {
    const raf = (globalThis as { requestAnimationFrame?: (cb: () => void) => unknown }).requestAnimationFrame
    if (typeof raf === 'function') raf(() => setTimeout(resolve, 0))
    else setTimeout(resolve, 0)
  })
