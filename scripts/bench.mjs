#!/usr/bin/env node
/**
 * `npm run bench`: size figures (and a render time) for both builds, against the budgets. Prints numbers;
 * it is a benchmark, not a test, so it exits 0 even when something is OVER (pass --fail-over to change that).
 *
 *   npm run bench                        measure dist/weapp and dist/h5 (builds whichever is missing)
 *   npm run bench -- --build             rebuild both first (one after the other)
 *   npm run bench -- --no-render         skip the headless Chromium render timing
 *   npm run bench -- --runs 7            render timing: median of 7 cold loads (default 5: on a noisy 2-core
 *                                        machine single loads of one build spread by ±80 ms)
 *   npm run bench -- --no-lighthouse     skip Lighthouse (home, a guide, the certificate; ~40 s a run)
 *   npm run bench -- --lighthouse-runs 7 Lighthouse runs per page (default 5: Lighthouse's docs/variability.md
 *                                        has the median of five runs spread about half as much as one run):
 *                                        the median run is reported, every run's score printed
 *   npm run bench -- --lighthouse-http   also Lighthouse on the build for a real backend (dist/h5-http, built
 *                                        when missing), with the mock server as a process of its own: what
 *                                        the app costs a phone when the backend is not in the page
 *   npm run bench -- --json out.json     where to write the figures (default .tmp/bench.json)
 *   npm run bench -- --fail-over         exit 1 when a budget is exceeded
 *   npm run bench -- --no-render --no-lighthouse   sizes only (the quickest figures)
 *   npm run bench -- --help              this text
 *
 * Budgets
 *   weapp main package  <= 750 KiB   (everything outside the subpackage roots listed in dist/weapp/app.json)
 *   weapp subpackage    <= 1024 KiB  each
 *   weapp total         <= 2048 KiB  (our limit; WeChat itself refuses a main package or one subpackage over 2 MiB)
 *   H5 first-load JS    <= 175 KB    gzip -9 of the <script src> files in dist/h5/index.html, 1 KB = 1000 B
 * Weapp sizes count the files WeChat uploads (its extension whitelist: no *.LICENSE.txt), the same way
 * ci.checkCodeQuality's PACKAGE_SIZE_LIMIT does (checked: identical bytes), 1 KiB = 1024 B.
 *
 * Programmatic use:
 *   import { collectBench, writeBenchJson, printBench } from './scripts/bench.mjs'
 *   const figures = await collectBench({ render: false }); writeBenchJson(figures)   // -> .tmp/bench.json
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { startServer, isMain } from './serve.mjs'
import { snapshotDir, waitForForeignBuilds } from './start.mjs'
import { CHROME_ARGS, CHROME_PATH } from './chromium.mjs'

const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const WEAPP = path.join(ROOT_DIR, 'dist', 'weapp')
const H5 = path.join(ROOT_DIR, 'dist', 'h5')
const WEAPP_HTTP = path.join(ROOT_DIR, 'dist', 'weapp-http')
const H5_HTTP = path.join(ROOT_DIR, 'dist', 'h5-http')
/** Where --lighthouse-http runs the mock server (built into dist/h5-http as its API base URL). */
const HTTP_BACKEND_PORT = 4319
export const DEFAULT_JSON = path.join(ROOT_DIR, '.tmp', 'bench.json')

export const BUDGETS = {
  // 720 until axios became the HTTP layer: its core adds ~40 KiB (built-in adapters stripped; docs/decisions/axios-http-layer.md).
  weappMainKiB: 750,
  weappSubpackageKiB: 1024,
  weappTotalKiB: 2048,
  h5FirstLoadJsGzipKB: 175,
  /** Lighthouse: 95 for every category, but performance on the embedded demo build (it ships the backend) 90. */
  lighthouseMin: 95,
  lighthouseEmbeddedPerformanceMin: 90,
  certificateOfflineMs: 300,
  dashboard5000Ms: 200,
  /** Long tasks (>= 50 ms) while scrolling the 5,000-case list. */
  dashboardScrollLongTasks: 0
}

