/**
 * Keeps the screen on and bright while a code is shown, so the desk can scan it; hands back a function
 * that restores what was there before. Used on weapp (and in tests); screen.h5.ts is the browser version.
 * Every call is guarded: a platform without the API simply keeps its normal screen.
 */
import Taro from '@tarojs/taro'

async function quietly<T>(run: () => Promise<T> | T): Promise<T | null> {
  try {
    return await run()
  } catch {
    return null
  }
}

export async function holdScreen(): Promise<() => void> {
  const before = await quietly(() => Taro.getScreenBrightness())
  await quietly(() => Taro.setKeepScreenOn({ keepScreenOn: true }))
  await quietly(() => Taro.setScreenBrightness({ value: 1 }))
  return () => {
    void quietly(() => Taro.setKeepScreenOn({ keepScreenOn: false }))
    const value = before && typeof before.value === 'number' ? before.value : null
    if (value !== null) void quietly(() => Taro.setScreenBrightness({ value }))
  }
}
