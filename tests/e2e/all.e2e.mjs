// Every spec module of tests/e2e/specs as Playwright tests: `<file> › <name>`, in file-name order. A spec
// exports `tests = [{ name, run, timeout?, skip?, fakeCamera? }]`; run() gets { page, context, baseUrl, browser, helpers }.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { test as base } from '@playwright/test'
import { makeHelpers, pageDiagnostics, passportLeaks, seededPassportNumbers, watchPage } from './helpers.mjs'

const SPECS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'specs')
const PASSPORT_NUMBERS = seededPassportNumbers()

const test = base.extend({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern: none here
  baseUrl: async ({}, use) => use(process.env.E2E_BASE_URL),
  /** Set for `fakeCamera` tests: the video the camera plays (helpers.fakeCameraFile). */
  fakeCameraFile: [undefined, { option: true }],
  helpers: async ({ context, baseUrl, fakeCameraFile }, use, testInfo) => {
    const helpers = makeHelpers(baseUrl)
    if (fakeCameraFile) helpers.fakeCameraFile = fakeCameraFile
    for (const page of context.pages()) watchPage(page, helpers)
    context.on('page', (page) => watchPage(page, helpers))
    await use(helpers)
    if (testInfo.status !== testInfo.expectedStatus) {
      const said = pageDiagnostics(helpers)
      if (said) await testInfo.attach('what the pages said', { body: said, contentType: 'text/plain' })
      return
    }
    // Every test: no seeded passport number in the console (logs get copied into bug reports and tools).
    const leaks = passportLeaks(helpers.consoleMessages, PASSPORT_NUMBERS)
    if (leaks.length) throw new Error(`A passport number reached the console:\n${leaks.slice(0, 10).join('\n')}`)
  }
})

function register(t, i) {
  const name = t.name || `test ${i + 1}`
  const body = async ({ page, context, baseUrl, browser, helpers }, testInfo) => {
    if (t.timeout) testInfo.setTimeout(t.timeout)
    await t.run({ page, context, baseUrl, browser, helpers })
  }
  // `fakeCamera` tests run in the "camera" project (playwright.config.mjs): a Chromium whose camera films a file.
  const details = t.fakeCamera ? { tag: '@camera' } : {}
  if (t.skip) test.skip(name, details, body)
  else test(name, details, body)
}

const files = fs
  .readdirSync(SPECS_DIR)
  .filter((f) => f.endsWith('.spec.mjs'))
  .sort()
for (const file of files) {
  const mod = await import(pathToFileURL(path.join(SPECS_DIR, file)).href)
  if (!Array.isArray(mod.tests)) throw new Error(`${file} does not export \`tests\` (an array of { name, run })`)
  test.describe(file.replace(/\.spec\.mjs$/, ''), () => {
    for (const [i, t] of mod.tests.entries()) {
      if (!t || typeof t.run !== 'function') throw new Error(`${file}: tests[${i}] has no run() function`)
      register(t, i)
    }
  })
}
