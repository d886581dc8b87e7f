// Progress tracking end to end: HR (hr.gansu) follows case-gs-2 from pre-review through a supplement,
// resubmission, acceptance, approval and issue, while the officer simulator plays the office. At each step
// the case detail shows the timeline and due dates, and the inbox gains a message.
const nutButton = (scope, text) => scope.locator('.nut-button', { hasText: text })
const DETAIL = 'packages/cases/pages/detail/index?id=case-gs-2'
const OFFICER = 'packages/dev/pages/officer/index'
const INBOX = 'packages/cases/pages/inbox/index'

async function signInAsGansuHr(page, helpers) {
  await helpers.goto(page, 'packages/account/pages/sign-in/index')
  await page.getByRole('button', { name: /Zhang Wei \(HR, Lanzhou New Energy\)/ }).click()
  await page.getByText(/Hello, Zhang Wei/).waitFor()
}

async function officerDoes(page, helpers, action, expectedState) {
  await helpers.goto(page, OFFICER)
  const kase = page.getByRole('group', { name: /^John Smith GS-\d{4}-\d{6}$/ })
  await kase.waitFor()
  await nutButton(kase, action).first().click()
  // The simulator says the state in words; the raw state is on the row for tests.
  await kase.locator(`[data-testid="state-case-gs-2-gs-work-permit"][data-state="${expectedState}"]`).waitFor()
}

async function unreadCount(page, helpers) {
  await helpers.goto(page, INBOX)
  const header = page.locator('.cases-header__sub')
  await header.waitFor()
  const text = (await header.textContent()) ?? ''
  const match = text.match(/(\d+) unread/)
  return match ? Number(match[1]) : 0
}

async function openDetail(page, helpers) {
  await helpers.goto(page, DETAIL)
  // The previous page may still be in the DOM for a moment: wait for the detail's own card.
  await page.locator('.cases-next >> visible=true').first().waitFor()
}

/** A valid 1x1 PNG: the H5 picker loads the image before handing it over. */
const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='

/**
 * The simulator's "done" toast (Taro's own, fading out with its text at low opacity) can outlive the
 * navigation: wait for it to go, and leave that transient system toast out of the check.
 */
async function axeClean(page, helpers) {
  await page
    .waitForFunction(
      () => [...document.querySelectorAll('.taro__toast')].every((el) => getComputedStyle(el).display === 'none' || el.getBoundingClientRect().width === 0),
      null,
      { timeout: 5_000 }
    )
    .catch(() => undefined)
  const violations = await helpers.axe(page, { context: { exclude: [['.taro__toast']] } })
  helpers.assert.equal(violations.length, 0, helpers.formatViolations(violations))
}

const stage = (page, re) => page.getByRole('listitem', { name: re })

