// H5 as an installed app: the service worker precaches the build, so a reload with no network at all still
// opens the certificate with its live code and says it is the copy saved on the phone.
import { signInAs } from '../flows.mjs'

/** Waits until the service worker has precached the build and activated (it installs after the page has loaded). */
async function workerActivated(page) {
  await page.evaluate(() => navigator.serviceWorker.ready)
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated')
}

export const tests = [
  {
    name: 'offline start: a reload with the network off opens the certificate from the service worker',
    timeout: 90_000,
    run: async ({ page, context, helpers }) => {
      const { assert } = helpers
      await signInAs(page, helpers, /Alice Martin — Foreign talent/)
      await helpers.goto(page, 'pages/certificate/index')
      await page.getByText('BHKJ-2026-0007').waitFor()
      await workerActivated(page)
      // The manifest links the reader's language and is served (installable).
      const manifest = await page.evaluate(async () => {
        const href = document.querySelector('link[rel="manifest"]').href
        return (await fetch(href)).json()
      })
      assert.equal(manifest.name, 'Work in China')
      assert.ok(manifest.icons.some((i) => i.sizes === '512x512'))

      await context.setOffline(true)
      await page.reload()
      await helpers.waitForApp(page)
      // The page came from the worker's cache: the network is off, and the worker controls it.
      assert.equal(await page.evaluate(() => navigator.onLine), false)
      assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the reload was not served by the service worker')
      await page.getByText('BHKJ-2026-0007').waitFor()
      await page.getByText(/^You are offline\. This is the copy saved on this phone on \d{4}-\d\d-\d\d \d\d:\d\d \(Beijing time\)/).waitFor()
      const code = page.locator('[data-qr-text][data-qr-purpose="hospital"]')
      await code.waitFor()
      assert.match(await code.getAttribute('data-qr-text'), /^WIC1\./)

      // Guides open offline too (another route's files, never opened online in this session).
      await page.evaluate(() => {
        location.hash = '#/pages/guides/index'
      })
      await page.getByRole('heading', { level: 1 }).filter({ visible: true }).first().waitFor()
      assert.deepEqual(helpers.pageErrors, [])
      await context.setOffline(false)
    }
  }
]
