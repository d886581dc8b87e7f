// One clock: the officer simulator's demo clock moves the due state HR sees on a case, not only the
// demo backend's dates.
import { nutButton, signInAs } from '../flows.mjs'

const DETAIL = 'packages/cases/pages/detail/index?id=case-gs-2'
const OFFICER = 'packages/dev/pages/officer/index'

async function officerDoes(page, helpers, action, expectedState) {
  await helpers.goto(page, OFFICER)
  const kase = page.getByRole('group', { name: /^John Smith GS-\d{4}-\d{6}$/ })
  await kase.waitFor()
  await nutButton(kase, action).first().click()
  await kase.locator(`[data-testid="state-case-gs-2-gs-work-permit"][data-state="${expectedState}"]`).waitFor()
}

const promised = (page) => page.getByRole('group', { name: /^Promised by: / }).filter({ visible: true })

export const tests = [
  {
    name: 'demo clock: moving it past the promised date makes HR’s case overdue, and back again',
    timeout: 120_000,
    run: async ({ page, helpers }) => {
      const { assert } = helpers
      await signInAs(page, helpers, /Zhang Wei \(HR, Lanzhou New Energy\)/)
      // case-gs-2 is in pre-review in the seed; the office accepts it, which starts its clock.
      await officerDoes(page, helpers, 'Accept (on-site step done)', 'accepted')

      await helpers.goto(page, DETAIL)
      const label = await promised(page).getAttribute('aria-label')
      const [, dueDate] = /^Promised by: (\d{4}-\d\d-\d\d)\. 15 working days left$/.exec(label) ?? []
      assert.ok(dueDate, label)

      // Ten days after the promised date, at 10:00 in Beijing.
      const later = new Date(Date.parse(`${dueDate}T10:00:00+08:00`) + 10 * 86_400_000)
      const laterDay = new Date(later.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)
      await helpers.goto(page, OFFICER)
      await page.getByLabel('Mock clock').fill(`${laterDay}T10:00:00+08:00`)
      await page.getByRole('button', { name: 'Set', exact: true }).filter({ visible: true }).click()
      await page.getByText(`Now: ${laterDay} 10:00 (Beijing time) · frozen`).waitFor()

      await helpers.goto(page, DETAIL)
      await page
        .getByRole('group', { name: `Promised by: ${dueDate}. Overdue` })
        .filter({ visible: true })
        .waitFor()

      // Real time again: due, with days left.
      await helpers.goto(page, OFFICER)
      await nutButton(page, 'Use real time').click()
      await page.getByText(/· real time$/).waitFor()
      await helpers.goto(page, DETAIL)
      await page
        .getByRole('group', { name: `Promised by: ${dueDate}. 15 working days left` })
        .filter({ visible: true })
        .waitFor()
      assert.deepEqual(helpers.pageErrors, [])
    }
  }
]
