/**
 * H5: Taro has no keep-screen-on or brightness here; the Screen Wake Lock API keeps the display on
 * where the browser offers it. Brightness cannot be set from a web page.
 */
interface WakeLockSentinelLike {
  release: () => Promise<void>
}

export async function holdScreen(): Promise<() => void> {
  let sentinel: WakeLockSentinelLike | null = null
  try {
    const wakeLock = (globalThis.navigator as { wakeLock?: { request: (type: 'screen') => Promise<WakeLockSentinelLike> } } | undefined)?.wakeLock
    if (wakeLock) sentinel = await wakeLock.request('screen')
  } catch {
    sentinel = null
  }
  return () => {
    if (sentinel) void sentinel.release().catch(() => undefined)
  }
}