/** Extensions WeChat uploads (miniprogram-ci's built-in MiniProgramWhiteList). */
const WECHAT_EXTS = new Set([
  '.wxml',
  '.wxss',
  '.wxs',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.svg',
  '.js',
  '.json',
  '.cer',
  '.mp3',
  '.aac',
  '.m4a',
  '.mp4',
  '.wav',
  '.ogg',
  '.silk',
  '.wasm',
  '.br',
  '.cur',
  '.ico',
  '.skel',
  '.crt',
  '.cert'
])

function walk(dir, base = dir, out = []) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, ent.name)
    if (ent.isDirectory()) walk(abs, base, out)
    else if (ent.isFile()) out.push({ rel: path.relative(base, abs).split(path.sep).join('/'), abs, size: fs.statSync(abs).size })
  }
  return out
}

const gzipSize = (buf) => zlib.gzipSync(buf, { level: 9 }).length
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null
}

export function weappSizes(dir = WEAPP) {
  const appJson = JSON.parse(fs.readFileSync(path.join(dir, 'app.json'), 'utf8'))
  const roots = (appJson.subPackages || appJson.subpackages || []).map((p) => p.root.replace(/^\.?\/+/, '').replace(/\/*$/, '/'))
  const packages = Object.fromEntries(roots.map((r) => [r, 0]))
  let main = 0
  let skipped = 0
  for (const f of walk(dir)) {
    if (!WECHAT_EXTS.has(path.extname(f.rel).toLowerCase())) {
      skipped += f.size
      continue
    }
    const root = roots.find((r) => f.rel.startsWith(r))
    if (root) packages[root] += f.size
    else main += f.size
  }
  const total = main + Object.values(packages).reduce((a, b) => a + b, 0)
  return { main, subpackages: packages, total, notUploaded: skipped }
}

export function h5Sizes(dir = H5) {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8')
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1])
  const cssHrefs = [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => /rel\s*=\s*["']?stylesheet/i.test(tag))
    .map((tag) => (tag.match(/href\s*=\s*["']?([^"'\s>]+)/i) || [])[1])
    .filter(Boolean)
  const local = (u) => {
    if (/^(https?:)?\/\//i.test(u)) return null
    return path.join(dir, decodeURIComponent(u.split(/[?#]/)[0]).replace(/^\.?\//, ''))
  }
  const measure = (u) => {
    const file = local(u)
    if (!file || !fs.existsSync(file)) return { file: u, missing: true, raw: 0, gzip: 0 }
    const buf = fs.readFileSync(file)
    return { file: path.relative(dir, file).split(path.sep).join('/'), raw: buf.length, gzip: gzipSize(buf) }
  }
  const firstLoad = srcs.map(measure)
  const firstLoadCss = cssHrefs.map(measure)
  const allJs = walk(dir)
    .filter((f) => /\.m?js$/.test(f.rel))
    .map((f) => {
      const buf = fs.readFileSync(f.abs)
      return { file: f.rel, raw: buf.length, gzip: gzipSize(buf) }
    })
    .sort((a, b) => b.gzip - a.gzip)
  return {
    firstLoadJs: firstLoad,
    firstLoadJsGzip: firstLoad.reduce((a, f) => a + f.gzip, 0),
    firstLoadJsRaw: firstLoad.reduce((a, f) => a + f.raw, 0),
    firstLoadCssGzip: firstLoadCss.reduce((a, f) => a + f.gzip, 0),
    firstLoadCss,
    jsChunks: allJs.length,
    allJsGzip: allJs.reduce((a, f) => a + f.gzip, 0),
    largestJs: allJs.slice(0, 5)
  }
}

/**
 * Cold loads of the H5 home in headless Chromium, each in a fresh context (empty cache), served gzipped.
 * "app render" = first moment #app has a visible element with text or an image (observed with a
 * MutationObserver + rAF from navigation start); FCP = the browser's first-contentful-paint.
 * No CPU/network throttling: a local, relative figure to compare builds, not a field metric.
 */
export async function renderTiming({ runs = 5, dir = H5 } = {}) {
  if (!fs.existsSync(CHROME_PATH)) return { skipped: `no Chromium at ${CHROME_PATH} (apt-get install -y chromium fonts-noto-cjk)` }
  const { chromium } = await import('playwright-core')
  const snapshot = await snapshotDir(dir)
  const server = await startServer({ root: snapshot.dir, port: 0 })
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS })
  const samples = []
  let screens = null
  try {
    const { certificateOfflineTiming, dashboardTiming } = await import('./bench-screens.mjs')
    screens = {}
    for (const [name, run] of [
      ['certificateOffline', certificateOfflineTiming],
      ['certificateOfflineReturning', (b, url, n) => certificateOfflineTiming(b, url, n, { reloadsBefore: 1 })],
      ['dashboard5000', dashboardTiming]
    ]) {
      try {
        screens[name] = await run(browser, server.url, runs)
      } catch (e) {
        screens[name] = { error: e.message.split('\n')[0] }
      }
    }
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en-US' })
      await context.addInitScript(() => {
        const visible = (root) => {
          for (const el of root.querySelectorAll('*')) {
            const r = el.getBoundingClientRect()
            if (r.width < 1 || r.height < 1) continue
            const cs = getComputedStyle(el)
            if (cs.visibility === 'hidden' || cs.display === 'none') continue
            if ((el.textContent || '').trim() || /^(IMG|svg|CANVAS)$/.test(el.tagName)) return true
          }
          return false
        }
        const check = () => {
          if (window.__appRenderAt) return
          const app = document.getElementById('app')
          if (app && visible(app)) {
            // Record at the next frame: that is when it can be on screen.
            requestAnimationFrame(() => {
              window.__appRenderAt ??= performance.now()
            })
            mo.disconnect()
          }
        }
        const mo = new MutationObserver(check)
        mo.observe(document, { childList: true, subtree: true, attributes: true })
      })
      const page = await context.newPage()
      const pageErrors = []
      page.on('pageerror', (e) => pageErrors.push(e.message))
      const t0 = Date.now()
      await page.goto(server.url, { waitUntil: 'load' })
      try {
        await page.waitForFunction(() => window.__appRenderAt, null, { timeout: 30_000, polling: 50 })
      } catch (e) {
        throw new Error(`#app never rendered within 30 s${pageErrors.length ? ` - uncaught page error: ${pageErrors[0]}` : ''}`)
      }
      const r = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0]
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]
        return {
          appRender: window.__appRenderAt,
          fcp: fcp ? fcp.startTime : null,
          domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
          load: nav ? nav.loadEventEnd : null,
          transferred: performance.getEntriesByType('resource').reduce((a, e) => a + (e.transferSize || 0), 0) + (nav ? nav.transferSize : 0)
        }
      })
      r.wall = Date.now() - t0
      samples.push(r)
      await context.close()
    }
  } finally {
    await browser.close().catch(() => {})
    await server.close()
    snapshot.cleanup()
  }
  const pick = (k) => median(samples.map((s) => s[k]).filter((x) => typeof x === 'number'))
  return {
    screens,
    runs,
    appRenderMs: pick('appRender'),
    fcpMs: pick('fcp'),
    domContentLoadedMs: pick('domContentLoaded'),
    loadMs: pick('load'),
    transferredBytes: pick('transferred'),
    samples
  }
}

