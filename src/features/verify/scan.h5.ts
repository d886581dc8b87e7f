/**
 * H5: Taro's scanCode needs the WeChat JS-SDK (the page opened inside WeChat). In a plain browser it
 * rejects at once, and the screen offers the paste box instead.
 */
import Taro from '@tarojs/taro'

export async function scanQrText(): Promise<string | null> {
  const wx = (globalThis as { wx?: { scanQRCode?: unknown } }).wx
  if (typeof wx?.scanQRCode !== 'function') throw new Error('Camera scanning needs WeChat')
  try {
    const res = await Taro.scanCode({ scanType: ['qrCode'] })
    return res.result
  } catch (error) {
    if (/cancel/i.test(error instanceof Error ? error.message : String((error as { errMsg?: string })?.errMsg ?? ''))) return null
    throw error
  }
}
