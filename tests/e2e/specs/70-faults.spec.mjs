// Faults: the network or the service fails while someone writes something that matters. Each test drives
// the H5 build as a person would and checks the promise made to them: nothing they entered is lost,
// nothing is created twice, and the screen says what is happening and what to do.
//
// Faults come from two places: the browser itself (`context.setOffline`) and the embedded mock backend's
// fault injection (`globalThis.__wicMockBackend.state.faults`, or the officer simulator's switches), which
// the mock transport applies to every non-dev request: latencyMs, errorRate, offline, failAfterCommit.
// Counts are read from the in-page backend AND from what the app shows.
import { field, nutButton, signInAs, startJohnsForm } from '../flows.mjs'

const NO_FAULTS = { latencyMs: 0, errorRate: 0, offline: false, failAfterCommit: false }

async function signOut(page, helpers) {
  await helpers.goto(page, 'pages/me/index')
  await nutButton(page, 'Sign out').click()
  await page.getByText('Sign in to see your applications and certificate.').waitFor()
}

/** Sets the in-page backend's faults (persisted with its state, as the officer simulator's switches are). */
async function setFaults(page, faults) {
  await page.waitForFunction(() => !!globalThis.__wicMockBackend)
  await page.evaluate(
    ({ base, faults }) => {
      const backend = globalThis.__wicMockBackend
      backend.state.faults = { ...base, ...faults }
      backend.persist()
    },
    { base: NO_FAULTS, faults }
  )
}

/** Reads from the in-page backend (created with the app's first request): cases of an employer, bookings, redemptions. */
const backendCount = async (page, what) => {
  await page.waitForFunction(() => !!globalThis.__wicMockBackend)
  return page.evaluate((what) => {
    const s = globalThis.__wicMockBackend.state
    if (what === 'gansu cases') return s.cases.filter((c) => c.employerId === 'emp-gs').length
    if (what === 'theatre bookings') return s.theatreBookings.length
    if (what === 'redemptions') return s.redemptions.length
    throw new Error(`unknown count ${what}`)
  }, what)
}

// Drafts and queues are read from the screen, not from storage: what the phone keeps may be sealed.
/** From now on, count the POST /cases requests that reach the in-page backend's router (`globalThis.__casePosts`). */
async function countCasePosts(page) {
  await page.evaluate(() => {
    const backend = globalThis.__wicMockBackend
    globalThis.__casePosts = 0
    const handle = backend.handle.bind(backend)
    backend.handle = (request) => {
      if (request.method === 'POST' && request.path === '/cases') globalThis.__casePosts++
      return handle(request)
    }
  })
}

const draftCard = (page) => page.getByRole('group', { name: /John Smith · New work and residence permits/ })

/** Someone else may put a privacy consent notice in front of the form: agree to it if it is there. */
async function agreeIfAsked(page, next) {
  const agree = page.locator('.nut-button', { hasText: /^\s*(I agree|Agree)/ }).or(page.getByRole('button', { name: /^(I agree|Agree)/ }))
  await next.or(agree.first()).first().waitFor()
  if (!(await next.first().isVisible()) && (await agree.first().isVisible())) {
    await agree.first().click()
    await next.first().waitFor()
  }
}

/**
 * HR (Gansu) fills the one-thing bundle for John Smith up to the review step, without optional matters.
 * Returns the draft id (from the URL).
 */
async function fillApplication(page, helpers) {
  await startJohnsForm(page, helpers, { beforeEachStep: (john) => agreeIfAsked(page, john) })
  await agreeIfAsked(page, page.getByText(/^Step 1 of \d: Personal details$/))
  await page.getByRole('radio', { name: 'Male', exact: true }).click()
  await field(page, 'Date of birth').fill('1980-02-03')
  await field(page, "Applicant's phone").fill('13912345678')
  await nutButton(page, 'Next').click()
  await page.getByText(/^Step 2 of \d: Passport$/).waitFor()
  await field(page, 'Passport number').fill('533380006')
  await field(page, 'Passport expiry date').fill('2031-01-01')
  await nutButton(page, 'Next').click()
  await page.getByText(/^Step 3 of \d: Work and stay$/).waitFor()
  await field(page, 'Contract starts').fill('2026-12-01')
  await field(page, 'Contract ends').fill('2028-11-30')
  await field(page, 'Annual salary (10,000 RMB)').fill('40')
  await field(page, 'Home address in China').fill('Room 1203, Building 5, Chengguan District, Lanzhou')
  await nutButton(page, 'Next').click()
  await page.getByText(/^Step 4 of \d: Materials$/).waitFor()
  await nutButton(page, 'Next').click()
  await page.getByText(/^Step \d of \d: Review and submit$/).waitFor()
  const draftId = new URL(page.url().replace('#/', '')).searchParams.get('draftId')
  helpers.assert.ok(draftId, `the form's URL names its draft: ${page.url()}`)
  return draftId
}

