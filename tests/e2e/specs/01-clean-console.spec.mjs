// A cold H5 load says nothing in the console: no error, no warning, no failed request (a favicon included).
const ROUTES = ['pages/home/index', 'pages/guides/index', 'pages/certificate/index', 'pages/me/index']

export const tests = ROUTES.map((route) => ({
  name: `clean console: a cold load of ${route}`,
  run: async ({ page, helpers }) => {
    const { assert } = helpers
    await helpers.goto(page, route)
    // Late messages too: the service worker registers and precaches after the load.
    await page.evaluate(() => navigator.serviceWorker.ready)
    await page.waitForTimeout(500)
    const noisy = helpers.consoleMessages.filter((m) => m.type === 'error' || m.type === 'warning')
    assert.deepEqual(
      noisy.map((m) => `${m.type}: ${m.text} ${m.location || ''}`),
      []
    )
    assert.deepEqual(helpers.networkErrors, [])
    assert.deepEqual(helpers.pageErrors, [])
  }
}))