export const tests = [
  {
    name: 'a case goes pre-review -> supplement -> resubmit -> approve -> issued, seen by HR',
    timeout: 180_000,
    run: async ({ page, helpers }) => {
      const { assert } = helpers
      await signInAsGansuHr(page, helpers)

      // 1. Pre-review: the clock has not started; the in-person visit is the next step.
      await openDetail(page, helpers)
      await stage(page, /^2\. Online pre-review: Now$/).waitFor()
      await page.getByText(/The clock starts the day after the office accepts/).waitFor()
      await page.getByText('Promised: 15 working days · Statutory limit: 90 working days').waitFor()
      await axeClean(page, helpers)
      let unread = await unreadCount(page, helpers)

      // 2. The office asks for a supplement: one notice, the clock paused, a message in the inbox.
      await officerDoes(page, helpers, 'Request supplement', 'supplement_requested')
      const afterRequest = await unreadCount(page, helpers)
      assert.ok(afterRequest > unread, `inbox ${unread} -> ${afterRequest}`)
      unread = afterRequest
      await page
        .getByRole('button', { name: /^New · Supplement · .*Please supplement your application/ })
        .first()
        .waitFor()

      await openDetail(page, helpers)
      await page.getByRole('heading', { name: 'Supplement notice' }).waitFor()
      await stage(page, /^2\. Online pre-review: Needs your attention$/).waitFor()
      await page.getByText('1 item still to answer').waitFor()

      // Answer the item with a photo (H5 file input), then resubmit. Photos of documents need consent first.
      await nutButton(page, 'Read the privacy notice').first().click()
      await helpers.agreeToPrivacy(page)
      const chooser = page.waitForEvent('filechooser')
      await nutButton(page, 'Upload a photo of it').click()
      const sheet = page.getByText('从相册选择')
      const picked = await Promise.race([chooser.then((c) => ({ c })), sheet.waitFor({ timeout: 10_000 }).then(() => null)])
      const fileChooser = picked ? picked.c : (await Promise.all([page.waitForEvent('filechooser'), sheet.click()]))[0]
      await fileChooser.setFiles({ name: 'medical.png', mimeType: 'image/png', buffer: Buffer.from(ONE_PIXEL_PNG, 'base64') })
      await page.getByText('Answered ✓').waitFor()
      await nutButton(page, 'Resubmit to the office').click()
      await page
        .getByText(/^Resubmitted · by the employer$/)
        .first()
        .waitFor()
      await page.getByRole('heading', { name: 'Supplement notice' }).waitFor({ state: 'detached' })
      const afterResubmit = await unreadCount(page, helpers)
      assert.ok(afterResubmit > unread, `inbox ${unread} -> ${afterResubmit}`)
      unread = afterResubmit

      // 3. Back to pre-review, then the in-person step: accepted, the clock starts.
      await officerDoes(page, helpers, 'Start pre-review', 'pre_review')
      await officerDoes(page, helpers, 'Accept (on-site step done)', 'accepted')
      await openDetail(page, helpers)
      await stage(page, /^3\. In-person step at the window: Done$/).waitFor()
      await page.getByLabel(/^Promised by: \d{4}-\d\d-\d\d\. 15 working days left$/).waitFor()
      await page.getByLabel(/^Statutory deadline: \d{4}-\d\d-\d\d\. 90 working days left$/).waitFor()
      const afterAccept = await unreadCount(page, helpers)
      assert.ok(afterAccept > unread, `inbox ${unread} -> ${afterAccept}`)
      unread = afterAccept

      // 4. Parallel approval, then approval.
      await officerDoes(page, helpers, 'Start review', 'in_review')
      await officerDoes(page, helpers, 'Approve', 'approved')
      await openDetail(page, helpers)
      await page.getByText('Pick up your permits').waitFor()
      await stage(page, /^5\. Issued: Now$/).waitFor()

      // 5. Issued: every stage done, the clock stopped in time.
      await officerDoes(page, helpers, 'Issue', 'issued')
      await openDetail(page, helpers)
      await stage(page, /^5\. Issued: Done$/).waitFor()
      await page.getByLabel(/^Promised by: \d{4}-\d\d-\d\d\. Decided in time$/).waitFor()
      await page.getByText('Nothing to do', { exact: true }).waitFor()
      await axeClean(page, helpers)
      const afterIssue = await unreadCount(page, helpers)
      assert.ok(afterIssue > unread, `inbox ${unread} -> ${afterIssue}`)
      await page
        .getByText(/Permit expiry/)
        .first()
        .waitFor()
      await axeClean(page, helpers)

      // Leave the shared demo data as we found it.
      await helpers.goto(page, OFFICER)
      await nutButton(page, 'Reset demo data').click()
      assert.equal(helpers.pageErrors.length, 0)
    }
  },
  {
    name: 'the HR dashboard filters cases and offers to extend a permit near expiry',
    run: async ({ page, helpers }) => {
      const { assert } = helpers
      await signInAsGansuHr(page, helpers)
      await helpers.goto(page, 'packages/cases/pages/dashboard/index')
      await page.getByRole('heading', { name: /^Cases \(4 of 4\)$/ }).waitFor()
      await page.getByRole('radio', { name: 'within 60 days' }).click()
      await page.getByRole('heading', { name: 'Employees (1)' }).waitFor()
      await page.getByText(/Maria Rossi · ITA/).waitFor()
      const violations = await helpers.axe(page)
      assert.equal(violations.length, 0, helpers.formatViolations(violations))
      await nutButton(page, 'Extend').click()
      await page.waitForURL(/packages\/apply\/pages\/start\/index\?kind=permit_extension&employeeId=e-maria/)
    }
  }
]
