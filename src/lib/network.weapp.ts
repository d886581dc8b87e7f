/** Mini-program version of network.ts: WeChat reports the network type and its changes. */
import Taro from '@tarojs/taro'

let connected = true
const backListeners = new Set<() => void>()
let watching = false

function watch(): void {
  if (watching) return
  watching = true
  Taro.getNetworkType({
    success: (res) => {
      connected = res.networkType !== 'none'
    }
  }).catch(() => undefined)
  Taro.onNetworkStatusChange((res) => {
    const wasOffline = !connected
    connected = res.isConnected
    if (wasOffline && connected) backListeners.forEach((listener) => listener())
  })
}

export function isDeviceOffline(): boolean {
  watch()
  return !connected
}

export function onNetworkBack(listener: () => void): () => void {
  watch()
  backListeners.add(listener)
  return () => backListeners.delete(listener)
}
