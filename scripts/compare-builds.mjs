#!/usr/bin/env node
/**
 * Two H5 builds compared on one page, cold loads taken alternately (A B, B A, ...) so that the machine's
 * drift falls on both: the page's main-thread blocking, as Lighthouse counts it but measured here rather
 * than simulated. A benchmark: it prints numbers, it asserts nothing.
 *
 *   node scripts/compare-builds.mjs <dirA> <dirB> [route] [loads]
 *   node scripts/compare-builds.mjs /tmp/h5-before dist/h5 pages/certificate/index 14
 *
 * Each build gets Alice as a returning holder (as Lighthouse does, bench-lighthouse.mjs); each load is
 * then a reload with the HTTP cache off, traced for 2.5 s. Per load: "blocking" sums max(0, 4 x task - 50 ms)
 * over the page's main-thread tasks (Lighthouse's TBT with its 4x CPU slowdown, unsimulated), "after FCP"
 * the same from the first contentful paint on, "busy" the tasks' plain total. Medians are printed, with the
 * spread of the loads (min–max). On a 2-core machine single loads of one build spread widely: use 12 loads or more.
 *
 * Real-backend builds (TARO_APP_API=http) need a mock server each (`PORT=4020 npx tsx mock/server.ts`, the
 * other build built for and served on another port): one phone per holder, so with a shared server each
 * side's load would find Alice bound to the other side's key and bind her again.
 */
import { chromium } from 'playwright-core'
import { prepareReturningHolder } from './bench-lighthouse.mjs'
import { startServer, isMain } from './serve.mjs'
import { CHROME_PATH } from './chromium.mjs'

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
/** Median and spread of one figure over the loads, rounded to ms. */
const summary = (xs) => ({ median: Math.round(median(xs)), min: Math.round(Math.min(...xs)), max: Math.round(Math.max(...xs)) })

/** Blocking figures of one traced load (ms). */
function blockingOf(traceEvents) {
  const start = traceEvents.find((e) => e.name === 'ResourceSendRequest').ts
  const parse = traceEvents.find((e) => e.name === 'ParseHTML' && e.ts > start)
  const fcp = traceEvents.find((e) => e.name === 'firstContentfulPaint' && e.ts > start)?.ts ?? start
  const seen = new Set()
  const tasks = traceEvents.filter(
    (e) =>
      e.ph === 'X' &&
      e.pid === parse.pid &&
      e.tid === parse.tid &&
      e.ts >= start &&
      (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
      // Nested task events share a start: count each task once.
      !seen.has(e.ts) &&
      seen.add(e.ts)
  )
  let blocking = 0
  let afterFcp = 0
  let busy = 0
  for (const task of tasks) {
    const ms = task.dur / 1000
    const over = Math.max(0, 4 * ms - 50)
    busy += ms
    blocking += over
    if (task.ts >= fcp) afterFcp += over
  }
  return { blocking, afterFcp, busy }
}

export async function compareBuilds(dirs, route = '', loads = 12) {
  const servers = await Promise.all(dirs.map((root) => startServer({ root, port: 0 })))
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: ['--no-sandbox', '--headless'] })
  try {
    const sides = []
    for (const server of servers) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
      const page = await context.newPage()
      await prepareReturningHolder(page, server.url)
      await page.goto('about:blank')
      sides.push({ context, page, server, samples: [] })
    }
    for (let load = 0; load < loads; load++) {
      for (const side of load % 2 ? [...sides].reverse() : sides) {
        const cdp = await side.context.newCDPSession(side.page)
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
        await browser.startTracing(side.page, { categories: ['devtools.timeline', 'loading', 'toplevel'] })
        await side.page.goto(`${side.server.url}#/${route}`)
        await side.page.waitForTimeout(2500)
        const { traceEvents } = JSON.parse((await browser.stopTracing()).toString())
        await side.page.goto('about:blank')
        await cdp.detach()
        side.samples.push(blockingOf(traceEvents))
      }
    }
    return sides.map((side, i) => ({
      dir: dirs[i],
      blocking: summary(side.samples.map((s) => s.blocking)),
      afterFcp: summary(side.samples.map((s) => s.afterFcp)),
      busy: summary(side.samples.map((s) => s.busy)),
      loads: side.samples.length
    }))
  } finally {
    await browser.close()
    for (const server of servers) await server.close()
  }
}

if (isMain(import.meta.url)) {
  const [dirA, dirB, route = '', loads = '12'] = process.argv.slice(2)
  if (!dirA || !dirB) {
    console.error('usage: node scripts/compare-builds.mjs <dirA> <dirB> [route] [loads]')
    process.exit(2)
  }
  const results = await compareBuilds([dirA, dirB], route, Number(loads) || 12)
  console.log(`#/${route} — medians of ${results[0].loads} cold loads each, taken alternately`)
  const shown = ({ median, min, max }) => `${median} ms (${min}–${max})`
  for (const r of results) console.log(`${r.dir}: blocking ${shown(r.blocking)}, after FCP ${shown(r.afterFcp)}, busy ${shown(r.busy)}`)
}
