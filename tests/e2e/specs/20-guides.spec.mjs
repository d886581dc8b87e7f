// Guides and self-checks, in English: a person finds Gansu's one-thing guide, reads legal vs promised time and the
// materials, sees the call/copy actions; then runs the points calculator to a category.
const nutButton = (scope, text) => scope.locator('.nut-button', { hasText: text })
const numberField = (page, index) => page.locator('input.number-input__input').nth(index)

export const tests = [
  {
    name: 'guides: find the Gansu one-thing guide, legal vs promised time, materials, call and copy',
    run: async ({ page, helpers }) => {
      const { assert } = helpers
      await helpers.goto(page, 'pages/guides/index')
      await page.getByRole('radio', { name: 'Gansu Province' }).click()
      await page.locator('input.guides__search-input').fill('one thing')
      await page
        .getByRole('status')
        .filter({ hasText: /guides? found/ })
        .waitFor()
      await page.getByRole('link', { name: "Working in China: the 'One Thing' bundle" }).click()

      await page.getByRole('heading', { level: 1, name: "Working in China: the 'One Thing' bundle" }).waitFor()
      const time = page.getByRole('region', { name: 'How long it takes' })
      await time.getByText('Statutory time limit (法定办结时限)').waitFor()
      assert.ok(await time.getByText('90 working days').first().isVisible())
      assert.ok(await time.getByText('15 working days').first().isVisible())

      // The sections below the first screen are drawn one per task after it has painted.
      const materials = page.getByRole('region', { name: 'Materials checklist' })
      await materials.getByRole('listitem').first().waitFor()
      const items = await materials.getByRole('listitem').count()
      assert.ok(items >= 15, `only ${items} materials listed`)
      await materials.getByText('Certificate of no criminal record').waitFor()

      const call = page.getByRole('button', { name: 'Call Enquiries and complaints 0931-12345' }).first()
      const copy = page.getByRole('button', { name: 'Copy Enquiries and complaints number' }).first()
      // Further down the guide: scrolled to, as a reader would (sections off screen are not rendered yet).
      await call.scrollIntoViewIfNeeded()
      assert.ok(await call.isVisible())
      assert.ok(await copy.isVisible())
      await copy.click()

      await page.getByRole('region', { name: 'Step by step' }).getByRole('listitem').first().waitFor()
      await page.getByRole('region', { name: 'Legal basis' }).waitFor()
      await page.getByRole('region', { name: 'Questions and answers' }).waitFor()

      const violations = await helpers.axe(page)
      assert.equal(violations.length, 0, helpers.formatViolations(violations))
      assert.equal(helpers.pageErrors.length, 0)
    }
  },
  {
    name: 'guides: the points calculator reaches a category, and bad input gets a message',
    run: async ({ page, helpers }) => {
      const { assert } = helpers
      await helpers.goto(page, 'packages/guides/pages/points/index?region=gansu')
      await page.getByRole('heading', { level: 1, name: 'Work permit points' }).waitFor()

      await numberField(page, 3).fill('12')
      await nutButton(page, 'Calculate my points').click()
      await page.getByRole('alert').filter({ hasText: 'Enter a number from 18 to 100.' }).waitFor()

      await numberField(page, 0).fill('30')
      await page.getByRole('radio', { name: "Master's degree" }).click()
      await numberField(page, 1).fill('4')
      await numberField(page, 2).fill('12')
      await numberField(page, 3).fill('34')
      await nutButton(page, 'Calculate my points').click()
      await page.getByText('76 of 120 points').waitFor()
      await page.getByText('Category B: professional').waitFor()
      await page.getByText('9 more points for category A.').waitFor()

      const violations = await helpers.axe(page)
      assert.equal(violations.length, 0, helpers.formatViolations(violations))
      assert.equal(helpers.pageErrors.length, 0)
    }
  }
]
