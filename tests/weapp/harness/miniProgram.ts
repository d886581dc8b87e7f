/* eslint-disable @typescript-eslint/no-explicit-any -- the app's objects come from another realm, untyped: the harness passes them through as WeChat does */
/**
 * Runs the files of a weapp build (dist/weapp) in Node, as WeChat's app service would: a fresh JS realm a
 * launch, the build's own `require` chain (so chunks load in the order the files name them), App / Page /
 * Component registration, page lifecycles, a page stack with WeChat's navigation rules, setData applied with
 * Taro's path keys, and events delivered through the page's `eh` handler as WeChat bubbles them.
 *
 * A kill drops the realm, its timers and its pages; the Device (storage) survives, as on a phone.
 */
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { Device } from './device'
import { createWx, type WxHost } from './wx'
import { readTemplates, type TemplateMap } from './templates'
import { allElements, buildTree, nameOf, outline, textOf, type RawNode, type WxElement } from './tree'

type AnyFn = (...args: any[]) => any
type Config = Record<string, any>

export interface SetDataRecord {
  route: string
  /** Bytes of the JSON WeChat would send to the render layer. */
  bytes: number
  keys: number
  at: number
}

export interface LaunchOptions {
  /** The entry page, as app.json names it; the first page of app.json by default. */
  path?: string
  query?: Record<string, string>
  /** Printed before failures, e.g. 'embedded en'. */
  label?: string
}

interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  tabBar?: { list: { pagePath: string; text: string }[] }
  preloadRule?: Record<string, { network?: string; packages: string[] }>
}

let pageCounter = 0

export class PageInstance {
  readonly data: { root?: RawNode; [key: string]: unknown }
  readonly id = ++pageCounter
  alive = true

  constructor(
    readonly program: MiniProgram,
    readonly route: string,
    readonly config: Config,
    readonly options: Record<string, string>
  ) {
    const self = this as unknown as Record<string, unknown>
    for (const [key, value] of Object.entries(config)) {
      if (key !== 'data') self[key] = value
    }
    this.data = program.copyOut(config.data ?? {})
    Object.assign(self, { __route__: route, is: route, __wxWebviewId__: this.id })
  }

  /** Call one of the page's methods (a lifecycle, or `eh`) as WeChat would, with the page as `this`. */
  call(name: string, ...args: unknown[]): unknown {
    const fn = (this as unknown as Record<string, unknown>)[name]
    return typeof fn === 'function' ? fn.apply(this, args) : undefined
  }

  setData(patch: Record<string, unknown>, callback?: AnyFn): void {
    if (!this.alive) {
      // WeChat drops it silently; Taro's last render of a page being unmounted can land here.
      this.program.warnings.push(`setData on ${this.route} after it was unloaded`)
      return
    }
    const json = JSON.stringify(patch)
    this.program.setDataLog.push({ route: this.route, bytes: Buffer.byteLength(json), keys: Object.keys(patch).length, at: Date.now() })
    const copy = JSON.parse(json) as Record<string, unknown>
    for (const [key, value] of Object.entries(copy)) applyPath(this.data, key, value)
    this.program.lastRenderAt = Date.now()
    if (callback) this.program.timers.set(() => callback.call(this), 0)
  }

  selectComponent(): null {
    return null
  }
  selectAllComponents(): never[] {
    return []
  }
  createSelectorQuery() {
    return this.program.wx.createSelectorQuery()
  }
  createIntersectionObserver() {
    return this.program.wx.createIntersectionObserver()
  }
  getOpenerEventChannel() {
    return { on() {}, off() {}, once() {}, emit() {} }
  }
  getPageId(): string {
    return `pageId:${this.id}`
  }

  /** The page as elements. */
  tree(): WxElement {
    return buildTree(this.data.root, this.program.templates)
  }
  text(): string {
    return textOf(this.tree())
  }
  outline(): string {
    return outline(this.tree())
  }
}

/** `root.cn.[0].cn.[2].v` (Taro's keys) and `a.b[1]` (WeChat's own). */
export function applyPath(target: Record<string, any>, key: string, value: unknown): void {
  const parts = key
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
  let node: any = target
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i]
    if (node[part] == null || typeof node[part] !== 'object') node[part] = /^\d+$/.test(parts[i + 1]) ? [] : {}
    node = node[part]
  }
  node[parts[parts.length - 1]] = value
}

