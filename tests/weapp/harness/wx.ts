/* eslint-disable @typescript-eslint/no-explicit-any -- the app's objects come from another realm, untyped: the harness passes them through as WeChat does */
/**
 * The `wx` test double: the WeChat APIs this app uses, answering as WeChat does (success/fail/complete
 * callbacks a tick later, `errMsg` on failure), on the Device's storage, network and scripted user.
 *
 * Every other API name WeChat has is present too (Taro builds `Taro.x` from `Object.keys(wx)`), but calling
 * one fails the run: the list of APIs the app called (`device.apisUsed`) is the app's platform surface, and
 * an API the double does not know is one the harness cannot vouch for.
 */
import fs from 'node:fs'
import crypto from 'node:crypto'
import type { Device } from './device'

type AnyFn = (...args: any[]) => any
type Options = Record<string, any>

export interface WxHost {
  readonly device: Device
  readonly label: string
  readonly timers: { set(fn: AnyFn, ms?: number): unknown }
  copyIn<T>(value: T): T
  realmGlobal(name: string): any
  fail(message: string): void
  navigate(kind: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch', url: string): Promise<void>
  navigateBack(delta?: number): void
  setTabText(index: number, text: string): void
  preloadPackages(names: string[]): void
}

const WINDOW = { windowWidth: 390, windowHeight: 844, screenWidth: 390, screenHeight: 844, pixelRatio: 3, statusBarHeight: 47 }
const SAFE_AREA = { top: 47, bottom: 810, left: 0, right: 390, width: 390, height: 763 }

/** API names WeChat has that Taro promisifies, read from Taro's own list, plus the synchronous ones. */
function wechatApiNames(): string[] {
  const shared = fs.readFileSync(require.resolve('@tarojs/shared/dist/shared.esm.js'), 'utf8')
  const list = /const needPromiseApis = new Set\(\[([\s\S]*?)\]\)/.exec(shared)?.[1] ?? ''
  const names = [...list.matchAll(/'([a-zA-Z]+)'/g)].map((m) => m[1])
  return [
    ...names,
    'getStorageInfoSync',
    'getSystemInfoSync',
    'getLaunchOptionsSync',
    'getEnterOptionsSync',
    'canIUse',
    'getUpdateManager',
    'getLogManager',
    'getRealtimeLogManager',
    'createCanvasContext',
    'createAnimation',
    'createVideoContext',
    'createInnerAudioContext',
    'getBackgroundAudioManager',
    'createCameraContext',
    'createMapContext',
    'getFileSystemManager',
    'onAccelerometerChange',
    'onCompassChange',
    'onLocationChange',
    'offLocationChange',
    'onKeyboardHeightChange',
    'onBLECharacteristicValueChange',
    'arrayBufferToBase64',
    'base64ToArrayBuffer',
    'createOffscreenCanvas',
    'reportEvent',
    'reportMonitor',
    'getExptInfoSync',
    'getBatteryInfoSync',
    'onMemoryWarning'
  ]
}

export function createWx(host: WxHost): Record<string, any> {
  const device = host.device
  const listeners = new Map<string, Set<AnyFn>>()
  const on = (name: string) => (fn: AnyFn) => void (listeners.get(name) ?? listeners.set(name, new Set()).get(name)!).add(fn)
  const off = (name: string) => (fn?: AnyFn) => void (fn ? listeners.get(name)?.delete(fn) : listeners.delete(name))

  const systemInfo = () => ({
    ...WINDOW,
    safeArea: SAFE_AREA,
    language: device.language,
    version: '8.0.54',
    SDKVersion: '3.7.8',
    platform: 'ios',
    system: 'iOS 17.5',
    model: 'iPhone 15',
    brand: 'Apple',
    theme: 'light',
    fontSizeSetting: 16,
    enableDebug: false,
    host: { env: 'WeChat' }
  })

  /** Call back as WeChat does: success or fail, then complete, a tick later. */
  const answer = (name: string, opts: Options, result: () => Record<string, unknown>) => {
    let payload: Record<string, unknown>
    let ok = true
    try {
      payload = { errMsg: `${name}:ok`, ...result() }
    } catch (error) {
      ok = false
      payload = { errMsg: `${name}:fail ${error instanceof Error ? error.message : String(error)}` }
    }
    // Buffers made in the app's realm go as they are; the rest is copied into it.
    const buffers = Object.entries(payload).filter(([, v]) => v && typeof v === 'object' && Object.prototype.toString.call(v) === '[object ArrayBuffer]')
    const value = Object.assign(
      host.copyIn(Object.fromEntries(Object.entries(payload).filter(([k]) => !buffers.some(([b]) => b === k)))),
      Object.fromEntries(buffers)
    )
    // WeChat (base library 2.10.2+): an async API called without callbacks returns a Promise instead.
    if (!opts?.success && !opts?.fail && !opts?.complete) {
      const RealmPromise = host.realmGlobal('Promise') as PromiseConstructor
      return new RealmPromise((resolve, reject) => void host.timers.set(() => (ok ? resolve(value) : reject(value)), 0))
    }
    host.timers.set(() => {
      if (ok) opts.success?.(value)
      else opts.fail?.(value)
      opts.complete?.(value)
    }, 0)
    return undefined
  }
  const async =
    (name: string, result: (opts: Options) => Record<string, unknown> = () => ({})) =>
    (opts: Options = {}) =>
      answer(name, opts, () => result(opts))

  const storageGet = (key: string) => {
    const text = device.storage.get(String(key))
    return text === undefined ? '' : host.copyIn(JSON.parse(text))
  }
  const storageSet = (key: string, value: unknown) => {
    if (value === undefined) return
    device.storage.set(String(key), JSON.stringify(value))
  }

  const modalAnswer = () => (device.modalAnswers.length ? device.modalAnswers.shift()! : true)

  const request = (opts: Options) => {
    let aborted = false
    const run = async () => {
      if (device.network === 'none') throw new Error('request:fail net::ERR_INTERNET_DISCONNECTED')
      const method = String(opts.method ?? 'GET').toUpperCase()
      let url = String(opts.url)
      const headers: Record<string, string> = {}
      for (const [k, v] of Object.entries(opts.header ?? {})) if (v !== undefined) headers[k.toLowerCase()] = String(v)
      let body: string | undefined
      if (opts.data !== undefined && opts.data !== null) {
        // WeChat: GET data becomes the query string; otherwise objects are sent as JSON.
        if (method === 'GET') {
          const params = new URLSearchParams(Object.entries(opts.data as Record<string, unknown>).map(([k, v]) => [k, String(v)]))
          const qs = params.toString()
          if (qs) url += (url.includes('?') ? '&' : '?') + qs
        } else body = typeof opts.data === 'string' ? opts.data : JSON.stringify(opts.data)
      }
      const controller = new AbortController()
      const timer = setTimeout(() => controller.abort(), Number(opts.timeout ?? 60000))
      try {
        const res = await fetch(url, { method, headers, body, signal: controller.signal })
        const text = await res.text()
        let data: unknown = text
        if ((opts.dataType ?? 'json') === 'json') {
          try {
            data = JSON.parse(text)
          } catch {
            data = text
          }
        }
        return { statusCode: res.status, data, header: Object.fromEntries([...(res.headers as unknown as Iterable<[string, string]>)]) }
      } catch (error) {
        throw new Error(controller.signal.aborted ? 'request:fail timeout' : `request:fail ${(error as Error).message}`)
      } finally {
        clearTimeout(timer)
      }
    }
    run().then(
      (res) => {
        if (aborted) return
        const value = host.copyIn({ errMsg: 'request:ok', ...res })
        host.timers.set(() => {
          opts.success?.(value)
          opts.complete?.(value)
        }, 0)
      },
      (error: Error) => {
        const value = host.copyIn({ errMsg: aborted ? 'request:fail abort' : error.message })
        host.timers.set(() => {
          opts.fail?.(value)
          opts.complete?.(value)
        }, 0)
      }
    )
    return { abort: () => void (aborted = true), onHeadersReceived() {}, offHeadersReceived() {} }
  }

  const uploadFile = (opts: Options) => {
    const run = async () => {
      if (device.network === 'none') throw new Error('uploadFile:fail net::ERR_INTERNET_DISCONNECTED')
      const form = new FormData()
      for (const [k, v] of Object.entries(opts.formData ?? {})) form.append(k, String(v))
      const filePath = String(opts.filePath)
      form.append(String(opts.name ?? 'file'), new Blob([Buffer.from(`demo file ${filePath}`)]), filePath.split('/').pop())
      const headers: Record<string, string> = {}
      for (const [k, v] of Object.entries(opts.header ?? {})) if (v !== undefined) headers[k] = String(v)
      const res = await fetch(String(opts.url), { method: 'POST', headers, body: form })
      // uploadFile gives the body as text, whatever its type.
      return { statusCode: res.status, data: await res.text() }
    }
    run().then(
      (res) => {
        const value = host.copyIn({ errMsg: 'uploadFile:ok', ...res })
        host.timers.set(() => {
          opts.success?.(value)
          opts.complete?.(value)
        }, 0)
      },
      (error: Error) => {
        const value = host.copyIn({ errMsg: error.message.startsWith('uploadFile:') ? error.message : `uploadFile:fail ${error.message}` })
        host.timers.set(() => {
          opts.fail?.(value)
          opts.complete?.(value)
        }, 0)
      }
    )
    return { abort() {}, onProgressUpdate() {}, offProgressUpdate() {} }
  }

  const navigation =
    (kind: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch') =>
    (opts: Options = {}) => {
      host.navigate(kind, String(opts.url)).then(
        () => {
          const value = host.copyIn({ errMsg: `${kind}:ok` })
          opts.success?.(value)
          opts.complete?.(value)
        },
        (error: Error) => {
          const value = host.copyIn({ errMsg: `${kind}:fail ${error.message}` })
          opts.fail?.(value)
          opts.complete?.(value)
        }
      )
    }

  let brightness = 0.5
  const known: Record<string, any> = {
    // system
    getSystemInfoSync: systemInfo,
    getSystemInfo: async('getSystemInfo', systemInfo),
    getWindowInfo: () => host.copyIn({ ...WINDOW, safeArea: SAFE_AREA, screenTop: 0 }),
    getDeviceInfo: () => host.copyIn({ brand: 'Apple', model: 'iPhone 15', system: 'iOS 17.5', platform: 'ios', benchmarkLevel: 30 }),
    getAppBaseInfo: () =>
      host.copyIn({
        language: device.language,
        version: '8.0.54',
        SDKVersion: '3.7.8',
        theme: 'light',
        fontSizeSetting: 16,
        enableDebug: false,
        host: { env: 'WeChat' }
      }),
    getSystemSetting: () => host.copyIn({ bluetoothEnabled: false, locationEnabled: true, wifiEnabled: true, deviceOrientation: 'portrait' }),
    getAppAuthorizeSetting: () => host.copyIn({ cameraAuthorized: 'authorized', albumAuthorized: 'authorized', locationAuthorized: 'authorized' }),
    getAccountInfoSync: () => host.copyIn({ miniProgram: { appId: 'wxtest', envVersion: 'develop', version: '' } }),
    getLaunchOptionsSync: () => host.copyIn({ path: '', query: {}, scene: 1001 }),
    getEnterOptionsSync: () => host.copyIn({ path: '', query: {}, scene: 1001 }),
    getMenuButtonBoundingClientRect: () => host.copyIn({ top: 51, bottom: 83, left: 297, right: 384, width: 87, height: 32 }),
    canIUse: () => true,
    nextTick: (fn: AnyFn) => void host.timers.set(fn, 0),
    env: { USER_DATA_PATH: 'wxfile://usr' },
    getUpdateManager: () => ({ onCheckForUpdate() {}, onUpdateReady() {}, onUpdateFailed() {}, applyUpdate() {} }),
    getRandomValues: async('getRandomValues', (o) => {
      const length = Number(o.length)
      if (!(length > 0 && length <= 1024)) throw new Error('invalid length')
      // Made in the app's realm: the app reads it as its own ArrayBuffer.
      const bytes = new (host.realmGlobal('Uint8Array'))(length)
      bytes.set(crypto.randomBytes(length))
      return { randomValues: bytes.buffer }
    }),

    // app lifecycle events
    onAppShow: on('appShow'),
    offAppShow: off('appShow'),
    onAppHide: on('appHide'),
    offAppHide: off('appHide'),
    onError: on('error'),
    offError: off('error'),
    onUnhandledRejection: on('unhandledRejection'),
    offUnhandledRejection: off('unhandledRejection'),
    onPageNotFound: on('pageNotFound'),
    onThemeChange: on('themeChange'),
    offThemeChange: off('themeChange'),
    onWindowResize: on('windowResize'),
    offWindowResize: off('windowResize'),
    onMemoryWarning: on('memoryWarning'),
    onUserCaptureScreen: on('userCaptureScreen'),
    offUserCaptureScreen: off('userCaptureScreen'),
    setVisualEffectOnCapture: async('setVisualEffectOnCapture'),

    // storage
    getStorageSync: storageGet,
    setStorageSync: storageSet,
    removeStorageSync: (key: string) => void device.storage.delete(String(key)),
    clearStorageSync: () => device.storage.clear(),
    getStorageInfoSync: () => host.copyIn({ keys: [...device.storage.keys()], currentSize: 1, limitSize: 10240 }),
    getStorage: async('getStorage', (o) => {
      if (!device.storage.has(String(o.key))) throw new Error('data not found')
      return { data: storageGet(o.key) }
    }),
    setStorage: async('setStorage', (o) => (storageSet(o.key, o.data), {})),
    removeStorage: async('removeStorage', (o) => (device.storage.delete(String(o.key)), {})),
    clearStorage: async('clearStorage', () => (device.storage.clear(), {})),
    getStorageInfo: async('getStorageInfo', () => ({ keys: [...device.storage.keys()], currentSize: 1, limitSize: 10240 })),

    // network
    request,
    uploadFile,
    getNetworkType: async('getNetworkType', () => ({ networkType: device.network })),
    onNetworkStatusChange: on('networkStatusChange'),
    offNetworkStatusChange: off('networkStatusChange'),

    // navigation and the tab bar
    navigateTo: navigation('navigateTo'),
    redirectTo: navigation('redirectTo'),
    switchTab: navigation('switchTab'),
    reLaunch: navigation('reLaunch'),
    navigateBack: (opts: Options = {}) =>
      answer('navigateBack', opts, () => {
        host.navigateBack(Number(opts.delta ?? 1))
        return {}
      }),
    setTabBarItem: async('setTabBarItem', (o) => {
      if (typeof o.text === 'string') host.setTabText(Number(o.index), o.text)
      return {}
    }),
    setTabBarBadge: async('setTabBarBadge'),
    removeTabBarBadge: async('removeTabBarBadge'),
    showTabBarRedDot: async('showTabBarRedDot'),
    hideTabBarRedDot: async('hideTabBarRedDot'),
    setNavigationBarTitle: async('setNavigationBarTitle', (o) => (device.ui.push({ kind: 'navigationTitle', text: String(o.title), at: Date.now() }), {})),
    setNavigationBarColor: async('setNavigationBarColor'),
    showNavigationBarLoading: async('showNavigationBarLoading'),
    hideNavigationBarLoading: async('hideNavigationBarLoading'),
    pageScrollTo: async('pageScrollTo'),
    stopPullDownRefresh: async('stopPullDownRefresh'),
    loadSubPackage: async('loadSubPackage', (o) => (host.preloadPackages([String(o.name)]), {})),
    preloadPage: async('preloadPage'),

    // interaction
    showToast: async('showToast', (o) => (device.ui.push({ kind: 'toast', text: String(o.title ?? ''), at: Date.now() }), {})),
    hideToast: async('hideToast'),
    showLoading: async('showLoading', (o) => (device.ui.push({ kind: 'loading', text: String(o.title ?? ''), at: Date.now() }), {})),
    hideLoading: async('hideLoading'),
    showModal: async('showModal', (o) => {
      device.ui.push({ kind: 'modal', text: [o.title, o.content].filter(Boolean).join(' — '), at: Date.now() })
      const confirm = modalAnswer()
      return { confirm, cancel: !confirm }
    }),
    showActionSheet: async('showActionSheet', (o) => {
      device.ui.push({ kind: 'actionSheet', text: (o.itemList ?? []).join(' | '), at: Date.now() })
      return { tapIndex: 0 }
    }),
    vibrateShort: async('vibrateShort'),
    setScreenBrightness: async('setScreenBrightness', (o) => ((brightness = Number(o.value)), {})),
    getScreenBrightness: async('getScreenBrightness', () => ({ value: brightness })),
    setKeepScreenOn: async('setKeepScreenOn'),
    createSelectorQuery: () => {
      const results: unknown[] = []
      const query: Record<string, AnyFn> = {
        in: () => query,
        select: () => node,
        selectAll: () => node,
        selectViewport: () => node,
        exec: (cb?: AnyFn) => {
          if (cb) host.timers.set(() => cb(host.copyIn(results)), 0)
          return query
        }
      }
      const node: Record<string, AnyFn> = {
        boundingClientRect: (cb?: AnyFn) => {
          const rect = { id: '', dataset: {}, left: 0, right: 390, top: 0, bottom: 100, width: 390, height: 100 }
          results.push(rect)
          if (cb) host.timers.set(() => cb(host.copyIn(rect)), 0)
          return query
        },
        scrollOffset: (cb?: AnyFn) => {
          const offset = { id: '', dataset: {}, scrollLeft: 0, scrollTop: 0, scrollHeight: 844, scrollWidth: 390 }
          results.push(offset)
          if (cb) host.timers.set(() => cb(host.copyIn(offset)), 0)
          return query
        },
        fields: (_f: unknown, cb?: AnyFn) => {
          results.push({})
          if (cb) host.timers.set(() => cb(host.copyIn({})), 0)
          return query
        },
        node: (cb?: AnyFn) => {
          results.push(null)
          if (cb) host.timers.set(() => cb(null), 0)
          return query
        },
        context: (cb?: AnyFn) => {
          results.push(null)
          if (cb) host.timers.set(() => cb(null), 0)
          return query
        }
      }
      return query
    },
    createIntersectionObserver: () => {
      const observer = { relativeTo: () => observer, relativeToViewport: () => observer, observe() {}, disconnect() {} }
      return observer
    },

    // WeChat sign-in, the camera, the clipboard, calls, maps and subscriptions
    login: async('login', () => {
      const next = device.logins.shift()
      if (!next) throw new Error('no login answer scripted for this test')
      if ('fail' in next) throw new Error(next.fail)
      return { code: next.code }
    }),
    checkSession: async('checkSession'),
    scanCode: async('scanCode', () => {
      const next = device.scans.shift()
      if (!next) throw new Error('cancel')
      if ('cancel' in next) throw new Error('cancel')
      return { result: next.result, scanType: 'QR_CODE', charSet: 'utf-8', rawData: Buffer.from(next.result).toString('base64') }
    }),
    setClipboardData: async('setClipboardData', (o) => ((device.clipboard = String(o.data)), {})),
    getClipboardData: async('getClipboardData', () => ({ data: device.clipboard })),
    makePhoneCall: async('makePhoneCall', (o) => {
      const number = String(o.phoneNumber ?? '')
      if (!/^[0-9+\-() ]{3,}$/.test(number)) throw new Error('invalid phoneNumber')
      device.phoneCalls.push(number)
      return {}
    }),
    openLocation: async('openLocation', (o) => {
      const latitude = Number(o.latitude)
      const longitude = Number(o.longitude)
      if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) throw new Error('invalid latitude or longitude')
      device.locationsOpened.push({ latitude, longitude, name: o.name, address: o.address })
      return {}
    }),
    requestSubscribeMessage: async('requestSubscribeMessage', (o) => {
      const ids: string[] = (o.tmplIds ?? []).map(String)
      if (!ids.length) throw new Error('Invalid template id')
      device.subscribeRequests.push(ids)
      return Object.fromEntries(ids.map((id) => [id, 'accept']))
    }),
    chooseMedia: async('chooseMedia', (o) => ({
      type: 'image',
      tempFiles: Array.from({ length: Math.min(Number(o.count ?? 1), 1) }, (_, i) => ({
        tempFilePath: `wxfile://tmp/photo-${i}.jpg`,
        size: 102400,
        fileType: 'image',
        width: 600,
        height: 800
      }))
    })),
    previewImage: async('previewImage'),

    // privacy: the app must agree through WeChat's flow before privacy APIs answer
    getPrivacySetting: async('getPrivacySetting', () => ({ needAuthorization: !device.privacyAgreed, privacyContractName: '《Work in China 隐私保护指引》' })),
    // WeChat asks the app's own notice (onNeedPrivacyAuthorization) and waits for its resolve(agree | disagree).
    requirePrivacyAuthorize: (opts: Options = {}) => {
      const settle = (ok: boolean) => {
        const value = host.copyIn({ errMsg: ok ? 'requirePrivacyAuthorize:ok' : 'requirePrivacyAuthorize:fail privacy permission is not authorized' })
        if (ok) opts.success?.(value)
        else opts.fail?.(value)
        opts.complete?.(value)
        return value
      }
      const RealmPromise = host.realmGlobal('Promise') as PromiseConstructor
      return new RealmPromise((resolve, reject) => {
        const done = (ok: boolean) => {
          const value = settle(ok)
          return ok ? resolve(value) : reject(value)
        }
        if (device.privacyAgreed) return void host.timers.set(() => done(true), 0)
        const asked = [...(listeners.get('needPrivacyAuthorization') ?? [])]
        if (!asked.length) return void host.timers.set(() => done(false), 0)
        let answered = false
        const answer = (result: { event?: string; buttonId?: string }) => {
          if (answered || result?.event === 'exposureAuthorization') return
          answered = true
          if (result?.event === 'agree') device.privacyAgreed = true
          done(result?.event === 'agree')
        }
        host.timers.set(() => asked.forEach((fn) => fn(answer, host.copyIn({ referrer: 'requirePrivacyAuthorize' }))), 0)
      })
    },
    onNeedPrivacyAuthorization: on('needPrivacyAuthorization'),
    openPrivacyContract: async('openPrivacyContract'),

    getFileSystemManager: () => ({
      readFileSync: () => '',
      writeFileSync() {},
      accessSync() {
        throw new Error('no such file')
      },
      mkdirSync() {},
      readFile: (o: Options) => answer('readFile', o, () => ({ data: '' })),
      getFileInfo: (o: Options) => answer('getFileInfo', o, () => ({ size: 102400 }))
    }),
    reportAnalytics() {}
  }

  /**
   * Privacy APIs (app.json's __usePrivacyCheck__): until the user agreed, WeChat holds the call, asks the
   * app's onNeedPrivacyAuthorization listener, and goes on or fails with its answer.
   */
  const PRIVACY_APIS = new Set(['chooseMedia', 'chooseImage', 'getClipboardData', 'setClipboardData'])
  const privacyGuarded =
    (name: string, impl: AnyFn) =>
    (opts: Options = {}) => {
      if (device.privacyAgreed) return impl(opts)
      const asked = [...(listeners.get('needPrivacyAuthorization') ?? [])]
      const refuse = () =>
        answer(name, opts, () => {
          throw new Error('privacy permission is not authorized')
        })
      if (!asked.length) return refuse()
      const RealmPromise = host.realmGlobal('Promise') as PromiseConstructor
      const outcome = new RealmPromise<unknown>((resolve) => {
        let answered = false
        // 'exposureAuthorization' only reports the notice is on screen; WeChat takes the first agree or disagree.
        const reply = (result: { event?: string }) => {
          if (answered || result?.event === 'exposureAuthorization') return
          answered = true
          if (result?.event === 'agree') device.privacyAgreed = true
          resolve(device.privacyAgreed ? impl(opts) : refuse())
        }
        host.timers.set(() => asked.forEach((fn) => fn(reply, host.copyIn({ referrer: name }))), 0)
      })
      return !opts.success && !opts.fail && !opts.complete ? outcome : undefined
    }

  const wx: Record<string, any> = {}
  for (const name of wechatApiNames()) {
    wx[name] = (...args: any[]) => {
      device.useApi(name)
      host.fail(`wx.${name} is not known to the harness's wx double`)
      const opts = args[0]
      opts?.fail?.(host.copyIn({ errMsg: `${name}:fail not available` }))
    }
  }
  for (const [name, known_] of Object.entries(known)) {
    const impl = PRIVACY_APIS.has(name) ? privacyGuarded(name, known_) : known_
    wx[name] =
      typeof impl === 'function'
        ? (...args: any[]) => {
            device.useApi(name)
            return impl(...args)
          }
        : impl
  }
  // Taro reads wx.cloud at start to expose it; the app uses no cloud API.
  wx.cloud = undefined
  Object.defineProperty(wx, '__emit', {
    enumerable: false,
    value: (name: string, payload: unknown) => {
      for (const fn of listeners.get(name) ?? []) fn(host.copyIn(payload))
    }
  })
  Object.defineProperty(wx, '__listeners', { enumerable: false, value: listeners })
  return wx
}
