// A person opens the app, signs in as a demo HR user, switches to Chinese, and signs out.
// NutUI buttons render as custom elements: click them by class and text, as a finger would hit them.
const nutButton = (scope, text) => scope.locator('.nut-button', { hasText: text })
const field = (page, index) => page.locator('input.sign-in__input').nth(index)
export const tests = [
  {
    name: 'HR signs in with a demo account, sees their employees, switches to Chinese (rendered with CJK glyphs)',
    run: async ({ page, helpers }) => {
      const { assert } = helpers
      await helpers.goto(page, 'pages/home/index')
      await nutButton(page, 'Sign in').click()
      await page.getByRole('button', { name: /Li Na \(HR, Beihai Ocean Tech\)/ }).click()
      await page.getByText('Hello, Li Na (HR, Beihai Ocean Tech)').waitFor()
      await page.getByText(/Sara Lindqvist · SWE/).waitFor()
      assert.ok(await page.getByRole('link', { name: /^Cases dashboard/ }).isVisible())

      await helpers.goto(page, 'pages/me/index')
      // Pages earlier in the stack (sign-in has a language switch too) stay in the DOM, hidden: act on "Me".
      const me = page.locator('.me')
      await me.getByRole('radio', { name: '中文' }).click()
      await me.getByText('退出登录').waitFor()
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN')
      // Chinese text must render with a CJK font, not as empty boxes: the glyphs have real width.
      const width = await me.getByText('退出登录').evaluate((el) => el.getBoundingClientRect().width)
      assert.ok(width > 40, `Chinese label is ${width}px wide`)

      // The choice survives a reload.
      await page.reload()
      await helpers.waitForApp(page)
      await me.getByText('退出登录').waitFor()

      const violations = await helpers.axe(page)
      assert.equal(violations.length, 0, helpers.formatViolations(violations))

      await nutButton(me, '退出登录').click()
      await page.locator('.home__title').filter({ hasText: '来华工作一件事' }).waitFor()
    }
  },
  {
    name: 'a wrong password gets a clear message and nothing else happens',
    run: async ({ page, helpers }) => {
      await helpers.goto(page, 'packages/account/pages/sign-in/index')
      await field(page, 0).fill('alice')
      await field(page, 1).fill('wrong')
      await nutButton(page, 'Sign in').click()
      await page.getByRole('alert').filter({ hasText: 'Wrong user name or password.' }).waitFor()
    }
  },
  {
    name: 'the officer simulator moves a case and the demo state survives a reload',
    run: async ({ page, helpers }) => {
      const { assert } = helpers
      await helpers.goto(page, 'packages/dev/pages/officer/index')
      // John's case by its reference; its work permit's state as the simulator says it (the raw state on the row).
      const kase = page.getByRole('group', { name: /^John Smith GS-\d{4}-\d{6}$/ })
      const workPermit = (state) => kase.locator(`[data-testid="state-case-gs-2-gs-work-permit"][data-state="${state}"]`)
      await kase.waitFor()
      await nutButton(kase, 'Accept (on-site step done)').click()
      await workPermit('accepted').waitFor()
      assert.match(await workPermit('accepted').textContent(), /: Accepted \(in-person step done\)$/)
      await page.reload()
      await helpers.waitForApp(page)
      await workPermit('accepted').waitFor()
      await page.getByText(/WeChat message · Your application moved on/).first().waitFor()
      await nutButton(page, 'Reset demo data').click()
      await workPermit('pre_review').waitFor()
      assert.equal(helpers.pageErrors.length, 0)
    }
  }
]
