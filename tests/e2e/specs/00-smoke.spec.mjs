// Smoke test: the H5 build boots in a phone-sized Chromium without crashing.
export const tests = [
  {
    name: 'app loads, has <html lang> and renders #app without uncaught errors',
    run: async ({ page, baseUrl, helpers }) => {
      const { assert } = helpers
      const res = await page.goto(baseUrl, { waitUntil: 'domcontentloaded' })
      assert.ok(res && res.ok(), `GET ${baseUrl} answered ${res && res.status()}`)

      const lang = await page.evaluate(() => document.documentElement.getAttribute('lang'))
      assert.ok(lang && lang.trim(), '<html> has no lang attribute')

      // #app must show something visible (an element with a box and text/image) within 15 s.
      await helpers.waitForApp(page, { timeout: 15_000 })

      // Give late scripts (lazy page chunks, i18n, mock backend) a moment to throw.
      await page.waitForLoadState('load')
      await page.waitForTimeout(500)

      assert.equal(helpers.pageErrors.length, 0, `uncaught page error(s):\n${helpers.pageErrors.map((e) => e.stack || e.message).join('\n')}`)
    }
  }
]
