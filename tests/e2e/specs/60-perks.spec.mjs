// Perks for certified talents: Alice books two half-price theatre tickets and gets a booking code; the
// box office checks her live certificate code and redeems the booking once; a second redemption of the
// same booking (with a fresh, genuine code) is refused. School admission follows the 1-25 June window.
const nutButton = (scope, text) => scope.locator('.nut-button', { hasText: text })

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

/** The holder's live theatre code text (the QR's content, exposed on its container for tests). */
async function theatreCode(page) {
  const code = page.locator('[data-qr-text][data-qr-purpose="theatre"]')
  await code.waitFor()
  return { text: await code.getAttribute('data-qr-text'), created: await code.getAttribute('data-qr-created') }
}

async function pasteAndCheck(page, text) {
  await page.locator('input.verify__input').first().fill(text)
  await nutButton(page, 'Check code').click()
  await page.getByText('Genuine and current').first().waitFor()
}

export const tests = [
  {
    name: 'perks: alice books two half-price theatre tickets; the box office redeems them once, a second redemption is refused',
    timeout: 180_000,
    run: async ({ page, helpers }) => {
      const { assert } = helpers
      // A controllable clock (running at normal speed): the holder's screen makes its next code without a real wait.
      await page.clock.install()
      await signInAs(page, helpers, /Alice Martin — Foreign talent/)

      // The hub: every perk, entitled now.
      await helpers.goto(page, 'packages/perks/pages/hub/index')
      await page.getByText(/Certificate BHKJ-2026-0007 is valid until/).waitFor()
      assert.ok((await page.getByText('Included in your certificate').count()) >= 8)
      let violations = await helpers.axe(page)
      assert.equal(violations.length, 0, helpers.formatViolations(violations))

      // The theatre: the phone route first, both prices, no cap per show, two tickets, a booking code with its QR.
      await helpers.goto(page, 'packages/perks/pages/theatre/index')
      const show = page.getByLabel('Beibu Gulf Symphony Night')
      await show.getByText('List price ¥180.00').waitFor()
      await show.getByText('Your price ¥90.00').waitFor()
      await page.getByText(/Demo data: the shows, prices and seats below are examples/).waitFor()
      await nutButton(show, 'Details and reservation').click()
      await nutButton(page, 'One ticket more').click()
      await page.getByText('Total ¥180.00 instead of ¥360.00').waitFor()
      await nutButton(page, 'Reserve 2 at 50% off').click()
      await page.getByText('Reserved. Show the booking code at the box office.').waitFor()
      const codeEl = page.locator('.perk-code').first()
      await codeEl.waitFor()
      const bookingCode = (await codeEl.innerText()).trim()
      assert.match(bookingCode, /^[A-Z0-9]{10}$/)
      await page
        .getByRole('img', { name: `QR code of booking ${bookingCode}` })
        .first()
        .waitFor()
      await page.getByText('2 × ¥90.00 (list ¥180.00)').waitFor()
      // No cap per show: another reservation for the same show stays open.
      assert.equal(await page.getByText(/maximum of 2|Limit: 2/).count(), 0)
      await page.waitForTimeout(400)
      violations = await helpers.axe(page)
      assert.equal(violations.length, 0, helpers.formatViolations(violations))

      // Two live codes from Alice's certificate screen: one now, one after the screen renews it (31 s later; a desk
      // takes a code for 60 s, so the first is still good when the box office checks it).
      await helpers.goto(page, 'pages/certificate/index')
      await page.getByRole('tab', { name: 'Theatre' }).click()
      const first = await theatreCode(page)
      assert.match(first.text, /^WIC1\./)
      await page.clock.fastForward('00:31')
      let second = await theatreCode(page)
      for (let i = 0; i < 20 && second.text === first.text; i++) {
        await page.waitForTimeout(250)
        second = await theatreCode(page)
      }
      assert.notEqual(second.text, first.text, 'the certificate screen did not renew its code')

      // The box office: check the code, enter the booking code, record it once.
      await signOut(page, helpers)
      await signInAs(page, helpers, /Box office, Beihai People’s Theatre/)
      await helpers.goto(page, 'packages/verify/pages/scan/index')
      await page.getByText(/^Revocation list of /).waitFor()
      await pasteAndCheck(page, first.text)
      await page.locator('input.verify__input').nth(1).fill(bookingCode)
      await nutButton(page, 'Record ticket discount').click()
      await page
        .getByRole('status')
        .filter({ hasText: /Recorded at/ })
        .waitFor()

      // A second redemption of the same booking, with a fresh genuine code: refused by the backend.
      await nutButton(page, 'Clear').click()
      await pasteAndCheck(page, second.text)
      await page.locator('input.verify__input').nth(1).fill(bookingCode)
      await nutButton(page, 'Record ticket discount').click()
      await page.getByRole('alert').filter({ hasText: 'These tickets were already used, or the booking was cancelled.' }).waitFor()

      // Alice sees her tickets as collected.
      await signOut(page, helpers)
      await signInAs(page, helpers, /Alice Martin — Foreign talent/)
      await helpers.goto(page, 'packages/perks/pages/theatre/index')
      await page.getByLabel(`Booking code ${bookingCode}`).getByText('Tickets collected').waitFor()
      assert.equal(helpers.pageErrors.length, 0)
    }
  },
  {
    name: 'perks: school admission is closed outside 1-25 June (a draft is kept) and open inside it',
    timeout: 120_000,
    run: async ({ page, helpers }) => {
      const { assert } = helpers
      // Outside the window: 20 November 2026, Beijing time.
      await helpers.goto(page, 'packages/dev/pages/officer/index')
      await page.locator('input.officer__input').first().fill('2026-11-20T10:00:00+08:00')
      await nutButton(page, 'Set').first().click()
      await page.getByText(/Now: 2026-11-20 10:00 \(Beijing time\)/).waitFor()

      await signInAs(page, helpers, /Alice Martin — Foreign talent/)
      await helpers.goto(page, 'packages/perks/pages/school/index')
      await page.getByText('Applications open on 2027-06-01, in 193 days. You can prepare a draft now: it is kept on this phone.').waitFor()
      await page.getByText('The S&T bureau forwards applications to the education office by 2027-07-05.').waitFor()
      // The parent's passport number and photos wait for consent to the privacy notice.
      await nutButton(page, 'Read the privacy notice').click()
      await helpers.agreeToPrivacy(page)
      const parent = page.getByLabel('Parent', { exact: true })
      // Parent inputs in form order: name, passport, employer, position, phone, employer's address, home address.
      await parent.locator('input.perk-field__input').nth(6).fill('Yinhai District, Beihai')
      await page.getByText(/Draft saved on this phone/).waitFor()
      await nutButton(page, 'Add a child').click()
      await page.getByLabel('Child 2').waitFor()
      await nutButton(page, 'Submitting opens on 2027-06-01').waitFor()
      const violations = await helpers.axe(page)
      assert.equal(violations.length, 0, helpers.formatViolations(violations))

      // The draft survives a reload.
      await page.reload()
      await helpers.waitForApp(page)
      await page.getByLabel('Child 2').waitFor()

      // Inside the window: 10 June 2026.
      await helpers.goto(page, 'packages/dev/pages/officer/index')
      await page.locator('input.officer__input').first().fill('2026-06-10T10:00:00+08:00')
      await nutButton(page, 'Set').first().click()
      await page.getByText(/Now: 2026-06-10 10:00 \(Beijing time\)/).waitFor()
      await helpers.goto(page, 'packages/perks/pages/school/index')
      await page.getByText('Applications are open until 2026-06-25 (16 days left).').waitFor()
      await nutButton(page, 'Submit to my employer and the S&T bureau').waitFor()
      assert.equal(helpers.pageErrors.length, 0)
    }
  }
]
