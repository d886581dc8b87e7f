// HR files the Gansu one-thing bundle for John Smith with the optional social insurance, reloads in the
// middle, resumes the draft from the drafts list, submits; John then sees the case in his own list.
const nutButton = (scope, text) => scope.locator('.nut-button', { hasText: text })
const field = (page, label) => page.locator('.apply-field', { has: page.getByText(label, { exact: true }) }).locator('input').first()

async function switchOn(input) {
  for (let attempt = 0; attempt < 5 && !(await input.isChecked()); attempt++) {
    await input.click({ force: true })
    await input.page().waitForTimeout(300)
  }
  if (!(await input.isChecked())) throw new Error('the switch did not turn on after five taps')
}

async function signInAs(page, helpers, name) {
  await helpers.goto(page, 'packages/account/pages/sign-in/index')
  await page.getByRole('button', { name }).click()
  await page.getByText(/^Hello, /).waitFor()
}

export const tests = [
  {
    name: 'apply: HR files a Gansu bundle with social insurance, reloads midway, resumes the draft and submits; the applicant sees it',
    run: async ({ page, helpers }) => {
      const { assert } = helpers
      await signInAs(page, helpers, /Zhang Wei \(HR, Lanzhou New Energy\)/)

      await helpers.goto(page, 'packages/apply/pages/start/index')
      await page.getByRole('radio', { name: 'John Smith · GBR' }).click()
      const insurance = page.locator('.apply-start__matter', { hasText: 'Social insurance registration' })
      // The matters are drawn again once the employee is picked: the switch is set on the list as drawn then.
      await page.getByRole('radio', { name: 'John Smith · GBR', checked: true }).waitFor()
      // Under load the first tap can land while Taro's switch is still being wired (it is a custom element):
      // tap again, as a person would, until it shows on; then it must stay on.
      await switchOn(insurance.locator('input').first())
      await nutButton(page, 'Start the form').click()
      // The privacy notice comes before any passport or personal field.
      await helpers.agreeToPrivacy(page)

      // Step 1: personal details (name and nationality are already known)
      await page.getByText('Step 1 of 5: Personal details').waitFor()
      assert.equal(await field(page, 'Full name (as in the passport)').inputValue(), 'John Smith')
      await page.getByRole('radio', { name: 'Male', exact: true }).click()
      await field(page, 'Date of birth').fill('1980-02-03')
      await field(page, "Applicant's phone").fill('13912345678')
      await nutButton(page, 'Next').click()

      // Step 2: an invalid passport number is caught on its field
      await page.getByText('Step 2 of 5: Passport').waitFor()
      await field(page, 'Passport number').fill('5333-8000!')
      await field(page, 'Passport expiry date').fill('2031-01-01')
      await nutButton(page, 'Next').click()
      await page.getByText(/Use only the letters A–Z and the digits 0–9/).waitFor()
      await field(page, 'Passport number').fill('533380006')

      // The app is closed in the middle: nothing is lost.
      await page.reload()
      await helpers.waitForApp(page)
      await helpers.goto(page, 'packages/apply/pages/drafts/index')
      const card = page.getByRole('group', { name: /John Smith · New work and residence permits/ })
      await card.waitFor()
      await nutButton(card, 'Resume').click()
      await page.getByText('Step 2 of 5: Passport').waitFor()
      assert.equal(await field(page, 'Passport number').inputValue(), '533380006')
      await nutButton(page, 'Next').click()

      // Step 3: work and stay, including the optional social insurance
      await page.getByText('Step 3 of 5: Work and stay').waitFor()
      await field(page, 'Contract starts').fill('2026-12-01')
      await field(page, 'Contract ends').fill('2028-11-30')
      await field(page, 'Annual salary (10,000 RMB)').fill('40')
      await field(page, 'Home address in China').fill('Room 1203, Building 5, Chengguan District, Lanzhou')
      await field(page, 'Insurance from (month, YYYY-MM)').fill('2026-12')
      const violations = await helpers.axe(page)
      assert.equal(violations.length, 0, helpers.formatViolations(violations))
      await nutButton(page, 'Next').click()

      // Materials: shared material listed once for the matters it serves
      await page.getByText('Step 4 of 5: Materials').waitFor()
      await page.getByText(/Given once for 2 matters/).first().waitFor()
      await nutButton(page, 'Next').click()

      await page.getByText('Step 5 of 5: Review and submit').waitFor()
      await page.getByText('53*****06').waitFor()
      await nutButton(page, 'Submit application').click()
      // The materials were skipped: the form names the required ones still missing before it files anything.
      const ask = page.getByRole('alertdialog', { name: 'Submit without these required materials?' })
      await ask.waitFor()
      assert.ok((await ask.getByRole('listitem').count()) > 0, 'the missing materials are named')
      await nutButton(ask, 'Submit anyway').click()
      await page.getByText('Application submitted').waitFor()
      const reference = (await page.getByText(/^Reference /).textContent()).match(/Reference (\S+?)\./)[1]
      assert.ok(reference, 'a case reference is shown')

      // The applicant sees the case filed for him.
      await signInAs(page, helpers, /John Smith — Foreign talent/)
      await helpers.goto(page, 'packages/apply/pages/start/index')
      await page.getByText('Applications filed for you').waitFor()
      await page.getByRole('group', { name: new RegExp(reference) }).waitFor()
      assert.equal(helpers.pageErrors.length, 0, helpers.pageErrors.map((e) => e.message).join('\n'))
    }
  }
]