/** Measure everything available. Builds are the caller's business (see main()). */
export async function lighthouseFigures({ dir = H5, runs = 5 } = {}) {
  if (!fs.existsSync(CHROME_PATH)) return { skipped: `no Chromium at ${CHROME_PATH}` }
  const { lighthouseScores } = await import('./bench-lighthouse.mjs')
  const snapshot = await snapshotDir(dir)
  const server = await startServer({ root: snapshot.dir, port: 0 })
  try {
    const chromeArgs = CHROME_ARGS.filter((a) => a !== '--headless')
    return { runs, pages: await lighthouseScores({ baseUrl: server.url, chromePath: CHROME_PATH, chromeArgs, runs }) }
  } finally {
    await server.close()
    snapshot.cleanup()
  }
}

/** The mock backend as a server of its own (mock/server.ts), until the returned stop() is called. */
async function startHttpBackend(port = HTTP_BACKEND_PORT) {
  // A process group of its own: npx and tsx each start a child, and stop() must end all of them.
  const child = spawn('npx', ['tsx', 'mock/server.ts'], {
    cwd: ROOT_DIR,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true
  })
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the mock server did not start within 60 s')), 60_000)
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('Mock backend:')) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.on('exit', (code) => reject(new Error(`the mock server exited (${code})`)))
  })
  return { stop: () => process.kill(-child.pid, 'SIGTERM') }
}