/** Timers of one launch: a kill clears them all, and an error thrown in one fails the run. */
class Timers {
  private readonly handles = new Set<NodeJS.Timeout>()
  constructor(private readonly onError: (error: unknown) => void) {}
  set(fn: AnyFn, ms = 0, repeat = false, args: unknown[] = []): NodeJS.Timeout {
    const run = () => {
      if (!repeat) this.handles.delete(handle)
      try {
        fn(...args)
      } catch (error) {
        this.onError(error)
      }
    }
    const handle = repeat ? setInterval(run, ms) : setTimeout(run, ms)
    this.handles.add(handle)
    return handle
  }
  clear(handle: NodeJS.Timeout | undefined): void {
    if (!handle) return
    clearTimeout(handle)
    this.handles.delete(handle)
  }
  clearAll(): void {
    for (const h of this.handles) clearTimeout(h)
    this.handles.clear()
  }
}

export class MiniProgram implements WxHost {
  readonly templates: TemplateMap
  readonly appJson: AppJson
  readonly errors: string[] = []
  readonly warnings: string[] = []
  readonly setDataLog: SetDataRecord[] = []
  /** Tab texts as the app set them (index -> text). */
  readonly tabTexts: string[]
  /** Subpackages on the phone: fetched ahead by preloadRule, or when a page of theirs was first opened. */
  readonly downloadedPackages = new Set<string>()
  /** Subpackage pages opened before their package was fetched: the person waited for a download. */
  readonly coldPackageOpens: { from: string | undefined; to: string; pkg: string }[] = []
  readonly timers: Timers
  readonly wx: Record<string, any>
  lastRenderAt = 0
  /** The page stack, bottom first. */
  readonly stack: PageInstance[] = []
  /** Tab pages stay alive when another tab is shown. */
  private readonly tabPages = new Map<string, PageInstance>()
  private readonly context: vm.Context
  private readonly modules = new Map<string, { exports: unknown }>()
  private readonly pageConfigs = new Map<string, Config>()
  readonly componentConfigs = new Map<string, Config>()
  private loading: string[] = []
  private app: Config | null = null
  private appInstance: Record<string, any> | null = null
  private readonly realmJsonParse: (text: string) => unknown
  private alive = true
  private readonly onRejection = (reason: unknown) => this.fail(`unhandled rejection: ${describe(reason)}`)

  private constructor(
    readonly distDir: string,
    readonly device: Device,
    readonly label: string
  ) {
    this.templates = readTemplates(distDir)
    this.appJson = JSON.parse(fs.readFileSync(path.join(distDir, 'app.json'), 'utf8')) as AppJson
    this.tabTexts = (this.appJson.tabBar?.list ?? []).map((t) => t.text)
    this.timers = new Timers((error) => this.fail(`error in a timer: ${describe(error)}`))
    this.wx = createWx(this)
    const timers = this.timers
    const sandbox: Record<string, unknown> = {
      wx: this.wx,
      App: (config: Config) => {
        this.app = config
      },
      Page: (config: Config) => {
        this.pageConfigs.set(this.loading[this.loading.length - 1] ?? '', config)
      },
      Component: (config: Config) => {
        this.componentConfigs.set(this.loading[this.loading.length - 1] ?? '', config)
      },
      Behavior: (config: Config) => config,
      getApp: () => this.appInstance,
      getCurrentPages: () => [...this.stack],
      requirePlugin: () => {
        throw new Error('requirePlugin: the app declares no plugins')
      },
      setTimeout: (fn: AnyFn, ms?: number, ...args: unknown[]) => timers.set(fn, ms ?? 0, false, args),
      setInterval: (fn: AnyFn, ms?: number, ...args: unknown[]) => timers.set(fn, ms ?? 0, true, args),
      clearTimeout: (h: NodeJS.Timeout) => timers.clear(h),
      clearInterval: (h: NodeJS.Timeout) => timers.clear(h),
      console: this.makeConsole()
    }
    this.context = vm.createContext(sandbox, { name: `weapp ${label}` })
    // WeChat's app service has `global` (webpack's output for weapp reads it).
    vm.runInContext('var global = globalThis', this.context)
    this.realmJsonParse = vm.runInContext('JSON.parse', this.context) as (text: string) => unknown
    process.on('unhandledRejection', this.onRejection)
  }

