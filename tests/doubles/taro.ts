/** A small, honest stand-in for @tarojs/taro under jest: storage is a real Map, navigation is recorded. */
const storage = new Map<string, unknown>()
export const navigation: { calls: { kind: string; url: string }[] } = { calls: [] }
export const toasts: string[] = []
/** Platform calls (makePhoneCall, setClipboardData, openLocation) with their arguments, in order. */
export const platformCalls: { api: string; args: Record<string, unknown> }[] = []
let routerParams: Record<string, string> = {}

export function __resetTaroDouble(): void {
  storage.clear()
  navigation.calls = []
  toasts.length = 0
  platformCalls.length = 0
  routerParams = {}
}
export function __setRouterParams(params: Record<string, string>): void {
  routerParams = params
}

const Taro = {
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  getSystemInfoSync: () => ({ language: 'en', platform: 'devtools' }),
  navigateTo: async ({ url }: { url: string }) => void navigation.calls.push({ kind: 'navigateTo', url }),
  redirectTo: async ({ url }: { url: string }) => void navigation.calls.push({ kind: 'redirectTo', url }),
  switchTab: async ({ url }: { url: string }) => void navigation.calls.push({ kind: 'switchTab', url }),
  setTabBarItem: async () => undefined,
  showToast: async ({ title }: { title: string }) => void toasts.push(title),
  makePhoneCall: async (args: { phoneNumber: string }) => void platformCalls.push({ api: 'makePhoneCall', args }),
  setClipboardData: async (args: { data: string }) => void platformCalls.push({ api: 'setClipboardData', args }),
  openLocation: async (args: { latitude: number; longitude: number; name?: string; address?: string }) =>
    void platformCalls.push({ api: 'openLocation', args }),
  uploadFile: async () => {
    throw new Error('uploadFile is not available in tests')
  }
}

export const useRouter = () => ({ params: routerParams, path: '' })
export const useDidShow = () => undefined
export const useLaunch = () => undefined
export default Taro