/** What the mini-program sends to its render layer, measured by the weapp harness (tests/weapp/measure.ts). */
function weappSetDataFigures() {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT_DIR, 'tests', 'weapp', 'measure.ts'), '--json'], {
    cwd: ROOT_DIR,
    encoding: 'utf8',
    timeout: 300_000
  })
  try {
    return JSON.parse(run.stdout.trim().split('\n').pop())
  } catch {
    return { error: (run.stderr || run.stdout || 'no output').trim().split('\n').slice(-1)[0] }
  }
}

/** Lighthouse on dist/h5-http against the mock server in its own process. */
export async function lighthouseHttpFigures({ runs = 5 } = {}) {
  if (!fs.existsSync(path.join(H5_HTTP, 'index.html'))) return { skipped: 'no dist/h5-http (npm run bench -- --lighthouse-http builds it)' }
  const backend = await startHttpBackend()
  try {
    return await lighthouseFigures({ dir: H5_HTTP, runs })
  } finally {
    backend.stop()
  }
}

export async function collectBench({ render = true, runs = 5, lighthouse = render, lighthouseHttp = false, lighthouseRuns = 5 } = {}) {
  await waitForForeignBuilds() // a build in progress empties its dist folder
  const figures = { at: new Date().toISOString(), budgets: BUDGETS, weapp: null, h5: null, render: null }
  if (fs.existsSync(path.join(WEAPP, 'app.json'))) figures.weapp = weappSizes()
  // The build a real backend gets (TARO_APP_API=http): no mock backend inside.
  if (fs.existsSync(path.join(WEAPP_HTTP, 'app.json'))) figures.weappHttp = weappSizes(WEAPP_HTTP)
  if (fs.existsSync(path.join(H5, 'index.html'))) {
    figures.h5 = h5Sizes()
    if (render) {
      try {
        figures.render = await renderTiming({ runs })
      } catch (e) {
        figures.render = { error: e.message.split('\n')[0] }
      }
    }
    if (lighthouse) {
      try {
        figures.lighthouse = await lighthouseFigures({ runs: lighthouseRuns })
      } catch (e) {
        figures.lighthouse = { error: e.message.split('\n')[0] }
      }
    }
  }
  if (lighthouseHttp) {
    try {
      figures.lighthouseHttp = await lighthouseHttpFigures({ runs: lighthouseRuns })
    } catch (e) {
      figures.lighthouseHttp = { error: e.message.split('\n')[0] }
    }
  }
  if (fs.existsSync(path.join(WEAPP, 'app.json'))) figures.weappSetData = weappSetDataFigures()
  figures.over = overBudget(figures)
  return figures
}

export function overBudget(f) {
  const over = []
  if (f.weapp) {
    if (f.weapp.main / 1024 > BUDGETS.weappMainKiB) over.push('weapp main package')
    for (const [r, v] of Object.entries(f.weapp.subpackages)) if (v / 1024 > BUDGETS.weappSubpackageKiB) over.push(`weapp subpackage ${r}`)
    if (f.weapp.total / 1024 > BUDGETS.weappTotalKiB) over.push('weapp total')
  }
  if (f.weappHttp && f.weappHttp.main / 1024 > BUDGETS.weappMainKiB) over.push('weapp main package (real-backend build)')
  if (f.h5 && f.h5.firstLoadJsGzip / 1000 > BUDGETS.h5FirstLoadJsGzipKB) over.push('H5 first-load JS')
  const screens = f.render && f.render.screens
  if (screens && screens.certificateOffline && !(screens.certificateOffline.medianMs < BUDGETS.certificateOfflineMs)) over.push('certificate shown offline')
  if (screens && screens.dashboard5000 && !(screens.dashboard5000.medianMs < BUDGETS.dashboard5000Ms)) over.push('HR dashboard, 5,000 cases')
  if (screens?.dashboard5000?.scroll && screens.dashboard5000.scroll.longTasks > BUDGETS.dashboardScrollLongTasks)
    over.push('HR dashboard, 5,000 cases: long tasks while scrolling')
  for (const p of (f.lighthouse && f.lighthouse.pages) || []) {
    for (const [category, value] of Object.entries(p.scores)) if (!(value >= lighthouseBudget(category, false))) over.push(`Lighthouse ${category}: ${p.name}`)
  }
  for (const p of (f.lighthouseHttp && f.lighthouseHttp.pages) || []) {
    for (const [category, value] of Object.entries(p.scores))
      if (!(value >= lighthouseBudget(category, true))) over.push(`Lighthouse ${category}: ${p.name} (real-backend build)`)
  }
  for (const item of f.weappSetData?.over ?? []) over.push(item)
  return over
}

