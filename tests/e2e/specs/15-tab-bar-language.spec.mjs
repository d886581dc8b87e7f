// The tab bar speaks the reader's language from its first drawing: on a cold load, after a reload, on a page
// opened directly, and after the language is switched. Every text the tab bar ever shows is recorded from the
// moment the document starts (a MutationObserver in an init script), so a Chinese bar replaced a moment later
// by an English one fails as well as one that stays Chinese.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { CONTEXT_OPTIONS } from '../helpers.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const common = (lang) => JSON.parse(fs.readFileSync(path.join(ROOT, 'locales', lang, 'common.json'), 'utf8'))
/** The tab order of src/routes.ts (home, guides, certificate, me), as the tab bar lists them. */
const TAB_KEYS = ['home', 'guides', 'certificate', 'me']
const tabTexts = (lang) => TAB_KEYS.map((key) => common(lang).tabs[key])

/** Records each distinct set of tab labels the document shows, from its start. */
function recordTabBar() {
  const seen = []
  window.__tabBarTexts = seen
  const read = () => {
    const labels = document.querySelectorAll('taro-tabbar .weui-tabbar__label')
    if (labels.length === 0) return
    const texts = [...labels].map((el) => (el.textContent || '').trim())
    const last = seen[seen.length - 1]
    if (!last || last.join('|') !== texts.join('|')) seen.push(texts)
  }
  new MutationObserver(read).observe(document, { subtree: true, childList: true, characterData: true })
}

async function visibleTabTexts(page) {
  const labels = page.locator('taro-tabbar .weui-tabbar__label')
  await labels.first().waitFor()
  return labels.allTextContents()
}

async function seenTabTexts(page) {
  return page.evaluate(() => window.__tabBarTexts)
}

async function openContext(browser, locale) {
  const context = await browser.newContext({ ...CONTEXT_OPTIONS, locale })
  await context.addInitScript(recordTabBar)
  return context
}

/** The bar shows `expected` now, and never showed anything else since the document started. */
async function assertOnlyEver(page, expected, where, assert) {
  await page.waitForFunction((want) => {
    const labels = [...document.querySelectorAll('taro-tabbar .weui-tabbar__label')].map((el) => (el.textContent || '').trim())
    return labels.join('|') === want.join('|')
  }, expected)
  assert.deepEqual(await visibleTabTexts(page), expected, `${where}: tab texts`)
  const seen = await seenTabTexts(page)
  assert.ok(seen.length > 0, `${where}: the tab bar was never drawn`)
  assert.deepEqual(seen, [expected], `${where}: the tab bar showed other texts first: ${JSON.stringify(seen)}`)
}

const cases = [
  { locale: 'en-US', lang: 'en' },
  { locale: 'zh-CN', lang: 'zh-CN' }
]

export const tests = [
  ...cases.map(({ locale, lang }) => ({
    name: `tab bar in ${lang} (browser ${locale}) on a cold load, after reloads and on a tab opened directly`,
    run: async ({ browser, helpers }) => {
      const { assert } = helpers
      const context = await openContext(browser, locale)
      try {
        const page = await context.newPage()
        const expected = tabTexts(lang)
        await helpers.goto(page)
        await assertOnlyEver(page, expected, 'cold load', assert)
        for (let i = 1; i <= 3; i++) {
          await page.reload({ waitUntil: 'domcontentloaded' })
          await helpers.waitForApp(page)
          await assertOnlyEver(page, expected, `reload ${i}`, assert)
        }
        await helpers.goto(page, 'pages/certificate/index')
        await page.reload({ waitUntil: 'domcontentloaded' })
        await helpers.waitForApp(page)
        await assertOnlyEver(page, expected, 'certificate tab reloaded', assert)
        // The bar is a labelled navigation landmark in the same language.
        await page.getByRole('navigation', { name: common(lang).a11y.tabBar }).waitFor()
      } finally {
        await context.close()
      }
    }
  })),
  {
    name: 'tab bar follows a language switch, and the chosen language after a reload',
    run: async ({ browser, helpers }) => {
      const { assert } = helpers
      const context = await openContext(browser, 'en-US')
      try {
        const page = await context.newPage()
        await helpers.goto(page, 'pages/me/index')
        assert.deepEqual(await visibleTabTexts(page), tabTexts('en'))
        await page.getByRole('radio', { name: '中文' }).click()
        await page.waitForFunction(
          (want) => [...document.querySelectorAll('taro-tabbar .weui-tabbar__label')].map((el) => el.textContent).join('|') === want.join('|'),
          tabTexts('zh-CN')
        )
        // The chosen language is kept: the reloaded page never shows the device's (English) texts.
        await page.reload({ waitUntil: 'domcontentloaded' })
        await helpers.waitForApp(page)
        await assertOnlyEver(page, tabTexts('zh-CN'), 'reload after switching to Chinese', assert)
      } finally {
        await context.close()
      }
    }
  }
]
