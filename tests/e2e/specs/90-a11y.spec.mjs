// Accessibility: every route of src/routes.ts, in English and Chinese, signed in as someone who can see it,
// plus the states that matter (validation errors shown, a dialog, a verdict, a reveal, an expanded list). On
// each: axe finds nothing serious or critical (nothing of any impact on home, the guide pages and the
// certificate, which Lighthouse scores), <html lang> follows the language, and every control is reachable
// with Tab. Then keyboard activation, and text at 200%: no sideways scrolling, no clipped text.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { CONTEXT_OPTIONS } from '../helpers.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const LANGUAGES = ['en', 'zh-CN']
const PASSWORD = 'demo1234'
const ACCOUNTS = { talent: 'alice', hr: 'hr.gansu', verifier: 'nurse.bh' }
/** Pages Lighthouse's accessibility score is taken on: held to every axe impact, not only serious ones. */
const ALL_IMPACTS = ['minor', 'moderate', 'serious', 'critical']
const INTERACTIVE = '[role="button"], [role="link"], [role="radio"], [role="checkbox"], [role="tab"], [role="switch"], .taro-button-core'

/** The route table itself (plain data, no imports), compiled on the fly so the list of pages is never copied. */
async function routeTable() {
  const source = fs.readFileSync(path.join(ROOT, 'src', 'routes.ts'), 'utf8')
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2020 } })
  const mod = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`)
  const names = [...Object.keys(mod.tabRoutes), ...Object.keys(mod.subRoutes)]
  return { names, path: (name) => mod.routePath(name).replace(/^\//, '') }
}

const locale = (lang, ns) => JSON.parse(fs.readFileSync(path.join(ROOT, 'locales', lang, `${ns}.json`), 'utf8'))
const visible = (page, selector) => page.locator(`${selector} >> visible=true`).first()
const h1 = (page) => visible(page, '[role="heading"][aria-level="1"]')
const nutButton = (scope, selector = '') => scope.locator(`${selector} .nut-button >> visible=true`.trim())

/**
 * Who sees each route, with which query, what shows it is ready, and the states worth a check of their own.
 * Every route name in src/routes.ts must appear here (the first test says which one is missing).
 * `open` replaces plain navigation where the page needs something made first (a draft to edit).
 */
const PLAN = {
  home: [
    { as: 'guest', ready: (p) => visible(p, '.home__signin') },
    { as: 'talent', ready: (p) => visible(p, '.home__areas') },
    { as: 'hr', ready: (p) => visible(p, '.home__row') },
    { as: 'verifier', ready: (p) => visible(p, '.home__panel') }
  ],
  guides: [
    {
      as: 'guest',
      ready: (p) => visible(p, '.guide-entry'),
      states: [
        {
          name: 'search with a result count',
          act: async (p) => {
            await visible(p, 'input.guides__search-input').fill('permit')
            await visible(p, '.guides__count').waitFor()
          }
        }
      ]
    }
  ],
  certificate: [
    { as: 'guest', ready: (p) => visible(p, '.cert-page__message') },
    {
      as: 'talent',
      ready: (p) => visible(p, '[data-qr-text]'),
      states: [{ name: 'passport number shown', act: async (p) => nutButton(p, '.cert-card__reveal').click() }]
    },
    { as: 'verifier', ready: (p) => visible(p, '.cert-page__message') }
  ],
  me: [
    { as: 'guest', ready: (p) => visible(p, '.language-switch') },
    { as: 'talent', ready: (p) => visible(p, '.language-switch') }
  ],
  signIn: [
    {
      as: 'guest',
      ready: (p) => visible(p, '.sign-in__account'),
      states: [
        {
          name: 'empty form submitted',
          act: async (p) => {
            await nutButton(p, '.sign-in__form').click()
            await visible(p, '.sign-in__problem').waitFor()
          }
        }
      ]
    }
  ],
  privacy: [{ as: 'guest', ready: (p) => visible(p, '.privacy-page') }],
  officer: [{ as: 'guest', ready: (p) => visible(p, '.officer__case') }],
  // Ready once the last part is drawn (the sections below the first screen follow one per task).
  guideDetail: [
    { as: 'guest', query: 'region=gansu&type=bundle&id=gs-one-thing-2025', ready: (p) => visible(p, '.guide__next .nut-button') },
    // The guide Lighthouse scores (scripts/bench-lighthouse.mjs).
    { as: 'guest', query: 'region=beihai&type=bundle&id=bh-one-window-2020', ready: (p) => visible(p, '.guide__next .nut-button') },
    { as: 'guest', query: 'region=beihai&type=matter&id=bh-work-permit', ready: (p) => visible(p, '.guide__next .nut-button') },
    { as: 'guest', query: 'region=beihai&type=region&id=beihai', ready: (p) => visible(p, '.guide__hero') }
  ],
  pointsCheck: [
    {
      as: 'guest',
      query: 'region=gansu',
      ready: (p) => visible(p, '.number-input__input'),
      states: [
        {
          name: 'an age out of range',
          act: async (p) => {
            await p.locator('input.number-input__input >> visible=true').nth(3).fill('12')
            await nutButton(p, '.selfcheck__buttons').first().click()
            await visible(p, '.selfcheck [role="alert"]').waitFor()
          }
        }
      ]
    }
  ],
  talentCheck: [{ as: 'guest', ready: (p) => h1(p) }],
  applyStart: [
    {
      as: 'hr',
      ready: (p) => visible(p, '[aria-labelledby="apply-employee"] [role="radio"]'),
      states: [
        {
          name: 'started without an employee',
          act: async (p) => {
            await nutButton(p, '.apply-start').last().click()
            await visible(p, '.apply-start .apply-field__error').waitFor()
          }
        }
      ]
    },
    { as: 'talent', ready: (p) => visible(p, '.apply-card') }
  ],
  applyForm: [
    {
      as: 'hr',
      // A draft is made the way HR makes one: pick an employee, start the form. The privacy notice (a modal
      // dialog) stands in front of it until HR agrees.
      open: async (p, helpers, table) => {
        await helpers.goto(p, table.path('applyStart'))
        await visible(p, '[aria-labelledby="apply-employee"] [role="radio"]').click()
        await nutButton(p, '.apply-start').last().click()
        await p.waitForURL(/draftId=/)
      },
      ready: (p) => visible(p, '[role="dialog"]'),
      // Until then the notice is all the page shows (its own heading is level 2).
      noH1: true,
      states: [
        {
          name: 'Next with fields missing, after agreeing to the notice',
          act: async (p, helpers) => {
            await helpers.agreeToPrivacy(p)
            await visible(p, '.apply-field').waitFor()
            await nutButton(p, '.apply-form__nav').last().click()
            await visible(p, '.apply-form__summary').waitFor()
          }
        }
      ]
    }
  ],
  applyDrafts: [
    {
      as: 'hr',
      ready: (p) => visible(p, '.apply-card'),
      states: [
        {
          name: 'delete asks to confirm',
          act: async (p) => {
            await nutButton(p, '.apply-drafts .apply-card__actions').last().click()
            await visible(p, '.apply-card__confirm').waitFor()
          }
        }
      ]
    }
  ],
  caseList: [
    { as: 'talent', ready: (p) => visible(p, '.cases-row') },
    { as: 'hr', ready: (p) => visible(p, '.cases-row') }
  ],
  caseDetail: [
    { as: 'talent', query: 'id=case-bh-3', ready: (p) => visible(p, '.cases-next') },
    // Gansu's first case waits for a supplement: the answer panel with its fields.
    { as: 'hr', query: 'id=case-gs-1', ready: (p) => visible(p, '.cases-item') },
    { as: 'hr', query: 'id=case-gs-2', ready: (p) => visible(p, '.cases-next') }
  ],
  dashboard: [{ as: 'hr', ready: (p) => visible(p, '.cases-employee') }],
  inbox: [
    { as: 'talent', ready: (p) => visible(p, '.cases-header__sub') },
    { as: 'hr', ready: (p) => visible(p, '.cases-note') }
  ],
  appointment: [
    {
      as: 'hr',
      query: 'id=case-gs-2',
      ready: (p) => visible(p, '.cases-office'),
      states: [{ name: 'another office picked', act: async (p) => visible(p, '.cases-chip:not(.cases-chip--on)').click() }]
    }
  ],
  verify: [
    {
      as: 'verifier',
      ready: (p) => visible(p, '.verify__card'),
      states: [
        {
          name: 'a genuine code checked',
          act: async (p, helpers, { liveCode }) => {
            await visible(p, 'input.verify__input').fill(await liveCode())
            await nutButton(p, '.verify__buttons').first().click()
            await visible(p, '.verdict').waitFor()
          }
        },
        {
          name: 'a tampered code checked',
          act: async (p, helpers, { liveCode }) => {
            const code = await liveCode()
            const i = code.length - 10
            await visible(p, 'input.verify__input').fill(code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1))
            await nutButton(p, '.verify__buttons').first().click()
            await visible(p, '.verdict--bad').waitFor()
          }
        }
      ]
    }
  ],
  perks: [
    {
      as: 'talent',
      ready: (p) => visible(p, '.perk-card'),
      states: [{ name: 'rules unfolded', act: async (p) => visible(p, '.perk-link[aria-expanded="false"]').click() }]
    }
  ],
  theatre: [
    {
      as: 'talent',
      ready: (p) => visible(p, '.perk-card .nut-button'),
      states: [
        {
          name: 'a show opened for booking',
          act: async (p) => {
            // A show's card (the phone-reservation card above it has buttons too).
            await nutButton(p, '.perk-card[role="group"]').first().click()
            await visible(p, '.perk-stepper').waitFor()
          }
        }
      ]
    }
  ],
  hospital: [{ as: 'talent', ready: (p) => visible(p, '.perk-chips') }],
  school: [
    {
      as: 'talent',
      // The form waits behind a note until the privacy notice is agreed to.
      ready: (p) => visible(p, '.privacy-declined--inline'),
      states: [
        {
          name: 'privacy notice opened from the note',
          act: async (p) => {
            await nutButton(p, '.privacy-declined--inline').click()
            await visible(p, '[role="dialog"]').waitFor()
          }
        },
        {
          name: 'agreed, passport number shown',
          act: async (p, helpers) => {
            await helpers.agreeToPrivacy(p)
            await visible(p, '.perk-link[aria-pressed]').click()
          }
        }
      ]
    }
  ],
  perkService: [{ as: 'talent', query: 'id=bh-perk-childcare', ready: (p) => visible(p, '.perk-card') }]
}

/** Pages Lighthouse scores: no axe finding of any impact. */
const STRICT = new Set(['home', 'guideDetail', 'certificate'])

async function newPage(browser, helpers, lang) {
  const context = await browser.newContext({ ...CONTEXT_OPTIONS, locale: lang === 'en' ? 'en-US' : 'zh-CN' })
  context.setDefaultTimeout(15_000)
  const page = await context.newPage()
  // Into the runner's lists, so its checks (uncaught errors, passport numbers in the console) cover this context too.
  page.on('pageerror', (err) => helpers.pageErrors.push(err))
  page.on('console', (m) => helpers.consoleMessages.push({ type: m.type(), text: m.text(), location: m.location()?.url ?? '', page }))
  return { context, page }
}

async function signIn(page, helpers, as) {
  if (as === 'guest') return
  await helpers.goto(page, 'packages/account/pages/sign-in/index')
  const form = visible(page, '.sign-in__form')
  await form.locator('input.sign-in__input').nth(0).fill(ACCOUNTS[as])
  await form.locator('input.sign-in__input').nth(1).fill(PASSWORD)
  await nutButton(form).click()
  await visible(page, '.home__areas').waitFor()
}

/** Taro's toast fades out with its text at low contrast: let it go before looking. */
async function settle(page, loadingText) {
  await page
    .waitForFunction(
      () => [...document.querySelectorAll('.taro__toast')].every((el) => getComputedStyle(el).display === 'none' || el.getBoundingClientRect().width === 0),
      null,
      { timeout: 5_000 }
    )
    .catch(() => undefined)
  await page.getByText(loadingText, { exact: true }).filter({ visible: true }).first().waitFor({ state: 'hidden' })
  // NutUI and the app animate colours on state changes; contrast is measured on the final ones.
  await page.waitForTimeout(250)
}

/** Visible controls (Views given a role, NutUI buttons) that Tab cannot reach. */
function unreachable(page) {
  return page.evaluate((selector) => {
    const out = []
    for (const el of document.querySelectorAll(selector)) {
      const r = el.getBoundingClientRect()
      if (r.width < 1 || r.height < 1 || getComputedStyle(el).visibility === 'hidden') continue
      if (el.closest('[aria-hidden="true"], [inert]')) continue
      const native = el.matches('a[href], button, input, select, textarea')
      const disabled = el.getAttribute('aria-disabled') === 'true'
      if (!native && !disabled && el.tabIndex < 0)
        out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent || '').trim().slice(0, 40)}"`)
    }
    return out
  }, INTERACTIVE)
}

