// Privacy: HR meets the privacy notice before the application form, declines (and is told why the form
// cannot be filled), agrees, fills an application with a known passport number, leaves and resumes the
// draft, submits and views the case. The number is masked on screen until the toggle shows it, and at the
// end it is nowhere in localStorage, sessionStorage, IndexedDB, cookies or the console, in any letter case.
// A second test withdraws consent from Me: the drafts on the phone go and the form asks again.
import { seededPassportNumbers } from '../helpers.mjs'
import { field, nutButton, signInAs, startJohnsForm } from '../flows.mjs'

const PASSPORT = 'K7Q40Z218'
const MASKED = 'K7*****18'
const NOTICE = /How we use your personal information/

/** Everything the browser keeps for this origin, as text: the storages, IndexedDB names, cookies. */
async function everythingStored(page, context) {
  const inPage = await page.evaluate(async () => {
    const dump = (storage) => Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`)
    const databases = typeof indexedDB.databases === 'function' ? (await indexedDB.databases()).map((d) => `${d.name}@${d.version}`) : []
    return { local: dump(localStorage), session: dump(sessionStorage), indexedDB: databases, documentCookie: document.cookie }
  })
  const cookies = (await context.cookies()).map((c) => `${c.name}=${c.value}`)
  return { ...inPage, cookies }
}

/** Where `number` (in any letter case) appears: [] when nowhere. */
function findings(number, places) {
  const found = []
  for (const [where, texts] of Object.entries(places)) {
    for (const text of [texts].flat()) if (String(text).toUpperCase().includes(number)) found.push(`${where}: ${String(text).slice(0, 80)}…`)
  }
  return found
}

export const tests = [
  {
    name: 'privacy: consent before the form, the passport number masked on screen, and in no storage or console message',
    timeout: 150_000,
    run: async ({ page, context, helpers }) => {
      const { assert } = helpers
      await signInAs(page, helpers, /Zhang Wei \(HR, Lanzhou New Energy\)/)

      // The notice comes first: a labelled modal dialog with the focus inside, and no form behind it.
      await startJohnsForm(page, helpers)
      const dialog = page.getByRole('dialog', { name: NOTICE })
      await dialog.waitFor()
      await dialog.getByText('Passport number and expiry date').waitFor()
      await dialog.getByRole('heading', { name: 'How long it is kept' }).waitFor()
      assert.equal(await page.getByText(/^Step 1 of/).count(), 0, 'no form before consent')
      assert.ok(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]')), 'focus is in the notice')
      let violations = await helpers.axe(page)
      assert.equal(violations.length, 0, helpers.formatViolations(violations))

      // Escape is "Not now": a clear screen, and the notice again on request.
      await page.keyboard.press('Escape')
      await page.getByRole('heading', { name: 'This form needs your consent' }).waitFor()
      await page.getByText(/Nothing you saved earlier has been deleted/).waitFor()
      assert.equal(await page.getByText(/^Step 1 of/).count(), 0)
      await nutButton(page, 'Read the notice again').click()
      await helpers.agreeToPrivacy(page)

      // The form, with a known passport number.
      await page.getByText(/^Step 1 of \d: Personal details$/).waitFor()
      await page.getByRole('radio', { name: 'Male', exact: true }).click()
      await field(page, 'Date of birth').fill('1980-02-03')
      await field(page, "Applicant's phone").fill('13912345678')
      await nutButton(page, 'Next').click()
      await page.getByText(/^Step 2 of \d: Passport$/).waitFor()
      await field(page, 'Passport number').fill(PASSPORT)
      await field(page, 'Passport expiry date').fill('2031-01-01')

      // Saved as a draft on the phone: the app closes and the draft is resumed.
      await page.reload()
      await helpers.waitForApp(page)
      await helpers.goto(page, 'packages/apply/pages/drafts/index')
      const card = page.getByRole('group', { name: /John Smith · New work and residence permits/ })
      await nutButton(card, 'Resume').click()
      await page.getByText(/^Step 2 of \d: Passport$/).waitFor()
      assert.equal(await field(page, 'Passport number').inputValue(), PASSPORT)
      await nutButton(page, 'Next').click()

      await page.getByText(/^Step 3 of \d: Work and stay$/).waitFor()
      await field(page, 'Contract starts').fill('2026-12-01')
      await field(page, 'Contract ends').fill('2028-11-30')
      await field(page, 'Annual salary (10,000 RMB)').fill('40')
      await field(page, 'Home address in China').fill('Room 1203, Building 5, Chengguan District, Lanzhou')
      await nutButton(page, 'Next').click()
      await page.getByText(/^Step \d of \d: Materials$/).waitFor()
      await nutButton(page, 'Next').click()

      // The review: masked by default, shown only after the toggle, masked again after Hide.
      await page.getByText(/^Step \d of \d: Review and submit$/).waitFor()
      await page.getByText(MASKED).waitFor()
      assert.equal(await page.getByText(PASSPORT).count(), 0, 'masked by default')
      await page.getByRole('button', { name: 'Show passport number' }).click()
      await page.getByText(PASSPORT).waitFor()
      await page.getByRole('button', { name: 'Hide passport number' }).click()
      await page.getByText(MASKED).waitFor()
      assert.equal(await page.getByText(PASSPORT).count(), 0, 'masked again')
      violations = await helpers.axe(page, { context: '.passport-number' })
      assert.equal(violations.length, 0, helpers.formatViolations(violations))

      await nutButton(page, 'Submit application').click()
      await nutButton(page, 'Submit anyway').click()
      await page.getByText('Application submitted').waitFor()
      const reference = (await page.getByText(/^Reference /).textContent()).match(/Reference (\S+?)\./)[1]
      await page.getByRole('button', { name: 'Open the case', exact: true }).click()
      await page.getByText(new RegExp(`John Smith · .* · ${reference}`)).waitFor()
      const onScreen = await page.evaluate(() => document.body.innerText)
      assert.deepEqual(findings(PASSPORT, { 'case detail': onScreen }), [])

      // Nothing holds the number in plain text: storages, IndexedDB, cookies, console.
      const stored = await everythingStored(page, context)
      const consoleTexts = helpers.consoleMessages.map((m) => `${m.type} ${m.text}`)
      assert.ok(stored.local.length > 3, `the app did keep things: ${stored.local.map((e) => e.split('=')[0]).join(', ')}`)
      const places = { localStorage: stored.local, sessionStorage: stored.session, indexedDB: stored.indexedDB, cookies: [...stored.cookies, stored.documentCookie], console: consoleTexts }
      assert.deepEqual(findings(PASSPORT, places), [])
      for (const seeded of seededPassportNumbers()) assert.deepEqual(findings(seeded, places), [], `seeded ${seeded.slice(0, 2)}…`)
      // The drafts and the demo backend are there, sealed.
      const entry = (key) => stored.local.find((e) => e.startsWith(`${key}=`)) ?? ''
      assert.match(entry('wic.drafts'), /wic-seal:1:/)
      assert.match(entry('wic.mock.v1'), /wic-seal:1:/)
      assert.deepEqual(helpers.pageErrors, [])
    }
  },
  {
    name: 'privacy: withdrawing consent in Me deletes the drafts on this phone, and the form asks again',
    timeout: 120_000,
    run: async ({ page, helpers }) => {
      const { assert } = helpers
      await signInAs(page, helpers, /Zhang Wei \(HR, Lanzhou New Energy\)/)
      await startJohnsForm(page, helpers)
      await helpers.agreeToPrivacy(page)
      await page.getByText(/^Step 1 of \d: Personal details$/).waitFor()
      await field(page, 'Date of birth').fill('1980-02-03')
      await helpers.goto(page, 'packages/apply/pages/drafts/index')
      await page.getByRole('group', { name: /John Smith · New work and residence permits/ }).waitFor()

      await helpers.goto(page, 'pages/me/index')
      await page.getByRole('heading', { name: 'Privacy' }).waitFor()
      await page.getByText(/^You agreed to the privacy notice \(version \d+\) on \d{4}-\d\d-\d\d\.$/).waitFor()
      await nutButton(page, 'Withdraw consent').click()
      await page.getByRole('alert').filter({ hasText: 'Withdraw consent and delete the drafts on this phone?' }).waitFor()
      await nutButton(page, 'Withdraw and delete drafts').click()
      await page.getByRole('status').filter({ hasText: 'Consent withdrawn. Drafts with passport details were deleted from this phone.' }).waitFor()
      assert.equal(await page.evaluate(() => localStorage.getItem('wic.drafts')), null)

      await helpers.goto(page, 'packages/apply/pages/drafts/index')
      // The drafts page was opened earlier too and Taro keeps it, stacked under the new one: look at the top one.
      await page.getByText('No drafts on this phone.').last().waitFor()
      await startJohnsForm(page, helpers)
      await page.getByRole('dialog', { name: NOTICE }).waitFor()
      assert.deepEqual(helpers.pageErrors, [])
    }
  }
]
