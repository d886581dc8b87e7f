// What the e2e specs get besides Playwright's own fixtures: the phone the app runs on, the `helpers` object
// every test receives, and the privacy check run after each test (tests/e2e/all.e2e.mjs wires them in).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import assert from 'node:assert/strict'
import { fileURLToPath } from 'node:url'
import { CHROME_ARGS, CHROME_PATH } from '../../scripts/chromium.mjs'

const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const OUT_DIR = path.join(ROOT_DIR, '.tmp', 'e2e')
const AXE_PATH = path.join(ROOT_DIR, 'node_modules', 'axe-core', 'axe.min.js')
export const ACTION_TIMEOUT = 15_000
export { CHROME_ARGS, CHROME_PATH }

export const CONTEXT_OPTIONS = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'en-US'
}

/**
 * The video Chromium's fake camera plays in `fakeCamera` tests. Chromium takes the file name at launch, so the
 * process that loads the config first picks it (one per run) and the workers it starts inherit it.
 */
export const FAKE_CAMERA_FILE = (process.env.E2E_FAKE_CAMERA_FILE ||= path.join(os.tmpdir(), `wic-e2e-camera-${process.pid}.y4m`))

/**
 * Every passport number the demo backend is seeded with (read from mock/seed.ts, so the list follows the
 * seed). After each test none of them may appear in any console message of its pages, in any letter case.
 */
export function seededPassportNumbers(source = fs.readFileSync(path.join(ROOT_DIR, 'mock', 'seed.ts'), 'utf8')) {
  const numbers = new Set()
  for (const match of source.matchAll(/passportNumber: '([A-Za-z0-9]{1,9})'/g)) numbers.add(match[1].toUpperCase())
  return [...numbers]
}

/** '19FR48213' -> '19*****13': failure messages must not print the numbers they guard. */
const masked = (n) => (n.length >= 8 ? n.slice(0, 2) + '*'.repeat(n.length - 4) + n.slice(-2) : '*'.repeat(n.length))

/** Console messages holding one of `numbers` (compared in upper case). */
export function passportLeaks(consoleMessages, numbers) {
  const leaks = []
  for (const m of consoleMessages) {
    const text = String(m.text).toUpperCase()
    for (const n of numbers) if (text.includes(n)) leaks.push(`console.${m.type} ${m.location || ''} holds ${masked(n)}`)
  }
  return leaks
}