/** Checks the page as it is now; returns the problems as lines (empty when clean). */
async function check(page, helpers, { label, lang, strict }) {
  const problems = []
  // Taro scrolls each page inside a container the height of the screen (the body clips the rest), and axe
  // counts what lies outside it as not visible: a field's label below the fold would read as missing
  // (label-title-only). For the check the screen is as tall as the page, so all of it is on screen at once.
  const tall = await page.evaluate(() =>
    Math.ceil(
      Math.max(
        innerHeight,
        ...[...document.querySelectorAll('.taro_page')]
          .filter((p) => p.getBoundingClientRect().width > 0)
          .map((p) => p.scrollHeight + innerHeight - p.clientHeight)
      )
    )
  )
  await page.setViewportSize({ width: CONTEXT_OPTIONS.viewport.width, height: tall })
  const violations = await helpers.axe(page, strict ? { impacts: ALL_IMPACTS } : {})
  await page.setViewportSize(CONTEXT_OPTIONS.viewport)
  if (violations.length) problems.push(`${label}:\n  ${helpers.formatViolations(violations).split('\n').join('\n  ')}`)
  const htmlLang = await page.evaluate(() => document.documentElement.lang)
  if (htmlLang !== lang) problems.push(`${label}: <html lang="${htmlLang}">, expected "${lang}"`)
  const keyboard = await unreachable(page)
  if (keyboard.length) problems.push(`${label}: not reachable with Tab: ${keyboard.join(', ')}`)
  return problems
}

