/** A small, honest stand-in for @tarojs/taro under jest: storage is a real Map, navigation is recorded. */
const storage = new Map<string, unknown>()
export const navigation: { calls: { kind: string; url: string }[] } = { calls: [] }
export const toasts: string[] = []
/** Platform calls (makePhoneCall, setClipboardData, openLocation) with their arguments, in order. */
export const platformCalls: { api: string; args: Record<string, unknown> }[] = []
let routerParams: Record<string, string> = {}
let scanResult: string | null = null
/** What the next Taro.login calls answer, in order; none left = it fails as H5 outside WeChat does. */
export const loginQueue: ({ code: string } | { errMsg: string })[] = []

export function __resetTaroDouble(): void {
  loginQueue.length = 0
  storage.clear()
  navigation.calls = []
  toasts.length = 0
  platformCalls.length = 0
  routerParams = {}
  scanResult = null
}
export function __setScanResult(text: string | null): void {
  scanResult = text
}
/** Files the next Taro.chooseMedia calls pick, in order; none left = the user cancelled. */
export const mediaQueue: { tempFilePath: string; size: number; fileType: string; originalFileObj?: { name: string } }[] = []
export function __setRouterParams(params: Record<string, string>): void {
  routerParams = params
}

const Taro = {
  /** As on H5 (NutUI asks, to pick its web or mini-program behaviour). */
  getEnv: () => 'WEB',
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
  getAppBaseInfo: () => ({ language: 'en', SDKVersion: '3.0.0' }),
  navigateTo: async ({ url }: { url: string }) => void navigation.calls.push({ kind: 'navigateTo', url }),
  redirectTo: async ({ url }: { url: string }) => void navigation.calls.push({ kind: 'redirectTo', url }),
  switchTab: async ({ url }: { url: string }) => void navigation.calls.push({ kind: 'switchTab', url }),
  navigateBack: async () => void navigation.calls.push({ kind: 'navigateBack', url: '' }),
  setTabBarItem: async () => undefined,
  setNavigationBarTitle: async () => undefined,
  showToast: async ({ title }: { title: string }) => void toasts.push(title),
  makePhoneCall: async (args: { phoneNumber: string }) => void platformCalls.push({ api: 'makePhoneCall', args }),
  setClipboardData: async (args: { data: string }) => void platformCalls.push({ api: 'setClipboardData', args }),
  openLocation: async (args: { latitude: number; longitude: number; name?: string; address?: string }) =>
    void platformCalls.push({ api: 'openLocation', args }),
  chooseMedia: async () => {
    const file = mediaQueue.shift()
    if (!file) throw { errMsg: 'chooseMedia:fail cancel' }
    return { type: 'image', tempFiles: [{ duration: 0, height: 0, width: 0, thumbTempFilePath: '', ...file }] }
  },
  uploadFile: async () => {
    throw new Error('uploadFile is not available in tests')
  },
  /** Real HTTP with Node's fetch, answering like wx.request: any status resolves, JSON bodies parsed, network and timeout failures reject with errMsg. */
  request: async (args: { url: string; method?: string; data?: unknown; header?: Record<string, string>; timeout?: number }) => {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), args.timeout ?? 60000)
    try {
      const method = args.method ?? 'GET'
      const response = await fetch(args.url, {
        method,
        headers: args.header,
        body: method === 'GET' || args.data === undefined ? undefined : JSON.stringify(args.data),
        signal: controller.signal
      })
      const text = await response.text()
      let data: unknown = text
      try {
        data = JSON.parse(text)
      } catch {
        /* not JSON: handed over as text, as wx.request does */
      }
      const header: Record<string, string> = {}
      response.headers.forEach((value, key) => void (header[key] = value))
      return { statusCode: response.status, data, header, errMsg: 'request:ok' }
    } catch (error) {
      throw { errMsg: controller.signal.aborted ? 'request:fail timeout' : `request:fail ${String(error)}` }
    } finally {
      clearTimeout(timer)
    }
  },
  setKeepScreenOn: async (args: { keepScreenOn: boolean }) => void platformCalls.push({ api: 'setKeepScreenOn', args }),
  setScreenBrightness: async (args: { value: number }) => void platformCalls.push({ api: 'setScreenBrightness', args }),
  getScreenBrightness: async () => ({ value: 0.4 }),
  getRandomValues: async ({ length }: { length: number }) => ({ randomValues: globalThis.crypto.getRandomValues(new Uint8Array(length)).buffer }),
  /** Accepts every template, as a user tapping "allow" would; recorded in platformCalls. */
  requestSubscribeMessage: async (args: { tmplIds: string[] }) => {
    platformCalls.push({ api: 'requestSubscribeMessage', args })
    return { errMsg: 'requestSubscribeMessage:ok', ...Object.fromEntries(args.tmplIds.map((id) => [id, 'accept'])) }
  },
  /** wx.login: answers with the next of loginQueue ({ code } resolves, { errMsg } rejects as WeChat does); recorded in platformCalls. */
  login: async (args: { timeout?: number } = {}) => {
    platformCalls.push({ api: 'login', args })
    const next = loginQueue.shift()
    if (!next) throw { errMsg: 'login:fail not supported' }
    if ('errMsg' in next) throw next
    return { code: next.code, errMsg: 'login:ok' }
  },
  /** Answers with the text set by __setScanResult; null (the default) fails as H5 outside WeChat does. */
  scanCode: async (args: Record<string, unknown>) => {
    platformCalls.push({ api: 'scanCode', args })
    if (scanResult === null) throw new Error('scanCode:fail not supported')
    return { result: scanResult, scanType: 'QR_CODE', charSet: 'utf-8', errMsg: 'scanCode:ok' }
  }
}

export const useRouter = () => ({ params: routerParams, path: '' })
export const useDidShow = () => undefined
export const useDidHide = () => undefined
export const useLaunch = () => undefined
// The real module is the Taro object itself; NutUI's bundle reads it so (`Taro.getEnv()`), not through `default`.
export const { getEnv } = Taro
export default Taro