const submitButton = (page) => nutButton(page, 'Submit application')

/** Submits from the review step; materials were skipped, so the form names the missing ones and the person confirms. */
async function submit(page) {
  await submitButton(page).click()
  await nutButton(page, 'Submit anyway').click()
}

/** The visible failure notice of the review step. */
const failureNotice = (page) => page.locator('.apply-review__failed').getByRole('alert')

/** The case reference on the success screen. */
async function submittedReference(page) {
  await page.getByText('Application submitted').waitFor()
  return (await page.getByText(/^Reference /).textContent()).match(/Reference (\S+?)\./)[1]
}

/** The case list as HR sees it: one row per case, read from the screen. */
async function caseListRows(page, helpers) {
  await helpers.goto(page, 'packages/cases/pages/list/index')
  const list = page.getByRole('list', { name: 'My applications' })
  await list.getByRole('listitem').first().waitFor()
  return list.getByRole('listitem').allInnerTexts()
}

/** After success: exactly one more case, in the backend and on the case list, and the draft is settled. */
async function expectExactlyOneNewCase(page, helpers, { before, reference }) {
  const { assert } = helpers
  assert.equal(await backendCount(page, 'gansu cases'), before + 1, 'exactly one case was created')
  const created = await page.evaluate((id) => globalThis.__wicMockBackend.state.cases.filter((c) => c.reference === id).length, reference)
  assert.equal(created, 1, `the backend holds case ${reference} once`)
  const rows = await caseListRows(page, helpers)
  assert.equal(rows.length, before + 1, `the case list shows ${before + 1} cases:\n${rows.join('\n---\n')}`)
  // Only now is the draft done with: it leaves the list of open drafts.
  await helpers.goto(page, 'packages/apply/pages/drafts/index')
  await page.getByText('No drafts on this phone.').waitFor()
  assert.equal(await draftCard(page).count(), 0)
}

/** Nothing created (yet): no new case in the backend, the form still on screen with its values. */
async function expectNothingCreated(page, helpers, { before }) {
  const { assert } = helpers
  assert.equal(await backendCount(page, 'gansu cases'), before, 'no case was created')
  await page.getByText('53*****06').waitFor()
}

/** After a reload the draft opens where it was, with what was typed. */
async function expectDraftSurvivesReload(page, helpers) {
  const { assert } = helpers
  await page.reload()
  await helpers.waitForApp(page)
  await page
    .getByText(/Review and submit$/)
    .first()
    .waitFor()
  await page.getByText('53*****06').waitFor()
  for (let i = 0; i < 3; i++) await nutButton(page, 'Back').click()
  await page.getByText(/Step 2 of \d: Passport/).waitFor()
  assert.equal(await field(page, 'Passport number').inputValue(), '533380006')
  assert.equal(await field(page, 'Passport expiry date').inputValue(), '2031-01-01')
  await nutButton(page, 'Next').click()
  await page.getByText(/Step 3 of \d: Work and stay/).waitFor()
  assert.equal(await field(page, 'Home address in China').inputValue(), 'Room 1203, Building 5, Chengguan District, Lanzhou')
  await nutButton(page, 'Next').click()
  await nutButton(page, 'Next').click()
  await page
    .getByText(/Review and submit$/)
    .first()
    .waitFor()
}