/** Visits every planned page of one role in one language; collects every problem before failing. */
async function auditRole(as, lang, { browser, helpers }) {
  const table = await routeTable()
  const loading = locale(lang, 'common').status.loading
  const { context, page } = await newPage(browser, helpers, lang)
  // The verifier's states need a live code from a holder's screen: Alice's, made in a context of her own.
  let code = null
  const liveCode = async () => {
    if (code) return code
    const holder = await newPage(browser, helpers, 'en')
    await signIn(holder.page, helpers, 'talent')
    await helpers.goto(holder.page, table.path('certificate'))
    code = await holder.page.locator('[data-qr-text][data-qr-purpose="hospital"]').getAttribute('data-qr-text')
    await holder.context.close()
    return code
  }
  const problems = []
  let visited = 0
  let label = `${lang} ${as} sign-in`
  try {
    await signIn(page, helpers, as)
    for (const name of table.names) {
      for (const visit of (PLAN[name] ?? []).filter((v) => v.as === as)) {
        const route = table.path(name) + (visit.query ? `?${visit.query}` : '')
        label = `${lang} ${as} ${route}`
        if (visit.open) await visit.open(page, helpers, table)
        else await helpers.goto(page, route)
        await visit.ready(page).waitFor()
        if (!visit.noH1) await h1(page).waitFor()
        await settle(page, loading)
        const strict = STRICT.has(name)
        problems.push(...(await check(page, helpers, { label, lang, strict })))
        visited++
        for (const state of visit.states ?? []) {
          await state.act(page, helpers, { liveCode })
          await settle(page, loading)
          problems.push(...(await check(page, helpers, { label: `${label} [${state.name}]`, lang, strict })))
          visited++
        }
      }
    }
  } catch (err) {
    // The runner's screenshot shows its own page, not this context's: keep this one.
    const shot = await helpers.screenshot(page, `a11y ${label}`).catch(() => null)
    throw new Error(`${label}: ${err.message}${shot ? `\nscreenshot: ${path.relative(process.cwd(), shot)}` : ''}`, { cause: err })
  } finally {
    await context.close()
  }
  helpers.assert.ok(visited > 0, `no page planned for ${as}`)
  if (problems.length) helpers.assert.fail(`${problems.length} problem(s) on ${visited} page(s)/state(s) for ${as} in ${lang}:\n${problems.join('\n')}`)
  console.log(`    ${visited} page(s)/state(s) checked`)
  helpers.assert.deepEqual(helpers.pageErrors, [])
}

