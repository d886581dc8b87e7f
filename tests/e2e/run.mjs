#!/usr/bin/env node
/**
 * E2E runner for the H5 build: headless Chromium (playwright-core) against dist/h5 served by scripts/serve.mjs.
 *
 *   npm run test:e2e                       run every tests/e2e/specs/*.spec.mjs
 *   npm run test:e2e -- --build            rebuild H5 first (also happens when dist/h5/index.html is missing)
 *   npm run test:e2e -- --grep smoke       only tests whose "<file> › <name>" contains "smoke" (case-insensitive)
 *   npm run test:e2e -- --specs some/dir   take the *.spec.mjs files from another folder
 *   CHROME_PATH=/path/to/chrome npm run test:e2e
 *
 * A spec module exports `tests = [{ name, run: async ({ page, context, baseUrl, browser, helpers }) => {} }]`
 * (optional per test: `timeout` in ms, `skip: true`, `fakeCamera: true`). Each test gets a fresh browser context
 * (phone viewport). A `fakeCamera` test runs in a second Chromium whose camera films `helpers.fakeCameraFile`
 * (a Y4M video the test writes, e.g. with tests/e2e/fakeCamera.mjs), camera permission granted.
 * Failures save .tmp/e2e/<name>.png and print the error plus the page's console errors.
 * The last line of output is always `N passed, M failed`; exit code 1 when anything failed.
 */
import fs from 'node:fs'
import path from 'node:path'
import assert from 'node:assert/strict'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { startServer, isMain } from '../../scripts/serve.mjs'
import { taroBuild, snapshotDir } from '../../scripts/start.mjs'
import { fakeCameraArgs, writeQrVideo } from './fakeCamera.mjs'

const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const DIST = path.join(ROOT_DIR, 'dist', 'h5')
const OUT_DIR = path.join(ROOT_DIR, '.tmp', 'e2e')
const AXE_PATH = path.join(ROOT_DIR, 'node_modules', 'axe-core', 'axe.min.js')
const DEFAULT_TIMEOUT = 60_000
const ACTION_TIMEOUT = 15_000

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium'
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]
export const CONTEXT_OPTIONS = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'en-US'
}

const argv = process.argv.slice(2)
const flag = (name) => argv.includes(name)
const value = (name) => {
  const i = argv.findIndex((a) => a === name || a.startsWith(name + '='))
  if (i < 0) return undefined
  return argv[i].includes('=') ? argv[i].slice(name.length + 1) : argv[i + 1]
}

const SPECS_DIR = path.resolve(value('--specs') || path.join(ROOT_DIR, 'tests', 'e2e', 'specs'))

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
const ms = (n) => (n >= 1000 ? `${(n / 1000).toFixed(1)} s` : `${n} ms`)

