/**
 * Reads a QR code with the camera. Mini-program version (and the type for every platform); scan.h5.ts
 * is the browser's. Resolves null when the person cancels; rejects when scanning is not possible here.
 */
import Taro from '@tarojs/taro'

export async function scanQrText(): Promise<string | null> {
  try {
    const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
    return res.result
  } catch (error) {
    if (/cancel/i.test(error instanceof Error ? error.message : String((error as { errMsg?: string })?.errMsg ?? ''))) return null
    throw error
  }
}
