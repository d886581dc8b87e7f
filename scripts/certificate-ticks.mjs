#!/usr/bin/env node
/**
 * The certificate page's work while its live code is on screen: per 6 seconds, the timer tasks (the
 * countdown and the code's renewal), their median and longest, the page thread's busy time, and style,
 * layout and paint. A diagnostic: it prints numbers, it asserts nothing. Give it H5 builds to alternate:
 *
 *   node scripts/certificate-ticks.mjs /tmp/h5-before dist/h5
 */
import { chromium } from 'playwright-core'
import { prepareReturningHolder } from './bench-lighthouse.mjs'
import { startServer } from './serve.mjs'
import { CHROME_PATH } from './chromium.mjs'

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['dist/h5']
const ROUNDS = 3
const WINDOW_MS = 6000
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0

const browser = await chromium.launch({ executablePath: CHROME_PATH, args: ['--no-sandbox', '--headless'] })
try {
  for (const [pass, dir] of [...dirs, ...dirs].entries()) {
    const server = await startServer({ root: dir, port: 0 })
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, locale: 'en-US' })
    try {
      const page = await context.newPage()
      await prepareReturningHolder(page, server.url)
      await page.waitForTimeout(3000) // past the page's start
      console.log(`${dir} (pass ${pass >= dirs.length ? 2 : 1})`)
      for (let round = 0; round < ROUNDS; round++) {
        await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel'] })
        await page.waitForTimeout(WINDOW_MS)
        const { traceEvents: events } = JSON.parse((await browser.stopTracing()).toString())
        const timers = events.filter((e) => e.name === 'TimerFire' && e.ph === 'X')
        const thread = timers[0]?.tid
        const onThread = (names) => events.filter((e) => e.ph === 'X' && e.tid === thread && names.includes(e.name))
        const ms = (list) => list.reduce((sum, e) => sum + e.dur, 0) / 1000
        const timerMs = timers.map((e) => e.dur / 1000)
        console.log(
          `  ${timers.length} timer tasks, median ${median(timerMs).toFixed(2)} ms, longest ${Math.max(0, ...timerMs).toFixed(2)} ms;` +
            ` busy ${ms(onThread(['RunTask', 'ThreadControllerImpl::RunTask'])).toFixed(1)} ms;` +
            ` style, layout and paint ${ms(onThread(['UpdateLayoutTree', 'Layout', 'Paint'])).toFixed(1)} ms`
        )
      }
    } finally {
      await context.close()
      await server.close()
    }
  }
} finally {
  await browser.close()
}
