// A way back on every sub-page: each non-tab route of src/routes.ts is opened the way a person gets there (a
// tap on the page that links to it, most from home), shows a header with Back and its title in the reader's
// language, and Back returns to the page it was opened from. A page opened directly (a shared link, no page
// before it in the app) goes home. Tab pages have no such header.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { nutButton, startJohnsForm } from '../flows.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const locale = (lang, ns) => JSON.parse(fs.readFileSync(path.join(ROOT, 'locales', lang, `${ns}.json`), 'utf8'))
const ACCOUNTS = { talent: 'alice', hr: 'hr.gansu', verifier: 'nurse.bh' }

/** The route table itself, compiled on the fly (as the a11y spec does), so no route is copied here. */
async function routeTable() {
  const source = fs.readFileSync(path.join(ROOT, 'src', 'routes.ts'), 'utf8')
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2020 } })
  return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`)
}

const visible = (locator) => locator.filter({ visible: true }).first()
const tile = (page, name) => visible(page.getByRole('link', { name: new RegExp(`^${name}`) }))

/**
 * How each sub-route is reached: as whom, from which page (`from`: a route name and query), by which tap.
 * Perk pages are reached from the perks hub by the loop at the end (one button per perk).
 */
const REACH = {
  signIn: { as: 'guest', from: 'home', tap: (p) => nutButton(p, 'Sign in').click() },
  pointsCheck: { as: 'guest', from: 'home', tap: (p) => tile(p, 'Do I qualify').click() },
  guideDetail: { as: 'guest', from: 'guides', tap: (p) => visible(p.locator('.guide-entry')).click() },
  talentCheck: { as: 'guest', from: 'guides', tap: (p) => tile(p, 'Beihai talent certification check').click() },
  privacy: { as: 'guest', from: 'me', tap: (p) => nutButton(p, 'Read the privacy notice').click() },
  officer: { as: 'guest', from: 'me', tap: (p) => visible(p.getByRole('link', { name: /^Officer simulator/ })).click() },
  caseList: { as: 'talent', from: 'home', tap: (p) => tile(p, 'My applications').click() },
  caseDetail: { as: 'talent', from: 'caseList', tap: (p) => visible(p.locator('.cases-row')).click() },
  inbox: { as: 'talent', from: 'home', tap: (p) => tile(p, 'Notifications').click() },
  perks: { as: 'talent', from: 'home', tap: (p) => tile(p, 'Perks').click() },
  dashboard: { as: 'hr', from: 'home', tap: (p) => tile(p, 'Cases dashboard').click() },
  applyStart: { as: 'hr', from: 'home', tap: (p) => tile(p, 'New application').click() },
  applyForm: { as: 'hr', from: 'applyStart', tap: async (p, helpers) => startJohnsForm(p, helpers) },
  // Linked from the start page once a draft exists (the form above made one).
  applyDrafts: { as: 'hr', from: 'applyStart', tap: (p) => visible(p.locator('.apply-start__drafts')).click() },
  appointment: { as: 'hr', from: 'caseDetail', query: 'id=case-gs-2', tap: (p) => visible(p.locator('.cases-next .nut-button')).click() },
  verify: { as: 'verifier', from: 'home', tap: (p) => tile(p, 'Verify a certificate').click() }
}
const PERK_ROUTES = ['theatre', 'hospital', 'school', 'perkService']

const hashRoute = (page) => decodeURIComponent(new URL(page.url()).hash.replace(/^#\/?/, '').split('?')[0])

/** Loads the app afresh at `route` (a goto that changes only the hash would not load the document again). */
async function coldOpen(page, helpers, route) {
  await page.goto(helpers.url(route), { waitUntil: 'domcontentloaded' })
  await page.reload({ waitUntil: 'domcontentloaded' })
  await helpers.waitForApp(page)
}

async function signIn(page, helpers, as) {
  if (as === 'guest') return
  await helpers.goto(page, 'packages/account/pages/sign-in/index')
  const form = page.locator('.sign-in__form')
  await form.locator('input.sign-in__input').nth(0).fill(ACCOUNTS[as])
  await form.locator('input.sign-in__input').nth(1).fill('demo1234')
  await nutButton(form, 'Sign in').click()
  await page.getByText(/^Hello, /).waitFor()
  await page.waitForURL(/#\/pages\/home\/index/)
}

/** The header of the page on top: its Back button and its title. */
function header(page) {
  const box = visible(page.locator('.back-header'))
  return { box, back: box.getByRole('button', { name: 'Back', exact: true }), title: box.locator('.back-header__title') }
}

/** The title the route's page sets: common:pageTitles where it has one there. */
function expectedTitle(name) {
  const titles = locale('en', 'common').pageTitles
  if (name in titles) return titles[name]
  return { officer: locale('en', 'dev').title }[name]
}

async function pressBackAndExpect(page, helpers, fromPath, where) {
  const { back } = header(page)
  await back.click()
  await page.waitForFunction((want) => decodeURIComponent(location.hash.replace(/^#\/?/, '').split('?')[0]) === want, fromPath, { timeout: 10_000 }).catch(() => undefined)
  helpers.assert.equal(hashRoute(page), fromPath, `${where}: Back went to ${hashRoute(page)}, not ${fromPath}`)
  await helpers.waitForApp(page)
}

/** No back header in view (a page being left is still drawn while it animates out: waits for it to go). */
async function assertNoHeader(page, helpers, where) {
  const gone = await page
    .waitForFunction(() => [...document.querySelectorAll('.back-header')].every((el) => el.getBoundingClientRect().width === 0), null, { timeout: 5_000 })
    .then(() => true)
    .catch(() => false)
  helpers.assert.ok(gone, `${where}: a back header on a tab page`)
}

async function checkHeader(page, helpers, name, where) {
  const { back, title } = header(page)
  await back.waitFor()
  await helpers.assert.doesNotReject(title.waitFor(), `${where}: no title in the header`)
  const want = expectedTitle(name)
  await page.waitForFunction(
    ([el, text]) => el && el.textContent.trim() === text,
    [await title.elementHandle(), want],
    { timeout: 5_000 }
  ).catch(() => undefined)
  helpers.assert.equal((await title.textContent()).trim(), want, `${where}: header title`)
}

export const tests = [
  {
    name: 'every sub-route is planned here (reached by a tap, or opened directly)',
    run: async ({ helpers }) => {
      const { subRoutes } = await routeTable()
      const planned = [...Object.keys(REACH), ...PERK_ROUTES].sort()
      helpers.assert.deepEqual(planned, Object.keys(subRoutes).sort())
    }
  },
  ...['guest', 'talent', 'hr', 'verifier'].map((as) => ({
    name: `Back on every sub-page returns to the page it was opened from (${as})`,
    timeout: 180_000,
    run: async ({ page, context, helpers }) => {
      const mod = await routeTable()
      const pathOf = (name) => mod.routePath(name).replace(/^\//, '')
      await helpers.givePrivacyConsent(context)
      await signIn(page, helpers, as)
      const entries = Object.entries(REACH).filter(([, r]) => r.as === as)
      for (const [name, reach] of entries) {
        const where = `${as} ${name}`
        const from = pathOf(reach.from) + (reach.query ? `?${reach.query}` : '')
        // A fresh load for each start: the page before is then the only one in the app's history.
        await coldOpen(page, helpers, from)
        await reach.tap(page, helpers)
        await page.waitForFunction((want) => decodeURIComponent(location.hash).includes(want), pathOf(name), { timeout: 15_000 }).catch(() => {
          throw new Error(`${where}: the tap did not open ${pathOf(name)} (at ${hashRoute(page)})`)
        })
        await checkHeader(page, helpers, name, where)
        await pressBackAndExpect(page, helpers, pathOf(reach.from), where)
        // A tab page has no back header; a sub-page it came back to has its own again.
        if (reach.from in mod.tabRoutes) await assertNoHeader(page, helpers, where)
      }
      if (as === 'talent') {
        // Every perk the hub lists opens its page, and Back comes back to the hub.
        await coldOpen(page, helpers, pathOf('perks'))
        // Each card's own button, not its contacts' (call, copy, open the map).
        const openButtons = () => page.locator('.perk-card > .nut-button').filter({ visible: true })
        // The hub's cards arrive as the holder's certificate and the region's perks load: wait until they stop changing.
        const settledCount = async () => {
          await openButtons().first().waitFor()
          let last = -1
          for (let same = 0, tries = 0; same < 3 && tries < 40; tries++) {
            const now = await openButtons().count()
            same = now === last ? same + 1 : 0
            last = now
            await page.waitForTimeout(150)
          }
          return last
        }
        const count = await settledCount()
        const reached = new Set()
        for (let i = 0; i < count; i++) {
          await settledCount()
          await openButtons().nth(i).click()
          await page.waitForFunction((hub) => !decodeURIComponent(location.hash).includes(hub), pathOf('perks'), { timeout: 15_000 })
          // A card may send the holder to the certificate tab (to make or refresh it first): a tab, no back header.
          if (Object.values(mod.tabRoutes).some((tab) => hashRoute(page) === tab.path)) {
            await assertNoHeader(page, helpers, `perk ${i} (${hashRoute(page)})`)
            await coldOpen(page, helpers, pathOf('perks'))
            continue
          }
          const name = PERK_ROUTES.find((r) => hashRoute(page) === pathOf(r))
          helpers.assert.ok(name, `a perk button opened ${hashRoute(page)}`)
          reached.add(name)
          await checkHeader(page, helpers, name, `perk ${i} (${name})`)
          await pressBackAndExpect(page, helpers, pathOf('perks'), `perk ${i} (${name})`)
        }
        helpers.assert.deepEqual([...reached].sort(), [...PERK_ROUTES].sort(), 'the hub leads to every perk page')
      }
      helpers.assert.deepEqual(helpers.pageErrors, [])
    }
  })),
  {
    name: 'Back on a sub-page opened directly (no page before it) goes home; tab pages have no back header',
    run: async ({ page, helpers }) => {
      const mod = await routeTable()
      const pathOf = (name) => mod.routePath(name).replace(/^\//, '')
      for (const [name, { query }] of Object.entries({ guideDetail: { query: 'region=gansu&type=bundle&id=gs-one-thing-2025' }, talentCheck: {} })) {
        await coldOpen(page, helpers, pathOf(name) + (query ? `?${query}` : ''))
        await checkHeader(page, helpers, name, `${name} opened directly`)
        await pressBackAndExpect(page, helpers, pathOf('home'), `${name} opened directly`)
      }
      for (const tab of Object.keys(mod.tabRoutes)) {
        await coldOpen(page, helpers, pathOf(tab))
        await assertNoHeader(page, helpers, tab)
      }
      helpers.assert.deepEqual(helpers.pageErrors, [])
    }
  },
  {
    name: 'the back header speaks Chinese for a Chinese reader',
    run: async ({ browser, helpers }) => {
      const { CONTEXT_OPTIONS } = await import('../helpers.mjs')
      const context = await browser.newContext({ ...CONTEXT_OPTIONS, locale: 'zh-CN' })
      try {
        const page = await context.newPage()
        await helpers.goto(page, 'packages/guides/pages/talent/index')
        const box = visible(page.locator('.back-header'))
        await box.getByRole('button', { name: locale('zh-CN', 'common').actions.back, exact: true }).waitFor()
        helpers.assert.equal((await box.locator('.back-header__title').textContent()).trim(), locale('zh-CN', 'common').pageTitles.talentCheck)
      } finally {
        await context.close()
      }
    }
  }
]
