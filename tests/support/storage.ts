import Taro from '@tarojs/taro'
import { isSealed } from '@/lib/seal'
import { openFromStorage } from '@/lib/sealKey'

/** Every value in the app's storage, as text: what a dump of the phone's storage would show. */
export function storageDump(): string[] {
  return Taro.getStorageInfoSync().keys.map((key) => {
    const value: unknown = Taro.getStorageSync(key)
    return typeof value === 'string' ? value : JSON.stringify(value)
  })
}

/** The sealed values of the app's storage, opened as the app opens them. */
export function openedStorage(): string[] {
  return storageDump().filter(isSealed).map(openFromStorage)
}
