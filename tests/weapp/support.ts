/**
 * What the weapp specs share: the two builds, launching one on a phone, signing in, opening a route.
 */
import fs from 'node:fs'
import path from 'node:path'
import assert from 'node:assert/strict'
import { routeUrl, type RouteName, type RouteParams } from '@/routes'
import { Device, type WxLanguage } from './harness/device'
import { MiniProgram, type LaunchOptions } from './harness/miniProgram'
import { allElements, type WxElement } from './harness/tree'

/** setData budgets (docs/testing.md): WeChat warns at 256 KB a call and fails at 1 MB. */
export const SETDATA_BUDGET = {
  tabFirstRenderCalls: 4,
  tabFirstRenderBytes: 64 * 1024,
  singleCallBytes: 256 * 1024,
  liveCodeTickBytes: 2 * 1024,
  scrollStepBytes: 16 * 1024
}

export const ROOT = path.resolve(__dirname, '..', '..')

/** The embedded demo build and the real-backend build (pointed at the mock server on this port). */
export const MOCK_SERVER_PORT = 4010
export const BUILDS = {
  embedded: path.join(ROOT, 'dist', 'weapp'),
  http: path.join(ROOT, 'dist', 'weapp-http')
} as const
export type BuildName = keyof typeof BUILDS

/** A build that is missing skips its specs on a developer's machine, and fails them in CI. */
export function builtOrSkip(build: BuildName): string | false {
  if (fs.existsSync(path.join(BUILDS[build], 'app.js'))) return false
  const why = `${path.relative(ROOT, BUILDS[build])} is not built (npm run build:weapp / build:weapp:http)`
  if (process.env.CI) throw new Error(why)
  return why
}

export async function resetMockServer(): Promise<void> {
  await fetch(`http://127.0.0.1:${MOCK_SERVER_PORT}/dev/reset`, { method: 'POST' })
}

/** Every wx API the app called in this spec file, over all its launches: the app's platform surface. */
export const platformSurface = new Set<string>()
export function printPlatformSurface(): void {
  console.log(`wx APIs the app used (${platformSurface.size}): ${[...platformSurface].sort().join(', ')}`)
}

export async function launch(build: BuildName, language: WxLanguage = 'en', options: LaunchOptions & { device?: Device } = {}) {
  const device = options.device ?? new Device(language)
  device.onApiUsed = (name) => platformSurface.add(name)
  const app = await MiniProgram.launch(BUILDS[build], device, { label: `${build} ${language}`, ...options })
  return { app, device }
}

/** A string of locales/ in the given language, by namespace and key path (`privacy`, `notice.agree`). */
export function localeText(language: WxLanguage, namespace: string, key: string): string {
  const file = path.join(ROOT, 'locales', language === 'en' ? 'en' : 'zh-CN', `${namespace}.json`)
  let value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'))
  for (const part of key.split('.')) value = (value as Record<string, unknown> | undefined)?.[part]
  if (typeof value !== 'string') throw new Error(`no string ${namespace}:${key} in ${file}`)
  return value
}

export type Role = 'guest' | 'talent' | 'hr' | 'verifier'

/** The demo account that plays each role in the route checks. */
export const ROLE_ACCOUNT: Record<Exclude<Role, 'guest'>, string> = {
  talent: 'alice',
  hr: 'hr.gansu',
  verifier: 'boxoffice.bh'
}

/** Open a route as WeChat opens a page from outside (reLaunch), with its query. */
export async function open(app: MiniProgram, name: RouteName, params?: RouteParams): Promise<void> {
  await app.navigate('reLaunch', routeUrl(name, params))
  await app.settle()
}

/**
 * Sign in as a mini-program user does: "Sign in with WeChat" on the sign-in screen. WeChat's login answers
 * with a code the backend maps to an account; the demo backend knows `demo:<username>` as its demo users.
 */
export async function signIn(app: MiniProgram, device: Device, username: string): Promise<void> {
  await open(app, 'signIn')
  device.logins.push({ code: `demo:${username}` })
  await app.tap(weChatSignInButton(app))
  await app.waitFor(() => app.current?.route === 'pages/home/index')
  assert.equal(device.logins.length, 0, 'wx.login was called')
}

export function weChatSignInButton(app: MiniProgram): WxElement {
  const form = app.elements().find((el) => el.className.split(/\s+/).includes('sign-in__form'))
  const button = form && allElements(form).find((el) => el.tag === 'button')
  assert.ok(button, `the WeChat sign-in button on ${app.current?.route}\n${app.current?.outline().slice(0, 1500)}`)
  return button
}

/** The page's level-1 heading. */
export function heading(app: MiniProgram): WxElement | undefined {
  return app.elements().find((el) => el.attrs.role === 'heading' && Number(el.attrs['aria-level']) === 1)
}

export function assertClean(app: MiniProgram, what: string): void {
  assert.deepEqual(app.errors, [], `${what}: errors`)
}
