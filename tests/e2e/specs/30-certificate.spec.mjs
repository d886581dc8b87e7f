// The digital talent certificate: the holder's screen works offline, and a hospital desk verifies
// the live code (accepts a fresh one, rejects a tampered one and one older than the 60-second window).
import { createRequire } from 'node:module'

const nutButton = (scope, text) => scope.locator('.nut-button', { hasText: text })
const JSQR_SCRIPT = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js')

async function signInAs(page, helpers, accountName) {
  await helpers.goto(page, 'packages/account/pages/sign-in/index')
  await page.getByRole('button', { name: accountName }).click()
  await page.getByText(/^Hello, /).waitFor()
}

async function signOut(page, helpers) {
  await helpers.goto(page, 'pages/me/index')
  await nutButton(page, 'Sign out').click()
  await page.getByText('Sign in to see your applications and certificate.').waitFor()
}

/** The holder's live code text, as the QR carries it (exposed for tests on the code's container). */
async function liveCodeText(page, purpose = 'hospital') {
  const code = page.locator(`[data-qr-text][data-qr-purpose="${purpose}"]`)
  await code.waitFor()
  return code.getAttribute('data-qr-text')
}

/** The live code as a camera reads it: jsQR, in the page, over a screenshot of the code as shown. */
async function liveCodeOnScreen(page, purpose = 'hospital') {
  await page.addScriptTag({ path: JSQR_SCRIPT })
  const shot = await page.locator(`[data-qr-purpose="${purpose}"] img`).screenshot()
  return page.evaluate(async (png) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob())
    const canvas = document.createElement('canvas')
    canvas.width = bitmap.width
    canvas.height = bitmap.height
    const context = canvas.getContext('2d')
    context.drawImage(bitmap, 0, 0)
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
    const read = window.jsQR(data, canvas.width, canvas.height)
    return read && new TextDecoder().decode(Uint8Array.from(read.binaryData))
  }, shot.toString('base64'))
}

/** Puts the in-app mock backend offline (its fault settings persist in local storage; applied on the next load). */
async function mockBackendOffline(page) {
  await page.evaluate(() => {
    const key = 'wic.mock.v1'
    const outer = JSON.parse(localStorage.getItem(key))
    const wrapped = outer && typeof outer === 'object' && typeof outer.data === 'string'
    const state = JSON.parse(wrapped ? outer.data : localStorage.getItem(key))
    state.faults = { ...state.faults, offline: true }
    localStorage.setItem(key, wrapped ? JSON.stringify({ ...outer, data: JSON.stringify(state) }) : JSON.stringify(state))
  })
}

async function pasteAndCheck(page, text) {
  await page.locator('input.verify__input').first().fill(text)
  await nutButton(page, 'Check code').click()
}

