// Steps several specs take the same way, as a person would: find a NutUI button or a form field by what it
// says, sign in as a demo account, open an application form for John Smith.

/** A NutUI button by its text, visible ones only (Taro keeps pages opened earlier mounted, hidden, under the top one). */
export const nutButton = (scope, text) => scope.locator('.nut-button', { hasText: text }).filter({ visible: true })

/** The input of the application form's field with this label. */
export const field = (page, label) => page.locator('.apply-field', { has: page.getByText(label, { exact: true }) }).locator('input').first()

/** Signs in with the demo account whose button matches `name` (sign-in page), and waits for the greeting. */
export async function signInAs(page, helpers, name) {
  await helpers.goto(page, 'packages/account/pages/sign-in/index')
  await page.getByRole('button', { name }).click()
  await page.getByText(/^Hello, /).waitFor()
  // The router writes the home URL after drawing home: a goto before that lands would be undone by it.
  await page.waitForURL(/#\/pages\/home\/index/)
}

/** HR (Gansu) picks John Smith and starts the one-thing form. `beforeEachStep` runs before each choice (e.g. agreeing to a notice). */
export async function startJohnsForm(page, helpers, { beforeEachStep = async () => {} } = {}) {
  await helpers.goto(page, 'packages/apply/pages/start/index')
  const john = page.getByRole('radio', { name: 'John Smith · GBR' })
  await beforeEachStep(john)
  await john.click()
  await nutButton(page, 'Start the form').click()
}
