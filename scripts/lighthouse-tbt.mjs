#!/usr/bin/env node
/**
 * Where a page's Total Blocking Time comes from in Lighthouse's own simulation: which simulated tasks count,
 * and by how much. A diagnostic: it prints numbers, it asserts nothing.
 *
 *   node scripts/lighthouse-tbt.mjs [h5 dir] [route] [runs]
 *   node scripts/lighthouse-tbt.mjs dist/h5 pages/certificate/index 3
 *
 * Lighthouse reports TBT as the mean of two estimates over one simulated timeline: blocking after its
 * optimistic FCP and blocking after its pessimistic FCP (each the end of a graph of what it takes the first
 * paint to need: the parser-loaded scripts' evaluation, the first parse, layout and paint). A task counts
 * its part past that FCP over 50 ms. So a task that the first paint needs, but that runs late in the whole
 * timeline (because tasks the FCP graph leaves out run before it), counts too: the "gap" line lists those.
 *
 * Set-up as the bench's (bench-lighthouse.mjs): a persistent profile, Alice a returning holder, Lighthouse
 * with its default mobile settings and her storage kept. Runs Lighthouse on home once, then `runs` times on
 * the route, as the bench measures a page after others. Uses Lighthouse's LANTERN_DEBUG timings.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePort, prepareReturningHolder } from './bench-lighthouse.mjs'
import { startServer } from './serve.mjs'
import { CHROME_PATH } from './chromium.mjs'

process.env.LANTERN_DEBUG = '1'
const [dir = 'dist/h5', route = 'pages/certificate/index', runsArg = '3'] = process.argv.slice(2)

const { default: lighthouse } = await import('lighthouse')
// The same module instance Lighthouse simulates with, so its recorded timings are there to read.
const Lantern = await import('../node_modules/lighthouse/core/lib/lantern/lantern.js')
const { chromium } = await import('playwright-core')
const timings = Lantern.Simulation.Simulator.allNodeTimings

const server = await startServer({ root: dir, port: 0 })
const port = await freePort()
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'wic-lighthouse-tbt-'))
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROME_PATH,
  headless: true,
  args: [`--remote-debugging-port=${port}`],
  viewport: { width: 390, height: 844 },
  locale: 'en-US'
})

const lastEnd = (label) => Math.max(...[...(timings.get(label)?.values() ?? [])].map((t) => t.endTime))
const blocking = (start, end, from, to) => {
  if (end - start < 50 || end < from || start > to) return 0
  const clipped = Math.min(end, to) - Math.max(start, from)
  return clipped < 50 ? 0 : clipped - 50
}
const describe = (node) =>
  [
    ...[...node.getEvaluateScriptURLs()].map((u) => u.split('/').pop()),
    ...node.childEvents
      .filter((e) => e.dur > 2000)
      .slice(0, 3)
      .map((e) => e.name)
  ].join(' ')

try {
  const page = context.pages()[0] ?? (await context.newPage())
  await prepareReturningHolder(page, server.url)
  await page.goto('about:blank')
  for (const [i, target] of ['', ...Array(Number(runsArg)).fill(route)].entries()) {
    timings.clear()
    const { lhr } = await lighthouse(`${server.url}#/${target}`, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      disableStorageReset: true
    })
    const metric = (id) => Math.round(lhr.audits[id].numericValue)
    console.log(
      `\n${target || 'home'}: performance ${Math.round(lhr.categories.performance.score * 100)}, FCP ${metric('first-contentful-paint')} ms, ` +
        `LCP ${metric('largest-contentful-paint')} ms, TBT ${metric('total-blocking-time')} ms, benchmarkIndex ${Math.round(lhr.environment.benchmarkIndex)}`
    )
    if (i === 0) continue
    const optimisticFcp = lastEnd('optimisticFirstContentfulPaint')
    const pessimisticFcp = lastEnd('pessimisticFirstContentfulPaint')
    const [optimisticTti, pessimisticTti] = [lastEnd('optimisticInteractive'), lastEnd('pessimisticInteractive')]
    console.log(`  simulated FCP: optimistic ${Math.round(optimisticFcp)} ms, pessimistic ${Math.round(pessimisticFcp)} ms`)
    console.log('  start   sim  (seen)  after opt. FCP  after pess. FCP  task')
    const timeline = [...(timings.get('pessimisticTotalBlockingTime') ?? [])].filter(([n]) => n.type === 'cpu').sort((a, b) => a[1].startTime - b[1].startTime)
    let sums = [0, 0]
    for (const [node, t] of timeline) {
      if (t.endTime - t.startTime <= 50) continue
      const afterOptimistic = blocking(t.startTime, t.endTime, optimisticFcp, pessimisticTti)
      const afterPessimistic = blocking(t.startTime, t.endTime, pessimisticFcp, optimisticTti)
      sums = [sums[0] + afterOptimistic, sums[1] + afterPessimistic]
      const seen = (node.endTime - node.startTime) / 1000
      console.log(
        `  ${String(Math.round(t.startTime)).padStart(5)} ${String(Math.round(t.endTime - t.startTime)).padStart(5)} (${seen.toFixed(1).padStart(5)})` +
          ` ${String(Math.round(afterOptimistic)).padStart(14)} ${String(Math.round(afterPessimistic)).padStart(16)}  ${describe(node)}`
      )
    }
    console.log(`  sums ${Math.round(sums[0])} and ${Math.round(sums[1])} ms: TBT ≈ ${Math.round((sums[0] + sums[1]) / 2)} ms`)
    // Tasks before the app's script that the optimistic FCP graph leaves out: they delay that script in the
    // whole timeline, and so push its end past the FCP Lighthouse estimates.
    const inFcpGraph = new Set([...(timings.get('optimisticFirstContentfulPaint')?.keys() ?? [])].map((n) => n.id))
    const app = timeline.find(([n]) => [...n.getEvaluateScriptURLs()].some((u) => /\/js\/app\./.test(u)))
    const gap = timeline.filter(([n, t]) => app && t.startTime < app[1].startTime && !inFcpGraph.has(n.id))
    const gapMs = gap.reduce((sum, [, t]) => sum + t.endTime - t.startTime, 0)
    console.log(
      `  gap: ${Math.round(gapMs)} ms of tasks before the app's script outside the FCP graph (${gap.map(([n]) => describe(n) || 'unnamed').join(', ') || 'none'})`
    )
  }
} finally {
  await context.close().catch(() => {})
  await server.close()
  fs.rmSync(profile, { recursive: true, force: true })
}