let axeSource = null
function makeHelpers(baseUrl) {
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

function watchPage(page, helpers) {
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

async function loadSpecs(grep) {
  if (!fs.existsSync(SPECS_DIR)) return { tests: [], loadErrors: [] }
  const files = fs
    .readdirSync(SPECS_DIR)
    .filter((f) => f.endsWith('.spec.mjs'))
    .sort()
  const tests = []
  const loadErrors = []
  for (const file of files) {
    const base = file.replace(/\.spec\.mjs$/, '')
    try {
      const mod = await import(pathToFileURL(path.join(SPECS_DIR, file)).href)
      if (!Array.isArray(mod.tests)) throw new Error('does not export `tests` (an array of { name, run })')
      for (const [i, t] of mod.tests.entries()) {
        if (!t || typeof t.run !== 'function') throw new Error(`tests[${i}] has no run() function`)
        const title = `${base} › ${t.name || `test ${i + 1}`}`
        if (grep && !title.toLowerCase().includes(grep.toLowerCase())) continue
        tests.push({ ...t, name: t.name || `test ${i + 1}`, title, file: base })
      }
    } catch (err) {
      loadErrors.push({ title: `${base} (load)`, err })
    }
  }
  return { tests, loadErrors }
}

function withTimeout(promise, timeoutMs, what) {
  let timer
  const t = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms(timeoutMs)}`)), timeoutMs)
  })
  return Promise.race([promise, t]).finally(() => clearTimeout(timer))
}

function indent(text, pad = '    ') {
  return String(text)
    .split('\n')
    .map((l) => pad + l)
    .join('\n')
}

function printFailure(title, err, helpers, shot) {
  const stack = ((err && (err.stack || err.message)) || String(err)).replace(/\x1b\[[0-9;]*m/g, '')
  console.log(indent(stack.split('\n').slice(0, 12).join('\n')))
  if (shot) console.log(`    screenshot: ${path.relative(process.cwd(), shot)}`)
  if (!helpers) return
  const errs = helpers.consoleErrors()
  if (errs.length) {
    console.log('    console errors:')
    for (const m of errs.slice(0, 20)) console.log(indent(`${m.text}${m.location ? `  (${m.location})` : ''}`, '      '))
  }
  if (helpers.pageErrors.length) {
    console.log('    uncaught page errors:')
    for (const e of helpers.pageErrors.slice(0, 10)) console.log(indent(e.stack || e.message || String(e), '      '))
  }
  if (helpers.networkErrors.length) {
    console.log('    network errors:')
    for (const n of helpers.networkErrors.slice(0, 10)) console.log(indent(n, '      '))
  }
}

async function main() {
  const grep = value('--grep')
  if (!fs.existsSync(CHROME_PATH)) {
    console.log(`Chromium not found at ${CHROME_PATH}.`)
    console.log('Install it with: apt-get update && apt-get install -y chromium fonts-noto-cjk')
    console.log('(or point CHROME_PATH at a Chrome/Chromium binary)')
    console.log('0 passed, 1 failed')
    process.exit(1)
  }
  if (flag('--build') || !fs.existsSync(path.join(DIST, 'index.html'))) {
    try {
      await taroBuild('h5', { skipIfPresent: !flag('--build') })
    } catch (e) {
      console.log(e.message)
      console.log('0 passed, 1 failed')
      process.exit(1)
    }
  }

  const { tests, loadErrors } = await loadSpecs(grep)
  const passportNumbers = seededPassportNumbers()
  if (passportNumbers.length === 0) {
    console.log('No passport numbers found in mock/seed.ts (passportNumber: \'...\'): the console check would check nothing.')
    console.log('0 passed, 1 failed')
    process.exit(1)
  }
  const { chromium } = await import('playwright-core')
  // Serve a private copy: a rebuild started meanwhile empties dist/h5.
  let snapshot
  try {
    snapshot = await snapshotDir(DIST)
  } catch (e) {
    console.log(e.message)
    console.log('0 passed, 1 failed')
    process.exit(1)
  }
  const server = await startServer({ root: snapshot.dir, port: 0 })
  const baseUrl = server.url
  let browser
  try {
    browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS })
  } catch (e) {
    console.log(`Could not launch Chromium at ${CHROME_PATH}: ${e.message.split('\n')[0]}`)
    console.log('Install it with: apt-get update && apt-get install -y chromium fonts-noto-cjk')
    console.log('0 passed, 1 failed')
    await server.close()
    process.exit(1)
  }
  console.log(`e2e: ${tests.length} test(s) against ${baseUrl} (Chromium ${browser.version()})\n`)

  // Chromium takes its fake camera's file at launch: tests that film something share a second browser.
  const fakeCameraFile = path.join(snapshot.dir, '..', `fake-camera-${process.pid}.y4m`)
  let cameraBrowser = null
  const browserFor = async (t) => {
    if (!t.fakeCamera) return browser
    if (!cameraBrowser) {
      writeQrVideo(fakeCameraFile, null)
      cameraBrowser = await chromium.launch({ executablePath: CHROME_PATH, args: [...CHROME_ARGS, ...fakeCameraArgs(fakeCameraFile)] })
    }
    return cameraBrowser
  }

  let passed = 0
  let failed = 0
  let skipped = 0
  for (const { title, err } of loadErrors) {
    failed++
    console.log(`✗ ${title}`)
    printFailure(title, err, null, null)
  }

  for (const t of tests) {
    if (t.skip) {
      skipped++
      console.log(`- ${t.title} (skipped)`)
      continue
    }
    const started = Date.now()
    const helpers = makeHelpers(baseUrl)
    if (t.fakeCamera) helpers.fakeCameraFile = fakeCameraFile
    let context
    let page
    let error = null
    try {
      const testBrowser = await browserFor(t)
      context = await testBrowser.newContext(t.fakeCamera ? { ...CONTEXT_OPTIONS, permissions: ['camera'] } : CONTEXT_OPTIONS)
      context.setDefaultTimeout(ACTION_TIMEOUT)
      context.on('page', (p) => watchPage(p, helpers))
      page = await context.newPage()
      await withTimeout(
        Promise.resolve().then(() => t.run({ page, context, baseUrl, browser: testBrowser, helpers })),
        t.timeout || DEFAULT_TIMEOUT,
        `test "${t.name}"`
      )
    } catch (e) {
      error = e || new Error('test failed with a falsy error')
    }
    // Every test: no seeded passport number in the console (logs get copied into bug reports and tools).
    const leaks = passportLeaks(helpers.consoleMessages, passportNumbers)
    if (!error && leaks.length) error = new Error(`A passport number reached the console:\n${leaks.slice(0, 10).join('\n')}`)
    const took = Date.now() - started
    if (!error) {
      passed++
      console.log(`✓ ${t.title} (${ms(took)})`)
    } else {
      failed++
      console.log(`✗ ${t.title} (${ms(took)})`)
      let shot = null
      if (page && !page.isClosed()) {
        try {
          shot = await withTimeout(helpers.screenshot(page, t.name), 10_000, 'screenshot')
        } catch {}
      }
      printFailure(t.title, error, helpers, shot)
    }
    try {
      await withTimeout(context?.close() ?? Promise.resolve(), 10_000, 'closing the context')
    } catch {}
  }

  try {
    await withTimeout(browser.close(), 10_000, 'closing the browser')
    if (cameraBrowser) await withTimeout(cameraBrowser.close(), 10_000, 'closing the camera browser')
  } catch {}
  fs.rmSync(fakeCameraFile, { force: true })
  await server.close()
  if (tests.length + loadErrors.length === 0) {
    console.log(grep ? `no test matches --grep "${grep}"` : `no specs in ${path.relative(process.cwd(), SPECS_DIR)}`)
    failed = failed || 1
  }
  console.log(skipped ? `(${skipped} skipped)` : '')
  console.log(`${passed} passed, ${failed} failed`)
  process.exit(failed ? 1 : 0)
}

if (isMain(import.meta.url)) {
  main().catch((e) => {
    console.log(e && e.stack ? e.stack : String(e))
    console.log('0 passed, 1 failed')
    process.exit(1)
  })
}
