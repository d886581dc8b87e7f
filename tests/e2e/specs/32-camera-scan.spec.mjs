// The verifier's camera on H5: Chromium films a QR code made at test time (its fake camera device), the
// screen reads it and verifies the holder's live code; a picture with no readable code is said in words.
import { writeQrVideo } from '../fakeCamera.mjs'
import { nutButton, signInAs } from '../flows.mjs'

async function holdersLiveCode(page, helpers) {
  await signInAs(page, helpers, /Alice Martin — Foreign talent/)
  await helpers.goto(page, 'pages/certificate/index')
  const code = page.locator('[data-qr-text][data-qr-purpose="hospital"]')
  await code.waitFor()
  const text = await code.getAttribute('data-qr-text')
  await helpers.goto(page, 'pages/me/index')
  await nutButton(page, 'Sign out').click()
  await page.getByText('Sign in to see your applications and certificate.').waitFor()
  return text
}

async function atHospitalDesk(page, helpers) {
  await signInAs(page, helpers, /Triage desk, Beihai People’s Hospital/)
  await helpers.goto(page, 'packages/verify/pages/scan/index')
  await page.getByText(/^Revocation list of /).waitFor()
}

export const tests = [
  {
    name: 'camera scan: the desk films the holder’s live code and it is verified',
    fakeCamera: true,
    timeout: 90_000,
    run: async ({ page, helpers }) => {
      const { assert } = helpers
      const code = await holdersLiveCode(page, helpers)
      assert.match(code, /^WIC1\./)
      await atHospitalDesk(page, helpers)

      writeQrVideo(helpers.fakeCameraFile, code)
      await nutButton(page, 'Scan code').click()
      const dialog = page.getByRole('dialog', { name: "Point the camera at the holder's code" })
      await dialog.waitFor()
      await page.getByRole('alert').filter({ hasText: 'Genuine and current' }).waitFor()
      await dialog.waitFor({ state: 'detached' })
      // The camera is released once the code is read.
      assert.equal(await page.evaluate(() => document.querySelectorAll('video').length), 0)
      assert.deepEqual(helpers.pageErrors, [])
    }
  },
  {
    name: 'camera scan: a picture with no readable code says so and keeps the paste box',
    fakeCamera: true,
    timeout: 90_000,
    run: async ({ page, helpers }) => {
      await atHospitalDesk(page, helpers)
      writeQrVideo(helpers.fakeCameraFile, null)
      await nutButton(page, 'Scan code').click()
      await page.getByRole('dialog').waitFor()
      await page
        .getByRole('status')
        .filter({ hasText: /^No code could be read: the picture was too dark, blurred or too far away/ })
        .waitFor({ timeout: 40_000 })
      await page.locator('input.verify__input').first().waitFor()
    }
  }
]