export const tests = [
  {
    name: 'certificate: the holder opens it with no network and it still shows, with a live code',
    run: async ({ page, context, helpers }) => {
      const { assert } = helpers
      await signInAs(page, helpers, /Alice Martin — Foreign talent/)
      await helpers.goto(page, 'pages/certificate/index')
      await page.getByText('BHKJ-2026-0007').waitFor()
      const online = await liveCodeText(page)
      assert.match(online, /^WIC1\./)
      assert.equal(await liveCodeOnScreen(page), online)
      await page.getByText(/New code in \d+ seconds/).waitFor()
      // Masked by default, revealed on request.
      await page.getByText('19*****13').waitFor()
      assert.equal(await page.getByText('19FR48213').count(), 0)

      const violations = await helpers.axe(page)
      assert.equal(violations.length, 0, helpers.formatViolations(violations))

      // Network gone: the browser and the backend. The page still opens from what the phone saved.
      await mockBackendOffline(page)
      await page.reload({ waitUntil: 'domcontentloaded' })
      await context.setOffline(true)
      await helpers.waitForApp(page)
      await page.getByText('BHKJ-2026-0007').waitFor()
      await page.getByText(/You are offline\. This is the copy saved on this phone/).waitFor()
      const offline = await liveCodeText(page)
      assert.match(offline, /^WIC1\./)

      // Leave and come back while offline (hash navigation, no network).
      await page.evaluate(() => {
        location.hash = '#/pages/home/index'
      })
      await page.getByText(/^Hello, Alice Martin/).waitFor()
      await page.evaluate(() => {
        location.hash = '#/pages/certificate/index'
      })
      await page.getByText('BHKJ-2026-0007').waitFor()
      await nutButton(page, 'Show passport number').click()
      await page.getByText('19FR48213').waitFor()
      assert.equal(helpers.pageErrors.length, 0)
      await context.setOffline(false)
    }
  },
  {
    name: 'certificate: the hospital desk accepts a fresh code, rejects a tampered one and one older than the window',
    timeout: 120_000,
    run: async ({ page, helpers }) => {
      const { assert } = helpers
      // A controllable clock (running at normal speed) so the "too old" case needs no real wait.
      await page.clock.install()

      await signInAs(page, helpers, /Alice Martin — Foreign talent/)
      await helpers.goto(page, 'pages/certificate/index')
      const code = await liveCodeText(page, 'hospital')
      await signOut(page, helpers)

      await signInAs(page, helpers, /Triage desk, Beihai People’s Hospital/)
      await helpers.goto(page, 'packages/verify/pages/scan/index')
      await page.getByText(/^Revocation list of /).waitFor()

      // No camera on this machine: a clear message, and the paste box (a filmed code: 32-camera-scan).
      await nutButton(page, 'Scan code').click()
      await page.getByText(/^No camera could be opened on this device/).waitFor()

      await pasteAndCheck(page, code)
      const accepted = page.getByRole('alert').filter({ hasText: 'Genuine and current' })
      await accepted.waitFor()
      assert.match(await accepted.innerText(), /Hospital green channel/)
      assert.match(await accepted.innerText(), /Alice Martin/)
      assert.match(await accepted.innerText(), /Revocation list checked as of \d{4}-\d\d-\d\d \d\d:\d\d/)
      await nutButton(page, 'Record green-channel visit').click()
      await page.getByText(/^Recorded at/).waitFor()

      const violations = await helpers.axe(page)
      assert.equal(violations.length, 0, helpers.formatViolations(violations))

      // One character changed inside the holder's signature.
      const i = code.length - 10
      const tampered = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1)
      await pasteAndCheck(page, tampered)
      await page.getByRole('alert').filter({ hasText: 'Not genuine' }).waitFor()

      // Three minutes later the same code is past the 60-second window (a screenshot).
      await page.clock.fastForward('03:00')
      await pasteAndCheck(page, code)
      await page.getByRole('alert').filter({ hasText: 'Code too old' }).waitFor()
      assert.equal(helpers.pageErrors.length, 0)
    }
  },
  {
    name: "certificate: the phone's key is a non-extractable WebCrypto key (not in storage), and the holder is offered no code text to copy",
    run: async ({ page, helpers }) => {
      const { assert } = helpers
      await signInAs(page, helpers, /Alice Martin — Foreign talent/)
      await helpers.goto(page, 'pages/certificate/index')
      await liveCodeText(page, 'hospital')
      const key = await page.evaluate(
        () =>
          new Promise((resolve, reject) => {
            const open = indexedDB.open('wic-device-key')
            open.onerror = () => reject(open.error)
            open.onsuccess = () => {
              const get = open.result.transaction('keys').objectStore('keys').get('device')
              get.onsuccess = () => {
                const pair = get.result
                resolve(
                  pair && {
                    type: pair.privateKey.type,
                    algorithm: pair.privateKey.algorithm.name,
                    extractable: pair.privateKey.extractable,
                    publicKey: pair.publicKey
                  }
                )
              }
              get.onerror = () => reject(get.error)
            }
          })
      )
      assert.deepEqual({ ...key, publicKey: undefined }, { type: 'private', algorithm: 'Ed25519', extractable: false, publicKey: undefined })
      // The script cannot read the secret out, and no storage entry holds a device key.
      const exported = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const open = indexedDB.open('wic-device-key')
            open.onsuccess = () => {
              const get = open.result.transaction('keys').objectStore('keys').get('device')
              get.onsuccess = () =>
                crypto.subtle.exportKey('pkcs8', get.result.privateKey).then(
                  () => resolve('exported'),
                  (e) => resolve(e.name)
                )
            }
          })
      )
      assert.equal(exported, 'InvalidAccessError')
      assert.equal(await page.evaluate(() => localStorage.getItem('wic.deviceKey')), null)
      // The certificate the backend bound is bound to this public key.
      const bound = await page.evaluate(() => globalThis.__wicMockBackend.state.certificates.find((c) => c.userId === 'u-alice').devicePublicKey)
      assert.equal(bound, key.publicKey)
      assert.equal(await page.getByRole('button', { name: /copy code/i }).count(), 0)
      assert.equal(helpers.pageErrors.length, 0)
    }
  }
]