/** The embedded demo build ships its backend: its performance budget is lower than the real-backend build's. */
export function lighthouseBudget(category, realBackend) {
  return category === 'performance' && !realBackend ? BUDGETS.lighthouseEmbeddedPerformanceMin : BUDGETS.lighthouseMin
}

export function writeBenchJson(figures, file = DEFAULT_JSON) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, JSON.stringify(figures, null, 2) + '\n')
  return file
}

export function printBench(f) {
  const rows = []
  const kib = (b) => `${(b / 1024).toFixed(1)} KiB`
  const kb = (b) => `${(b / 1000).toFixed(1)} KB`
  const row = (what, value, budget, ok) => rows.push([what, value, budget ?? '', ok === undefined ? '' : ok ? 'OK' : 'OVER'])
  if (f.weapp) {
    const w = f.weapp
    row('weapp main package', kib(w.main), `<= ${BUDGETS.weappMainKiB} KiB`, w.main / 1024 <= BUDGETS.weappMainKiB)
    for (const [r, v] of Object.entries(w.subpackages))
      row(`weapp subpackage ${r}`, kib(v), `<= ${BUDGETS.weappSubpackageKiB} KiB`, v / 1024 <= BUDGETS.weappSubpackageKiB)
    row('weapp total', kib(w.total), `<= ${BUDGETS.weappTotalKiB} KiB`, w.total / 1024 <= BUDGETS.weappTotalKiB)
  } else row('weapp', 'no dist/weapp/app.json', '', undefined)
  if (f.weappHttp) {
    const w = f.weappHttp
    row('weapp main package, real-backend build (no mock)', kib(w.main), `<= ${BUDGETS.weappMainKiB} KiB`, w.main / 1024 <= BUDGETS.weappMainKiB)
    for (const [r, v] of Object.entries(w.subpackages))
      row(`  subpackage ${r}`, kib(v), `<= ${BUDGETS.weappSubpackageKiB} KiB`, v / 1024 <= BUDGETS.weappSubpackageKiB)
    row('  total', kib(w.total), `<= ${BUDGETS.weappTotalKiB} KiB`, w.total / 1024 <= BUDGETS.weappTotalKiB)
  }
  if (f.h5) {
    const h = f.h5
    row(
      `H5 first-load JS (${h.firstLoadJs.length} script${h.firstLoadJs.length === 1 ? '' : 's'}, gzip -9)`,
      kb(h.firstLoadJsGzip),
      `<= ${BUDGETS.h5FirstLoadJsGzipKB} KB`,
      h.firstLoadJsGzip / 1000 <= BUDGETS.h5FirstLoadJsGzipKB
    )
    for (const s of h.firstLoadJs) row(`  ${s.file}${s.missing ? ' (MISSING)' : ''}`, kb(s.gzip), `raw ${kb(s.raw)}`)
    if (h.firstLoadCss.length) row('H5 first-load CSS (gzip -9)', kb(h.firstLoadCssGzip), '(no budget)')
    row(`H5 all JS (${h.jsChunks} files, gzip -9)`, kb(h.allJsGzip), '(no budget)')
    row('H5 largest JS chunks (gzip -9):', '', '')
    for (const s of h.largestJs) row(`  ${s.file}`, kb(s.gzip), `raw ${kb(s.raw)}`)
  } else row('H5', 'no dist/h5/index.html', '', undefined)
  if (f.render) {
    const r = f.render
    if (r.skipped) row('H5 render timing', 'skipped', r.skipped)
    else if (r.error) row('H5 render timing', 'error', r.error)
    else {
      const t = (x) => (typeof x === 'number' ? `${Math.round(x)} ms` : 'n/a')
      row(`H5 home: #app rendered (median of ${r.runs} cold loads)`, t(r.appRenderMs), 'local, unthrottled, gzip')
      row('H5 home: first contentful paint', t(r.fcpMs), '')
      row('H5 home: load event', t(r.loadMs), '')
      if (r.transferredBytes) row('H5 home: bytes over the wire', kb(r.transferredBytes), '')
      const screen = (label, x, budget) =>
        x && x.error
          ? row(label, 'error', x.error)
          : x
            ? row(label, t(x.medianMs), budget, typeof x.medianMs === 'number' && x.medianMs < Number(budget.replace(/[^0-9]/g, '')))
            : undefined
      if (r.screens) {
        screen('H5 certificate shown offline, cold load (median)', r.screens.certificateOffline, '< 300 ms')
        const returning = r.screens.certificateOfflineReturning
        if (returning)
          row(
            '  the same on a phone that opened the app before (V8 code cache in use)',
            returning.error ? 'error' : t(returning.medianMs),
            returning.error ?? '(no budget)'
          )
        screen('H5 HR dashboard, 5,000 cases, first screen (median)', r.screens.dashboard5000, '< 200 ms')
        const scroll = r.screens.dashboard5000?.scroll
        if (scroll)
          row(
            `  scrolled through to the last case (${scroll.runs.length} runs): long tasks`,
            String(scroll.longTasks),
            `${BUDGETS.dashboardScrollLongTasks} (longest frame ${scroll.longestFrameMs} ms)`,
            scroll.longTasks <= BUDGETS.dashboardScrollLongTasks
          )
      }
    }
  }
  const lighthouseRows = (l, heading, realBackend) => {
    if (l.skipped) row(heading, 'skipped', l.skipped)
    else if (l.error) row(heading, 'error', l.error)
    else {
      row(`${heading}:`, '', '')
      for (const p of l.pages) {
        for (const [category, value] of Object.entries(p.scores)) {
          row(
            `  ${p.name}: ${category}`,
            value === null ? 'n/a' : String(value),
            `>= ${lighthouseBudget(category, realBackend)}`,
            value !== null && value >= lighthouseBudget(category, realBackend)
          )
        }
        if (p.performanceRuns?.length > 1) row(`  ${p.name}: performance, each run`, p.performanceRuns.join(' / '), '(the median run is shown)')
        const m = p.metrics
        const ms = (x) => (typeof x === 'number' ? `${Math.round(x)} ms` : 'n/a')
        row(`  ${p.name}: FCP / LCP / TBT`, `${ms(m.fcpMs)} / ${ms(m.lcpMs)} / ${ms(m.tbtMs)}`, `CLS ${typeof m.cls === 'number' ? m.cls.toFixed(3) : 'n/a'}`)
        for (const [category, ids] of Object.entries(p.failing)) if (ids.length) row(`    not full marks (${category})`, ids.slice(0, 4).join(', '), '')
        if (p.runtimeError) row(`  ${p.name}: runtime error`, p.runtimeError, '')
        // Lighthouse's 4x slowdown is meant for a fast desktop host; its benchmarkIndex says how fast this one was.
        if (typeof p.benchmarkIndex === 'number') row(`  ${p.name}: this machine's benchmarkIndex`, String(Math.round(p.benchmarkIndex)), '(median run)')
        for (const warning of p.runWarnings ?? []) row(`  ${p.name}: Lighthouse warns`, String(warning).slice(0, 100), '')
      }
    }
  }
  const runsNote = (l) => (l.runs > 1 ? `, median of ${l.runs} runs` : '')
  if (f.lighthouse) lighthouseRows(f.lighthouse, `Lighthouse (mobile, simulated slow 4G, 4x CPU${runsNote(f.lighthouse)})`, false)
  if (f.lighthouseHttp)
    lighthouseRows(f.lighthouseHttp, `Lighthouse, real-backend build (dist/h5-http; the mock server in its own process${runsNote(f.lighthouseHttp)})`, true)
  if (f.weappSetData?.rows) {
    row('weapp setData (the harness on dist/weapp):', '', '')
    for (const r of f.weappSetData.rows) row(`  ${r.what}`, r.value, r.budget ?? '', r.ok)
  } else if (f.weappSetData?.error) row('weapp setData', 'error', f.weappSetData.error)
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)))
  const line = '-'.repeat(widths.reduce((a, b) => a + b + 2, 0) + 4)
  console.log(line)
  for (const r of rows) console.log(`${r[0].padEnd(widths[0])}  ${r[1].padStart(widths[1])}  ${r[2].padEnd(widths[2])}  ${r[3]}`.trimEnd())
  console.log(line)
  if (f.weapp && f.weapp.notUploaded) console.log(`(weapp: ${kib(f.weapp.notUploaded)} of files WeChat does not upload, e.g. *.LICENSE.txt, left out)`)
  console.log("WeChat hard limits: main package 2 MiB, each subpackage 2 MiB; the 2048 KiB total is this project's own cap.")
}