/** Keeps pressing Tab until `locator` has the focus (or gives up). */
async function tabTo(page, locator, max = 60) {
  // A page being navigated away from stays on screen while it animates out: Tab would walk through it too.
  await page.waitForFunction(() => [...document.querySelectorAll('.taro_page')].filter((p) => p.getBoundingClientRect().width > 0).length === 1)
  const target = await locator.elementHandle()
  const trail = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const [reached, at] = await page.evaluate(
      (el) => [document.activeElement === el, `${document.activeElement.localName}.${document.activeElement.className}`.slice(0, 60)],
      target
    )
    if (reached) return
    trail.push(at)
  }
  throw new Error(`Tab never reached ${locator}; the focus went ${trail.slice(0, 12).join(' > ')}`)
}

/** Horizontal overflow of the document, and text that sticks out of the screen or out of a box that clips it. */
function layoutProblems(page) {
  return page.evaluate(() => {
    const out = []
    const doc = document.scrollingElement
    if (doc.scrollWidth > innerWidth + 1) out.push(`page scrolls sideways: ${doc.scrollWidth}px content in ${innerWidth}px`)
    for (const el of document.querySelectorAll('#app *')) {
      if (!el.firstChild || ![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue
      const r = el.getBoundingClientRect()
      if (r.width < 1 || r.height < 1) continue
      const cs = getComputedStyle(el)
      if (cs.visibility === 'hidden' || el.closest('[aria-hidden="true"]')) continue
      const text = el.textContent.trim().slice(0, 50)
      if (r.left < -1 || r.right > innerWidth + 1) out.push(`off screen (${Math.round(r.left)}..${Math.round(r.right)}px): "${text}"`)
      const clips = (v) => v === 'hidden' || v === 'clip'
      if (
        (clips(cs.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
        (clips(cs.overflowY) && el.scrollHeight > el.clientHeight + 1) ||
        cs.textOverflow === 'ellipsis'
      ) {
        if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) out.push(`clipped: "${text}"`)
      }
    }
    return out
  })
}

const roleTests = ['guest', 'talent', 'hr', 'verifier'].flatMap((as) =>
  LANGUAGES.map((lang) => ({
    name: `a11y: ${as} pages in ${lang} (axe, html lang, every control reachable with Tab)`,
    timeout: 180_000,
    run: async ({ browser, helpers }) => auditRole(as, lang, { browser, helpers })
  }))
)

export const tests = [
  {
    name: 'a11y: every route in src/routes.ts is planned for a check',
    run: async ({ helpers }) => {
      const { names } = await routeTable()
      const missing = names.filter((n) => !PLAN[n]?.length)
      const unknown = Object.keys(PLAN).filter((n) => !names.includes(n))
      helpers.assert.deepEqual(missing, [], `routes with no a11y visit in 90-a11y.spec.mjs: ${missing.join(', ')}`)
      helpers.assert.deepEqual(unknown, [], `planned routes that are not in src/routes.ts: ${unknown.join(', ')}`)
    }
  },
  ...roleTests,
  {
    name: 'a11y: keyboard alone opens a guide card, a home tile and a NutUI button, and picks a radio',
    run: async ({ page, helpers }) => {
      const { assert } = helpers
      // Each step starts from a fresh load: editing the hash back to a tab page after an in-app navigation
      // leaves Taro's router showing no page (not something a person does, so not what is tested here).
      const fresh = async (route) => {
        await page.goto('about:blank')
        await helpers.goto(page, route)
      }
      await fresh('pages/guides/index')
      const card = visible(page, '.guide-entry')
      const title = (await card.locator('.guide-entry__name').innerText()).trim()
      await tabTo(page, card)
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { level: 1, name: title }).waitFor()

      // Space picks a radio (a region on the guides tab) without scrolling the page.
      await fresh('pages/guides/index')
      const gansu = page.getByRole('radio', { name: 'Gansu Province' })
      await tabTo(page, gansu)
      const scrolled = () => page.evaluate(() => document.scrollingElement.scrollTop)
      const before = await scrolled()
      await page.keyboard.press('Space')
      assert.equal(await gansu.getAttribute('aria-checked'), 'true')
      assert.equal(await scrolled(), before, 'Space scrolled the page')

      // A home tile (role=link) opens with Enter; a NutUI button (Sign in) with Space.
      await fresh('pages/home/index')
      await tabTo(page, page.getByRole('link', { name: /Do I qualify\?/ }))
      await page.keyboard.press('Enter')
      await page.waitForURL(/packages\/guides\/pages\/points/)
      await h1(page).waitFor()
      await fresh('pages/home/index')
      const signInButton = page.getByRole('button', { name: 'Sign in', exact: true })
      await tabTo(page, signInButton)
      // The focus is visible: an outline drawn around the focused control.
      const outline = await signInButton.evaluate((el) => getComputedStyle(el).outlineStyle)
      assert.notEqual(outline, 'none', 'the focused button shows no focus outline')
      await page.keyboard.press('Space')
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor()
    }
  },
  {
    name: 'a11y: text at 200% (the browser setting) scales the app and nothing scrolls sideways or is clipped',
    timeout: 120_000,
    run: async ({ page, context, helpers }) => {
      const { assert } = helpers
      const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
      await helpers.givePrivacyConsent(context)
      await helpers.goto(page, 'pages/home/index')
      const normal = await rootSize()
      // The reader's own text size: Chromium's default font size setting, 16px -> 32px.
      const cdp = await context.newCDPSession(page)
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } })
      await page.reload()
      await helpers.waitForApp(page)
      const large = await rootSize()
      assert.ok(large >= normal * 1.9, `root font size ${normal}px -> ${large}px: the app ignores the reader's text size`)

      const pages = [
        ['home', 'pages/home/index', () => visible(page, '.home__signin')],
        ['a guide', 'packages/guides/pages/detail/index?region=gansu&type=bundle&id=gs-one-thing-2025', () => visible(page, '.gsection')]
      ]
      const problems = []
      for (const [name, route, ready] of pages) {
        await helpers.goto(page, route)
        await ready().waitFor()
        problems.push(...(await layoutProblems(page)).map((p) => `${name}: ${p}`))
      }
      // The application form, as HR fills it.
      await signIn(page, helpers, 'hr')
      await helpers.goto(page, 'packages/apply/pages/start/index')
      await visible(page, '[aria-labelledby="apply-employee"] [role="radio"]').click()
      await nutButton(page, '.apply-start').last().click()
      await visible(page, '.apply-field').waitFor()
      await nutButton(page, '.apply-form__nav').last().click()
      await visible(page, '.apply-form__summary').waitFor()
      problems.push(...(await layoutProblems(page)).map((p) => `application form: ${p}`))
      const label = visible(page, '.apply-field__label')
      const size = await label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
      assert.ok(size >= 24, `field labels are ${size}px at 200% text`)
      if (problems.length) assert.fail(problems.join('\n'))
    }
  }
]