export const tests = [
  {
    name: 'faults: submitting with the browser offline keeps the draft, creates nothing, says to connect; back online one submit makes one case',
    timeout: 120_000,
    run: async ({ page, context, helpers }) => {
      const { assert } = helpers
      await signInAs(page, helpers, /Zhang Wei \(HR, Lanzhou New Energy\)/)
      await fillApplication(page, helpers)
      const before = await backendCount(page, 'gansu cases')

      await context.setOffline(true)
      await submit(page)
      const notice = failureNotice(page)
      await notice.getByText('No connection').waitFor()
      await notice.getByText(/Connect to Wi-Fi or mobile data, then try again\. Nothing you entered has been lost\./).waitFor()
      await nutButton(notice, 'Try again').waitFor()
      await page.getByText(/Everything is kept on this phone\. Trying again uses the same request/).waitFor()
      const violations = await helpers.axe(page, { context: '.apply-review__failed' })
      assert.equal(violations.length, 0, helpers.formatViolations(violations))

      // Trying again while still offline changes nothing.
      await nutButton(notice, 'Try again').click()
      await notice.getByText('No connection').waitFor()
      await expectNothingCreated(page, helpers, { before })

      // Back online: the page reloads from the server (it would not while offline), the draft is intact,
      // and one submit creates one case.
      await context.setOffline(false)
      await expectDraftSurvivesReload(page, helpers)
      await submit(page)
      const reference = await submittedReference(page)
      await expectExactlyOneNewCase(page, helpers, { before, reference })
      assert.deepEqual(helpers.pageErrors, [])
    }
  },
  {
    name: "faults: the service unreachable (mock offline, set in the officer simulator) is said in both languages; the draft survives a reload; one case after it's back",
    timeout: 150_000,
    run: async ({ page, helpers }) => {
      const { assert } = helpers
      await signInAs(page, helpers, /Zhang Wei \(HR, Lanzhou New Energy\)/)
      const draftId = await fillApplication(page, helpers)
      const before = await backendCount(page, 'gansu cases')

      // The tester switches the backend off in the officer simulator, as a person would.
      await helpers.goto(page, 'packages/dev/pages/officer/index')
      await page.locator('taro-switch-core[aria-label="Offline"] input').click()
      await nutButton(page, 'Apply faults').click()
      await page.waitForFunction(() => globalThis.__wicMockBackend?.state.faults.offline === true)

      await helpers.goto(page, `packages/apply/pages/form/index?draftId=${draftId}`)
      await submit(page)
      let notice = failureNotice(page)
      // The phone is online, so it is the service that cannot be reached: not "check your network".
      await notice.getByText('The service cannot be reached').waitFor()
      await notice.getByText(/Your phone is online, but the service is not answering\. Try again in a few minutes\./).waitFor()
      assert.equal(await notice.getByText('No connection').count(), 0)
      await expectNothingCreated(page, helpers, { before })

      // The backend is still down after a reload (its faults persist); the draft is all there.
      await expectDraftSurvivesReload(page, helpers)

      // In Chinese the same situation is said in Chinese.
      await helpers.goto(page, 'pages/me/index')
      await page.locator('.me').getByRole('radio', { name: '中文' }).click()
      await page.locator('.me').getByText('退出登录').waitFor()
      await helpers.goto(page, `packages/apply/pages/form/index?draftId=${draftId}`)
      // The form was opened at this address before: Taro keeps that page too, stacked under the new one.
      await nutButton(page, '提交申请').last().click()
      await nutButton(page, '仍然提交').click()
      notice = failureNotice(page)
      await notice.getByText('暂时无法连接服务').waitFor()
      await notice.getByText(/您的手机已联网，但服务暂无响应/).waitFor()
      await page.getByText(/所有内容都保存在本机/).waitFor()
      await expectNothingCreated(page, helpers, { before })

      // The service is back: "try again" (重试) on the same notice creates the case once.
      await setFaults(page, {})
      await nutButton(notice, '重试').click()
      await page.getByText('申请已提交').waitFor()
      const reference = (await page.getByText(/^编号 /).textContent()).match(/编号 (\S+?)。/)[1]
      assert.equal(await backendCount(page, 'gansu cases'), before + 1)
      assert.equal(await page.evaluate((id) => globalThis.__wicMockBackend.state.cases.filter((c) => c.reference === id).length, reference), 1)
      await helpers.goto(page, 'packages/apply/pages/drafts/index')
      await page.getByText('本机没有草稿。').waitFor()
      assert.deepEqual(helpers.pageErrors, [])
    }
  },
  {
    name: 'faults: server errors (error rate 1) get a clear message with a retry; after recovery the retry submits once',
    timeout: 120_000,
    run: async ({ page, helpers }) => {
      const { assert } = helpers
      await signInAs(page, helpers, /Zhang Wei \(HR, Lanzhou New Energy\)/)
      await fillApplication(page, helpers)
      const before = await backendCount(page, 'gansu cases')
      // Count what reaches the backend's router: the client retries a 503 with the same key.
      await countCasePosts(page)

      await setFaults(page, { errorRate: 1 })
      await submit(page)
      const notice = failureNotice(page)
      await notice.getByText('The service had a problem').waitFor()
      await notice.getByText('This is not your fault. Please try again shortly.').waitFor()
      await expectNothingCreated(page, helpers, { before })
      // Every injected failure happens before the router: no attempt got as far as the backend.
      assert.equal(await page.evaluate(() => globalThis.__casePosts), 0)

      // Still failing: the retry fails the same way and still creates nothing.
      await nutButton(notice, 'Try again').click()
      await page.locator('.apply-review__failed').waitFor({ state: 'detached' })
      await notice.getByText('The service had a problem').waitFor()
      await expectNothingCreated(page, helpers, { before })

      await setFaults(page, {})
      await nutButton(notice, 'Try again').click()
      const reference = await submittedReference(page)
      assert.equal(await page.evaluate(() => globalThis.__casePosts), 1, 'one request reached the backend')
      await expectExactlyOneNewCase(page, helpers, { before, reference })
      assert.deepEqual(helpers.pageErrors, [])
    }
  },
  {
    name: 'faults: a slow service (3 s) shows progress, disables the button, tells screen readers, and a double tap submits once',
    timeout: 120_000,
    run: async ({ page, helpers }) => {
      const { assert } = helpers
      await signInAs(page, helpers, /Zhang Wei \(HR, Lanzhou New Energy\)/)
      await fillApplication(page, helpers)
      const before = await backendCount(page, 'gansu cases')
      await countCasePosts(page)
      await setFaults(page, { latencyMs: 3000 })

      // A double tap: two clicks in the same task, before React can re-render the button as disabled.
      await submitButton(page).click()
      await nutButton(page, 'Submit anyway').evaluate((el) => {
        el.click()
        el.click()
      })
      const button = submitButton(page)
      const status = page.getByRole('status').filter({ hasText: 'Submitting… Keep this screen open.' })
      await status.waitFor()
      assert.equal(await status.getAttribute('aria-live'), 'polite')
      // Shown busy and disabled while the request is out; a third tap does nothing either.
      await page.locator('.nut-button-loading', { hasText: 'Submit application' }).waitFor()
      assert.match((await button.getAttribute('class')) ?? '', /nut-button-disabled/)
      await button.click({ force: true })
      assert.equal(await backendCount(page, 'gansu cases'), before, 'nothing is created before the answer')

      const reference = await submittedReference(page)
      await page.getByRole('status').filter({ hasText: 'Submitting…' }).waitFor({ state: 'detached' })
      assert.equal(await page.evaluate(() => globalThis.__casePosts), 1, 'the double tap sent one request')
      await setFaults(page, {})
      await expectExactlyOneNewCase(page, helpers, { before, reference })
      assert.deepEqual(helpers.pageErrors, [])
    }
  },
  {
    name: "faults: a time-out after the server accepted says 'not sure it went through'; checking again, or resuming the draft later, finds the one case",
    timeout: 120_000,
    run: async ({ page, helpers }) => {
      const { assert } = helpers
      await signInAs(page, helpers, /Zhang Wei \(HR, Lanzhou New Energy\)/)
      const draftId = await fillApplication(page, helpers)
      const before = await backendCount(page, 'gansu cases')

      await setFaults(page, { failAfterCommit: true })
      await submit(page)
      const notice = failureNotice(page)
      await notice.getByText("We're not sure it went through").waitFor()
      await notice.getByText(/it may already have this application\. Tap Check again: it sends the same request/).waitFor()
      // Not the generic "failed, try again": that would invite filing it anew.
      assert.equal(await notice.getByText('Something went wrong').count(), 0)
      const violations = await helpers.axe(page, { context: '.apply-review__failed' })
      assert.equal(violations.length, 0, helpers.formatViolations(violations))

      // The server did accept it (once, for all the client's automatic retries)...
      assert.equal(await backendCount(page, 'gansu cases'), before + 1, 'the server holds the case once')
      const serverCase = await page.evaluate(() => {
        const s = globalThis.__wicMockBackend.state
        return s.cases[s.cases.length - 1].reference
      })

      // Checking again while answers are still lost: still unsure, still one case.
      await nutButton(notice, 'Check again').click()
      await page.locator('.apply-review__failed').waitFor({ state: 'detached' })
      await notice.getByText("We're not sure it went through").waitFor()
      assert.equal(await backendCount(page, 'gansu cases'), before + 1)

      // The person closes the app. Without a confirmed answer the draft is still an open draft...
      await setFaults(page, {})
      await helpers.goto(page, 'packages/apply/pages/drafts/index')
      await nutButton(draftCard(page), 'Resume').click()
      await page.getByText(/^Step \d of \d: Review and submit$/).waitFor()
      assert.ok(page.url().includes(draftId), 'the same draft is resumed')
      // ...and it kept its key, so submitting it again is answered with the case the server already has.
      await submit(page)
      const reference = await submittedReference(page)
      assert.equal(reference, serverCase, 'the retry returned the case the server had already created')
      await expectExactlyOneNewCase(page, helpers, { before, reference })
      assert.deepEqual(helpers.pageErrors, [])
    }
  },
  {
    name: 'faults: a theatre booking whose answer is lost is not booked twice when the holder taps again',
    timeout: 120_000,
    run: async ({ page, helpers }) => {
      const { assert } = helpers
      await signInAs(page, helpers, /Alice Martin — Foreign talent/)
      await helpers.goto(page, 'packages/perks/pages/theatre/index')
      const show = page.getByLabel('Beibu Gulf Symphony Night')
      await nutButton(show, 'Details and reservation').click()
      await nutButton(page, 'Reserve 1 at 50% off').waitFor()
      assert.equal(await backendCount(page, 'theatre bookings'), 0)

      await setFaults(page, { failAfterCommit: true })
      await nutButton(page, 'Reserve 1 at 50% off').click()
      const alert = page.getByRole('alert').filter({ hasText: 'The server is taking too long' })
      await alert.getByText(/we will not submit twice/).waitFor()
      assert.equal(await backendCount(page, 'theatre bookings'), 1, 'the box office system booked it')

      // The holder taps again (the notice's retry, then the button itself): same request, same booking.
      await setFaults(page, {})
      await nutButton(alert, 'Try again').click()
      await page.getByText('Reserved. Show the booking code at the box office.').waitFor()
      assert.equal(await backendCount(page, 'theatre bookings'), 1, 'one booking, not two')
      const cards = page.locator('.perk-card', { has: page.locator('.perk-code') })
      await cards.first().waitFor()
      assert.equal(await cards.count(), 1, 'one booking in "My bookings"')

      // A new tap after success is a new booking (there is no cap per show): the key was per intent.
      await nutButton(page, 'Reserve 1 at 50% off').click()
      await page.waitForFunction(() => globalThis.__wicMockBackend.state.theatreBookings.length === 2)
      await page.getByText('Reserved. Show the booking code at the box office.').waitFor()
      assert.deepEqual(helpers.pageErrors, [])
    }
  },
  {
    name: 'faults: the hospital desk records a visit offline, it syncs by itself when back online (answer lost once) and is recorded once',
    timeout: 150_000,
    run: async ({ page, context, helpers }) => {
      const { assert } = helpers
      await signInAs(page, helpers, /Alice Martin — Foreign talent/)
      await helpers.goto(page, 'pages/certificate/index')
      const code = page.locator('[data-qr-text][data-qr-purpose="hospital"]')
      await code.waitFor()
      const text = await code.getAttribute('data-qr-text')
      await signOut(page, helpers)

      await signInAs(page, helpers, /Triage desk, Beihai People’s Hospital/)
      await helpers.goto(page, 'packages/verify/pages/scan/index')
      await page.getByText(/^Revocation list of /).waitFor()

      // The network goes; the desk checks the code from what it saved and records the visit.
      await context.setOffline(true)
      await page.locator('input.verify__input').first().fill(text)
      await nutButton(page, 'Check code').click()
      await page.getByRole('alert').filter({ hasText: 'Genuine and current' }).waitFor()
      await nutButton(page, 'Record green-channel visit').click()
      await page.getByRole('status').filter({ hasText: 'No connection: saved on this phone. It will be sent when you are back online.' }).waitFor()
      await page.getByText('1 redemption saved on this phone is waiting to be sent.').waitFor()
      await nutButton(page, 'Sync now').click()
      await page.getByText('Still offline: 1 redemption is waiting.').waitFor()
      assert.equal(await backendCount(page, 'redemptions'), 0)

      // Back online, but the first sync's answer is lost after the backend recorded it.
      await setFaults(page, { failAfterCommit: true })
      await context.setOffline(false)
      await page.waitForFunction(() => globalThis.__wicMockBackend.state.redemptions.length === 1)
      await page.getByText('Still offline: 1 redemption is waiting.').waitFor()
      await page.getByText('1 redemption saved on this phone is waiting to be sent.').waitFor()

      // Answers come through: the next sync sends the same key and is answered from the record.
      await setFaults(page, {})
      await nutButton(page, 'Sync now').click()
      await page.getByText('Sent 1 saved redemption.').waitFor()
      await page.getByText('0 redemptions saved on this phone are waiting to be sent.').waitFor()
      assert.equal(await backendCount(page, 'redemptions'), 1, 'recorded once')

      // Opening the desk again sends nothing more.
      await page.reload()
      await helpers.waitForApp(page)
      await page.getByText(/^Revocation list of /).waitFor()
      assert.equal(await backendCount(page, 'redemptions'), 1)
      assert.equal(await page.getByText('Waiting to be sent').count(), 0, 'nothing left in the queue')
      assert.deepEqual(helpers.pageErrors, [])
    }
  }
]
