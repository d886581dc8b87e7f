/**
 * Lighthouse (mobile: emulated mid-range phone, simulated slow 4G and 4x CPU slowdown — Lighthouse's
 * default) on the H5 build served gzipped from 127.0.0.1: performance, accessibility and best practices
 * for the home page, a guide and the certificate. A benchmark: it prints scores, it asserts nothing.
 *
 * The certificate needs a signed-in holder, so Chromium runs with a persistent profile: Alice signs in
 * once in it and opens her certificate once (which binds it to this phone's key), and Lighthouse keeps that
 * storage (disableStorageReset) while it measures each page cold (its own cache clearing still applies).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import net from 'node:net'
import { signIn } from './bench-screens.mjs'

export const LIGHTHOUSE_PAGES = [
  { name: 'home', route: '' },
  { name: 'guide (Beihai one-window bundle)', route: 'packages/guides/pages/detail/index?region=beihai&type=bundle&id=bh-one-window-2020' },
  { name: 'certificate', route: 'pages/certificate/index', signedIn: true }
]

export const CATEGORIES = ['performance', 'accessibility', 'best-practices']

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** Scores 0-100 per page and category, plus the main timings, for each of LIGHTHOUSE_PAGES. */
/**
 * Alice signed in, as a returning holder's phone has her: the certificate already there and bound to the
 * phone's key. The first open makes the key and binds it (once per phone, like signing in); that is not
 * what people wait for at a desk.
 */
export async function prepareReturningHolder(page, baseUrl) {
  await signIn(page, baseUrl, /Alice Martin — Foreign talent/)
  await page.goto(`${baseUrl}#/pages/certificate/index`)
  await page.locator('[data-qr-text]').waitFor({ timeout: 30_000 })
}

/**
 * Lighthouse on each page, `runs` times in a row: the run with the median performance score stands for
 * the page (single runs of one build spread by 10 points or more on a 2-core machine); every run's
 * performance score is kept in `performanceRuns`.
 */
export async function lighthouseScores({ baseUrl, chromePath, chromeArgs = [], runs = 1 }) {
  const { default: lighthouse } = await import('lighthouse')
  const { chromium } = await import('playwright-core')
  const port = await freePort()
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'wic-lighthouse-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath,
    headless: true,
    args: [...chromeArgs, `--remote-debugging-port=${port}`],
    viewport: { width: 390, height: 844 },
    locale: 'en-US'
  })
  const results = []
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await prepareReturningHolder(page, baseUrl)
    // Lighthouse opens its own tab; leave this one on a blank page so two app instances never share storage writes.
    await page.goto('about:blank')
    for (const target of LIGHTHOUSE_PAGES) {
      const url = `${baseUrl}#/${target.route}`
      const attempts = []
      for (let run = 0; run < runs; run++) attempts.push(await scorePage(lighthouse, url, port, target.name))
      const byPerformance = [...attempts].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1))
      results.push({ ...byPerformance[Math.floor(byPerformance.length / 2)], performanceRuns: attempts.map((a) => a.scores.performance) })
    }
  } finally {
    await context.close().catch(() => {})
    fs.rmSync(profile, { recursive: true, force: true })
  }
  return results
}

/** One Lighthouse run of one page: its scores, metrics and the audits short of full marks. */
async function scorePage(lighthouse, url, port, name) {
  const runner = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
    disableStorageReset: true
  })
  const lhr = runner.lhr
  const score = (id) => (lhr.categories[id] && lhr.categories[id].score !== null ? Math.round(lhr.categories[id].score * 100) : null)
  const audit = (id) => (lhr.audits[id] ? lhr.audits[id].numericValue : null)
  const failing = (id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id] && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .map((ref) => ref.id)
  return {
    name,
    url,
    finalUrl: lhr.finalDisplayedUrl,
    runtimeError: lhr.runtimeError ? lhr.runtimeError.message : null,
    // Lighthouse's own measure of this machine's speed (a fixed loop); its warnings include a slow host.
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    runWarnings: lhr.runWarnings ?? [],
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])),
    metrics: {
      fcpMs: audit('first-contentful-paint'),
      lcpMs: audit('largest-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      speedIndexMs: audit('speed-index')
    },
    failing: Object.fromEntries(CATEGORIES.map((c) => [c, failing(c)]))
  }
}