const safeName = (s) =>
  s
    .replace(/[^\w.-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 120) || 'test'

let axeSource = null
export function makeHelpers(baseUrl) {
  /** Every console message of every page in this test's context: { type, text, location, page } */
  const consoleMessages = []
  /** Uncaught exceptions in the page (pageerror): Error objects. */
  const pageErrors = []
  /** Failed requests and HTTP >= 400 responses: strings. */
  const networkErrors = []

  const helpers = {
    consoleMessages,
    pageErrors,
    networkErrors,
    assert,
    /** Console messages of type 'error'. */
    consoleErrors: () => consoleMessages.filter((m) => m.type === 'error'),
    /** baseUrl + '#/' + route, e.g. helpers.url('pages/guides/index?id=1'). */
    url: (route = '') => (route ? `${baseUrl}#/${route.replace(/^[#/]+/, '')}` : baseUrl),
    /** Navigate to a hash route and wait until #app shows something. */
    async goto(page, route = '', { timeout = ACTION_TIMEOUT } = {}) {
      await page.goto(helpers.url(route), { waitUntil: 'domcontentloaded' })
      await helpers.waitForApp(page, { timeout })
    },
    /** Wait until #app has a visible descendant with a non-empty box. */
    async waitForApp(page, { timeout = ACTION_TIMEOUT, selector = '#app' } = {}) {
      await page.waitForFunction(
        (sel) => {
          const root = document.querySelector(sel)
          if (!root) return false
          for (const el of root.querySelectorAll('*')) {
            const r = el.getBoundingClientRect()
            if (r.width < 1 || r.height < 1) continue
            const cs = getComputedStyle(el)
            if (cs.visibility === 'hidden' || cs.display === 'none' || Number(cs.opacity) === 0) continue
            if ((el.textContent || '').trim() || ['IMG', 'SVG', 'CANVAS', 'svg', 'INPUT', 'BUTTON'].includes(el.tagName)) return true
          }
          return false
        },
        selector,
        { timeout, polling: 'raf' }
      )
    },
    /** Run axe-core in the page; returns serious/critical violations [{ id, impact, help, helpUrl, nodes: [{ target, html, summary }] }]. */
    async axe(page, options = {}) {
      axeSource ??= fs.readFileSync(AXE_PATH, 'utf8')
      const loaded = await page.evaluate(() => typeof window.axe !== 'undefined')
      if (!loaded) await page.addScriptTag({ content: axeSource })
      const { impacts = ['serious', 'critical'], context = null, ...runOptions } = options
      return page.evaluate(
        async ({ runOptions, impacts, context }) => {
          const res = await window.axe.run(context || document, { resultTypes: ['violations'], ...runOptions })
          return res.violations
            .filter((v) => impacts.includes(v.impact))
            .map((v) => ({
              id: v.id,
              impact: v.impact,
              help: v.help,
              helpUrl: v.helpUrl,
              nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200), summary: n.failureSummary }))
            }))
        },
        { runOptions, impacts, context }
      )
    },
    /** One line per violation, for assertion messages. */
    formatViolations: (violations) =>
      violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}x, e.g. ${JSON.stringify(v.nodes[0]?.target)})`).join('\n'),
    /**
     * The privacy notice in front of a form with passport fields or a photo picker: waits for it and taps
     * Agree (English or Chinese). Specs about other things call this where a person would agree.
     */
    async agreeToPrivacy(page) {
      const dialog = page.getByRole('dialog', { name: /How we use your personal information|我们如何使用您的个人信息/ })
      await dialog.waitFor()
      await dialog.locator('.nut-button', { hasText: /Agree and continue|同意并继续/ }).click()
      await dialog.waitFor({ state: 'hidden' })
    },
    /**
     * For specs about something else: this test's pages start with consent to the current privacy notice
     * already given (as if agreed earlier on this phone), so no notice stands in front of the forms.
     */
    async givePrivacyConsent(context) {
      const version = Number(/PRIVACY_NOTICE_VERSION = (\d+)/.exec(fs.readFileSync(path.join(ROOT_DIR, 'src', 'features', 'privacy', 'notice.ts'), 'utf8'))[1])
      const stored = JSON.stringify({ data: JSON.stringify({ state: { record: { version, at: new Date().toISOString() } }, version: 1 }) })
      await context.addInitScript((value) => {
        if (localStorage.getItem('wic.privacy') === null) localStorage.setItem('wic.privacy', value)
      }, stored)
    },
    /** Full-page screenshot to .tmp/e2e/<name>.png; returns the path. */
    async screenshot(page, name) {
      fs.mkdirSync(OUT_DIR, { recursive: true })
      const file = path.join(OUT_DIR, `${safeName(name)}.png`)
      await page.screenshot({ path: file, fullPage: true })
      return file
    }
  }
  return helpers
}

export function watchPage(page, helpers) {
  page.on('console', (m) => {
    const loc = m.location()
    helpers.consoleMessages.push({ type: m.type(), text: m.text(), location: loc && loc.url ? `${loc.url}:${loc.lineNumber}` : '', page })
  })
  page.on('pageerror', (err) => helpers.pageErrors.push(err))
  page.on('requestfailed', (req) => {
    const why = req.failure()?.errorText || 'failed'
    if (why !== 'net::ERR_ABORTED') helpers.networkErrors.push(`${req.method()} ${req.url()} ${why}`)
  })
  page.on('response', (res) => {
    if (res.status() >= 400) helpers.networkErrors.push(`${res.request().method()} ${res.url()} HTTP ${res.status()}`)
  })
}

/** What the pages said, for a failed test's report: console errors, uncaught page errors, failed requests. */
export function pageDiagnostics(helpers) {
  const sections = [
    ['console errors', helpers.consoleErrors().map((m) => `${m.text}${m.location ? `  (${m.location})` : ''}`)],
    ['uncaught page errors', helpers.pageErrors.map((e) => e.stack || e.message || String(e))],
    ['network errors', helpers.networkErrors]
  ]
  return sections
    .filter(([, lines]) => lines.length)
    .map(([title, lines]) => `${title}:\n${lines.slice(0, 20).join('\n')}`)
    .join('\n')
}