  /** Launch the app on a device: load app.js, run onLaunch and onShow, open the entry page. */
  static async launch(distDir: string, device: Device, options: LaunchOptions = {}): Promise<MiniProgram> {
    const program = new MiniProgram(path.resolve(distDir), device, options.label ?? path.basename(distDir))
    const entry = options.path ?? program.appJson.pages[0]
    const launchInfo = { path: entry, query: options.query ?? {}, scene: 1001, referrerInfo: {} }
    program.load('app')
    if (!program.app) throw new Error(`${distDir}/app.js did not call App()${program.errors.length ? `: ${program.errors.join('; ')}` : ''}`)
    program.appInstance = Object.assign(Object.create(null), program.app)
    program.guard('App.onLaunch', () => program.app?.onLaunch?.call(program.appInstance, program.copyIn(launchInfo)))
    program.guard('App.onShow', () => program.app?.onShow?.call(program.appInstance, program.copyIn(launchInfo)))
    await program.openPage(entry, options.query ?? {})
    return program
  }

  // ---- WxHost: what the wx double asks of the running app ----

  copyIn<T>(value: T): T {
    return value === undefined ? value : (this.realmJsonParse(JSON.stringify(value)) as T)
  }
  copyOut<T>(value: T): T {
    return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T)
  }
  realmGlobal(name: string): any {
    return vm.runInContext(name, this.context)
  }
  fail(message: string): void {
    if (!this.alive) return
    this.errors.push(message)
  }
  get pages(): PageInstance[] {
    return this.stack
  }
  setTabText(index: number, text: string): void {
    this.tabTexts[index] = text
  }

  isTabPage(route: string): boolean {
    return (this.appJson.tabBar?.list ?? []).some((t) => t.pagePath === route)
  }

  routeExists(route: string): boolean {
    if (this.appJson.pages.includes(route)) return true
    return (this.appJson.subPackages ?? []).some((p) => p.pages.some((page) => `${p.root}/${page}` === route))
  }

  /** WeChat's navigation, with its rules: a tab page only by switchTab (and without a query), ten pages deep at most. */
  async navigate(kind: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch', url: string): Promise<void> {
    const { route, query } = parseUrl(url, this.current?.route)
    if (!this.routeExists(route)) throw new Error(`page "${route}" is not found`)
    const pkg = this.packageOf(route)
    if (pkg && !this.downloadedPackages.has(pkg)) {
      this.coldPackageOpens.push({ from: this.current?.route, to: route, pkg })
      this.downloadedPackages.add(pkg)
    }
    const tab = this.isTabPage(route)
    if ((kind === 'navigateTo' || kind === 'redirectTo') && tab) throw new Error(`can not ${kind} a tabbar page`)
    if (kind === 'switchTab' && !tab) throw new Error('can not switchTab to a page that is not in the tab bar')
    if (kind === 'navigateTo' && this.stack.length >= 10) throw new Error('webview count limit exceed')
    if (kind === 'switchTab') {
      while (this.stack.length && !this.isTabPage(this.current!.route)) this.unload(this.stack.pop()!)
      const top = this.stack.pop()
      if (top && top.route !== route) this.guard(`${top.route} onHide`, () => top.call('onHide'))
      else if (top) this.stack.push(top)
      const kept = this.tabPages.get(route)
      if (kept && kept.alive) {
        if (this.current !== kept) {
          this.stack.push(kept)
          this.guard(`${route} onShow`, () => kept.call('onShow'))
          this.applyPreloadRule(route)
        }
        return
      }
      await this.openPage(route, {})
      return
    }
    if (kind === 'reLaunch') {
      while (this.stack.length) this.unload(this.stack.pop()!)
      for (const page of this.tabPages.values()) if (page.alive) this.unload(page)
      this.tabPages.clear()
    } else if (kind === 'redirectTo') {
      const top = this.stack.pop()
      if (top) this.unload(top)
    } else {
      const top = this.current
      if (top) this.guard(`${top.route} onHide`, () => top.call('onHide'))
    }
    await this.openPage(route, query)
  }

  navigateBack(delta = 1): void {
    if (this.stack.length <= 1) throw new Error('cannot navigate back at first page')
    const steps = Math.min(delta, this.stack.length - 1)
    for (let i = 0; i < steps; i++) this.unload(this.stack.pop()!)
    const top = this.current!
    this.guard(`${top.route} onShow`, () => top.call('onShow'))
  }

  preloadPackages(names: string[]): void {
    for (const name of names) this.downloadedPackages.add(name.replace(/\/$/, ''))
  }

  /** The subpackage root a page belongs to, or null for the main package. */
  packageOf(route: string): string | null {
    return (this.appJson.subPackages ?? []).find((p) => route.startsWith(`${p.root.replace(/\/$/, '')}/`))?.root.replace(/\/$/, '') ?? null
  }

  /** WeChat's preloadRule: entering the page fetches the packages it names, on Wi-Fi unless it says 'all'. */
  private applyPreloadRule(route: string): void {
    const rule = this.appJson.preloadRule?.[route]
    if (rule && (rule.network === 'all' || this.device.network === 'wifi')) this.preloadPackages(rule.packages)
  }

  // ---- the app as a test drives it ----

  get current(): PageInstance | undefined {
    return this.stack[this.stack.length - 1]
  }

  /** Wait until nothing has rendered for `quietMs` (the app settled), at most `timeoutMs`. */
  async settle(quietMs = 60, timeoutMs = 5000): Promise<void> {
    const start = Date.now()
    await delay(quietMs)
    while (Date.now() - this.lastRenderAt < quietMs && Date.now() - start < timeoutMs) await delay(quietMs / 2)
  }

  /** Wait until the current page shows `text` (or the predicate holds). */
  async waitFor(check: string | RegExp | (() => boolean), timeoutMs = 5000): Promise<void> {
    const test = typeof check === 'function' ? check : () => matches(this.current?.text() ?? '', check)
    const start = Date.now()
    while (!test()) {
      if (Date.now() - start > timeoutMs) {
        throw new Error(
          `${this.label}: timed out waiting for ${typeof check === 'function' ? 'a condition' : String(check)} on ${this.current?.route}\n` +
            `page text: ${this.current?.text().slice(0, 1500)}\nerrors: ${this.errors.join('\n') || 'none'}`
        )
      }
      await delay(25)
    }
    await this.settle()
  }

  /** Elements of the current page. */
  elements(): WxElement[] {
    return this.current ? allElements(this.current.tree()) : []
  }

  /** The innermost element whose own text matches. */
  getByText(text: string | RegExp): WxElement {
    const found = this.elements().filter((el) => el.ownText.trim() && matches(el.ownText.trim(), text, true))
    if (!found.length) throw new Error(`${this.label}: no element with text ${String(text)} on ${this.current?.route}\n${this.current?.text().slice(0, 1500)}`)
    return found[0]
  }

  queryByText(text: string | RegExp): WxElement | undefined {
    return this.elements().find((el) => el.ownText.trim() && matches(el.ownText.trim(), text, true))
  }

  getByRole(role: string, name?: string | RegExp): WxElement {
    const all = this.elements().filter((el) => el.attrs.role === role || (role === 'button' && el.tag === 'button'))
    const found = name === undefined ? all : all.filter((el) => matches(nameOf(el), name, true))
    if (!found.length) throw new Error(`${this.label}: no ${role} named ${String(name)} on ${this.current?.route}\n${this.current?.outline().slice(0, 3000)}`)
    return found[0]
  }

  /** Inputs by their label (aria-labelledby, aria-label) or placeholder. */
  getInput(label: string | RegExp): WxElement {
    const elements = this.elements()
    const labelOf = (el: WxElement) => {
      const by = el.attrs['aria-labelledby']
      const labelElement = typeof by === 'string' ? elements.find((other) => other.id === by) : undefined
      return [labelElement && textOf(labelElement), el.attrs['aria-label'], el.attrs.placeholder]
    }
    const found = elements.filter(
      (el) => (el.tag === 'input' || el.tag === 'textarea') && labelOf(el).some((v) => typeof v === 'string' && matches(v.trim(), label, true))
    )
    if (!found.length) throw new Error(`${this.label}: no input labelled ${String(label)} on ${this.current?.route}\n${this.current?.outline().slice(0, 3000)}`)
    return found[0]
  }

  /** A tap on an element: WeChat delivers it to every element up the tree that binds tap, until one catches it. */
  async tap(target: WxElement | string | RegExp): Promise<void> {
    const element = typeof target === 'string' || target instanceof RegExp ? this.getByText(target) : target
    this.dispatch(element, 'tap', { x: 0, y: 0 }, true)
    // A <button open-type="agreePrivacyAuthorization">: WeChat records the agreement and tells the button.
    let button: WxElement | null = element
    while (button && button.tag !== 'button') button = button.parent
    if (button && button.attrs['open-type'] === 'agreePrivacyAuthorization' && !button.attrs.disabled) {
      this.device.privacyAgreed = true
      this.dispatch(button, 'agreeprivacyauthorization', {}, false)
    }
    await this.settle()
  }

  /** Typing into an input: its value changes, then WeChat sends `input`. */
  async input(element: WxElement, value: string): Promise<void> {
    this.dispatch(element, 'focus', { value: String(element.attrs.value ?? ''), height: 0 }, false)
    this.dispatch(element, 'input', { value, cursor: value.length, keyCode: 0 }, false)
    this.dispatch(element, 'blur', { value, cursor: value.length }, false)
    await this.settle()
  }

  async fire(element: WxElement, type: 'change' | 'confirm' | 'blur' | 'scroll' | 'focus', detail: Record<string, unknown>): Promise<void> {
    this.dispatch(element, type, detail, false)
    await this.settle()
  }

  dispatch(element: WxElement, type: string, detail: Record<string, unknown>, bubbles: boolean): void {
    const page = this.current
    if (!page) throw new Error('no page to dispatch to')
    const chain: WxElement[] = []
    for (let el: WxElement | null = element; el && el.tag !== 'page'; el = bubbles ? el.parent : null) chain.push(el)
    const bound = chain.filter((el) => el.events[type])
    if (!bound.length && type === 'tap') return
    if (!bound.length) throw new Error(`${this.label}: <${element.tag} .${element.className}> does not bind "${type}" (nor does any element above it)`)
    const target = { id: element.id, dataset: { sid: element.sid }, offsetLeft: 0, offsetTop: 0 }
    const timeStamp = Date.now()
    for (const el of bound) {
      if (el.attrs.disabled === true || el.attrs.disabled === 'true') return
      const event = this.copyIn({
        type,
        timeStamp,
        target,
        currentTarget: { id: el.id, dataset: { sid: el.sid }, offsetLeft: 0, offsetTop: 0 },
        detail,
        touches: [],
        changedTouches: [],
        mark: {}
      })
      this.guard(`${type} on <${el.tag}>`, () => page.call('eh', event))
      if (el.events[type] === 'catch') break
    }
  }

  /** The app goes to the background and comes back. */
  async background(): Promise<void> {
    const page = this.current
    if (page) this.guard(`${page.route} onHide`, () => page.call('onHide'))
    this.guard('App.onHide', () => this.app?.onHide?.call(this.appInstance))
    ;(this.wx as any).__emit('appHide', {})
    await this.settle()
  }

  async foreground(): Promise<void> {
    const info = { path: this.current?.route ?? '', query: {}, scene: 1001 }
    this.guard('App.onShow', () => this.app?.onShow?.call(this.appInstance, this.copyIn(info)))
    ;(this.wx as any).__emit('appShow', info)
    const page = this.current
    if (page) this.guard(`${page.route} onShow`, () => page.call('onShow'))
    await this.settle()
  }

  /** WeChat kills the app: its realm, timers and pages are gone; the device's storage is not. */
  kill(): void {
    this.alive = false
    this.timers.clearAll()
    for (const page of this.stack) page.alive = false
    for (const page of this.tabPages.values()) page.alive = false
    process.off('unhandledRejection', this.onRejection)
  }

  /** Run code inside the app's realm (a test reaching into the embedded demo backend, as DevTools' console would). */
  evaluate(source: string): unknown {
    return vm.runInContext(source, this.context)
  }

  /** setData calls since `from` (an index into setDataLog). */
  setDataSince(from: number): SetDataRecord[] {
    return this.setDataLog.slice(from)
  }

  // ---- loading ----

  private resolveFile(file: string): string {
    const withExt = file.endsWith('.js') ? file : `${file}.js`
    return path.resolve(this.distDir, withExt)
  }

  /** require() as WeChat's app service does it: relative to the requiring file, `.js` optional, once a file. */
  private requireFile(abs: string): unknown {
    const cached = this.modules.get(abs)
    if (cached) return cached.exports
    if (!abs.startsWith(this.distDir + path.sep)) throw new Error(`require outside the package: ${abs}`)
    if (!fs.existsSync(abs)) throw new Error(`module "${path.relative(this.distDir, abs)}" is not defined`)
    const module = { exports: {} as unknown }
    this.modules.set(abs, module)
    const code = fs.readFileSync(abs, 'utf8')
    const fn = vm.compileFunction(code, ['exports', 'require', 'module', '__filename', '__dirname'], {
      parsingContext: this.context,
      filename: abs
    })
    const localRequire = (request: string) => {
      if (!request.startsWith('.') && !request.startsWith('/')) throw new Error(`require("${request}"): only package files can be required`)
      const target = request.startsWith('/') ? path.join(this.distDir, request) : path.resolve(path.dirname(abs), request)
      return this.requireFile(target.endsWith('.js') ? target : `${target}.js`)
    }
    fn.call(module.exports, module.exports, localRequire, module, abs, path.dirname(abs))
    return module.exports
  }

  load(rel: string): void {
    this.loading.push(rel)
    try {
      this.requireFile(this.resolveFile(rel))
    } catch (error) {
      this.fail(`loading ${rel}: ${describe(error)}`)
    } finally {
      this.loading.pop()
    }
  }

  private async openPage(route: string, query: Record<string, string>): Promise<PageInstance> {
    if (!this.pageConfigs.has(route)) this.load(route)
    const config = this.pageConfigs.get(route)
    if (!config) throw new Error(`${route}.js did not call Page()${this.errors.length ? `: ${this.errors.join('; ')}` : ''}`)
    const page = new PageInstance(this, route, config, query)
    this.stack.push(page)
    if (this.isTabPage(route)) this.tabPages.set(route, page)
    this.guard(`${route} onLoad`, () => page.call('onLoad', this.copyIn(query)))
    this.guard(`${route} onShow`, () => page.call('onShow'))
    this.applyPreloadRule(route)
    await this.settle(30)
    this.guard(`${route} onReady`, () => page.call('onReady'))
    await this.settle()
    return page
  }

  private unload(page: PageInstance): void {
    this.guard(`${page.route} onUnload`, () => page.call('onUnload'))
    page.alive = false
  }

  private guard(what: string, fn: () => unknown): void {
    try {
      const result = fn()
      const promise = result as Promise<unknown> | undefined
      if (promise && typeof promise.then === 'function') promise.then(undefined, (error) => this.fail(`${what}: ${describe(error)}`))
    } catch (error) {
      this.fail(`${what}: ${describe(error)}`)
    }
  }

  private makeConsole(): Console {
    const format = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : describe(a))).join(' ')
    return {
      log: () => {},
      info: () => {},
      debug: () => {},
      trace: () => {},
      warn: (...args: unknown[]) => void this.warnings.push(format(args)),
      error: (...args: unknown[]) => this.fail(`console.error: ${format(args)}`),
      group: () => {},
      groupEnd: () => {},
      time: () => {},
      timeEnd: () => {}
    } as unknown as Console
  }
}

export function parseUrl(url: string, from?: string): { route: string; query: Record<string, string> } {
  const [pathPart, queryPart = ''] = url.split('?')
  let route = pathPart.replace(/^\//, '')
  if (!pathPart.startsWith('/') && from) route = path.posix.join(path.posix.dirname(from), pathPart)
  // WeChat hands the query to onLoad as written: values are not decoded for the page.
  const query: Record<string, string> = {}
  for (const pair of queryPart.split('&').filter(Boolean)) {
    const i = pair.indexOf('=')
    query[i < 0 ? pair : pair.slice(0, i)] = i < 0 ? '' : pair.slice(i + 1)
  }
  return { route, query }
}

function matches(text: string, pattern: string | RegExp, exact = false): boolean {
  if (pattern instanceof RegExp) return pattern.test(text)
  return exact ? text === pattern : text.includes(pattern)
}

export function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'stack' in error && typeof (error as Error).stack === 'string') {
    return (error as Error).stack!.split('\n').slice(0, 5).join(' | ')
  }
  if (error && typeof error === 'object') {
    try {
      return JSON.stringify(error)
    } catch {
      return String(error)
    }
  }
  return String(error)
}

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