async function main() {
  const argv = process.argv.slice(2)
  if (argv.includes('--help')) {
    // The usage is this file's header comment.
    const header = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]
    console.log(header.replace(/^#!.*\n\/\*\*\n/, '').replace(/^ \* ?/gm, ''))
    return
  }
  const val = (n) => {
    const i = argv.findIndex((a) => a === n || a.startsWith(n + '='))
    if (i < 0) return undefined
    return argv[i].includes('=') ? argv[i].slice(n.length + 1) : argv[i + 1]
  }
  const force = argv.includes('--build')
  const needWeapp = force || !fs.existsSync(path.join(WEAPP, 'app.json'))
  const needH5 = force || !fs.existsSync(path.join(H5, 'index.html'))
  const needH5Http = argv.includes('--lighthouse-http') && (force || !fs.existsSync(path.join(H5_HTTP, 'index.html')))
  const buildTimes = {}
  if (needWeapp || needH5 || needH5Http) {
    const { taroBuild } = await import('./start.mjs')
    try {
      if (needWeapp) buildTimes.weappMs = await taroBuild('weapp', { skipIfPresent: !force })
      if (needH5) buildTimes.h5Ms = await taroBuild('h5', { skipIfPresent: !force })
      if (needH5Http) {
        buildTimes.h5HttpMs = await taroBuild('h5', { env: { TARO_APP_API: 'http', TARO_APP_API_BASE_URL: `http://127.0.0.1:${HTTP_BACKEND_PORT}` } })
      }
      // The same build as `npm run build:weapp:http`, which the weapp harness runs against the mock server.
      if (force || !fs.existsSync(path.join(WEAPP_HTTP, 'app.json'))) {
        buildTimes.weappHttpMs = await taroBuild('weapp', { env: { TARO_APP_API: 'http', TARO_APP_API_BASE_URL: 'http://127.0.0.1:4010' } })
      }
      for (const k of Object.keys(buildTimes)) if (!buildTimes[k]) delete buildTimes[k]
    } catch (e) {
      console.error(e.message)
      process.exit(1)
    }
  }
  const runs = Math.max(1, Number(val('--runs')) || 5)
  const render = !argv.includes('--no-render')
  const figures = await collectBench({
    render,
    runs,
    lighthouse: render && !argv.includes('--no-lighthouse'),
    lighthouseHttp: argv.includes('--lighthouse-http'),
    lighthouseRuns: Math.max(1, Number(val('--lighthouse-runs')) || 5)
  })
  if (Object.keys(buildTimes).length) figures.buildTimes = buildTimes
  console.log()
  printBench(figures)
  if (Object.keys(buildTimes).length) {
    console.log(
      `build time: ${Object.entries(buildTimes)
        .map(([k, v]) => `${k.replace('Ms', '')} ${(v / 1000).toFixed(1)} s`)
        .join(', ')}`
    )
  }
  const out = writeBenchJson(figures, val('--json') ? path.resolve(val('--json')) : DEFAULT_JSON)
  console.log(`figures: ${path.relative(process.cwd(), out)}`)
  if (figures.over.length) console.log(`OVER budget: ${figures.over.join(', ')}`)
  process.exit(argv.includes('--fail-over') && figures.over.length ? 1 : 0)
}

if (isMain(import.meta.url)) {
  main().catch((e) => {
    console.error(e && e.stack ? e.stack : e)
    process.exit(1)
  })
}
