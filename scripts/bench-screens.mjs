/**
 * Screen timings in the H5 build, in headless Chromium (a benchmark: it prints numbers, it asserts nothing):
 * - the certificate shown with the backend unreachable, from a cold page load (the holder at a triage desk);
 * - the HR dashboard's first screen with 5,000 cases in the embedded mock backend.
 * Each is the median of `runs` cold loads, in a fresh browser context.
 */
const CONTEXT = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en-US' }
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[Math.floor(s.length / 2)] : null
}

/** Taro's H5 storage wraps each value as {"data": ...}; read and write the mock's state through that. */
async function editMockState(page, edit) {
  await page.evaluate(`(() => {
    const key = 'wic.mock.v1'
    const outer = JSON.parse(localStorage.getItem(key))
    const state = JSON.parse(outer.data)
    ;(${edit.toString()})(state)
    localStorage.setItem(key, JSON.stringify({ ...outer, data: JSON.stringify(state) }))
  })()`)
}

async function signIn(page, baseUrl, account) {
  await page.goto(`${baseUrl}#/packages/account/pages/sign-in/index`)
  await page.getByRole('button', { name: account }).click()
  await page.getByText(/^Hello, /).waitFor({ timeout: 30_000 })
}

/** ms from the start of a cold page load (a reload of `url`) until `locator` is visible. */
async function timeTo(page, url, locator) {
  await page.goto(url)
  await page.reload()
  await locator(page).waitFor({ timeout: 30_000 })
  return page.evaluate(() => performance.now())
}

export async function certificateOfflineTiming(browser, baseUrl, runs = 3) {
  const samples = []
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext(CONTEXT)
    const page = await context.newPage()
    await signIn(page, baseUrl, /Alice Martin — Foreign talent/)
    await page.goto(`${baseUrl}#/pages/certificate/index`)
    await page.getByText('BHKJ-2026-0007').waitFor({ timeout: 30_000 })
    // The backend is unreachable (the embedded mock set offline); the page's own files still load, as
    // a mini-program's do from the phone.
    await editMockState(page, (state) => {
      state.faults = { ...state.faults, offline: true }
    })
    samples.push(await timeTo(page, `${baseUrl}#/pages/certificate/index?cold=${i}`, (p) => p.getByText('BHKJ-2026-0007')))
    await context.close()
  }
  return { runs, medianMs: median(samples), samples }
}

export async function dashboardTiming(browser, baseUrl, runs = 3, cases = 5000) {
  const samples = []
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext(CONTEXT)
    const page = await context.newPage()
    await signIn(page, baseUrl, /Zhang Wei \(HR, Lanzhou New Energy\)/)
    await editMockState(page, new Function('state', `
      const template = state.cases.filter((c) => c.employerId === 'emp-gs')
      const copies = []
      for (let n = 0; copies.length + template.length < ${cases}; n++) {
        const c = template[n % template.length]
        copies.push({ ...c, id: c.id + '-x' + n, applicantName: c.applicantName + ' ' + n })
      }
      state.cases.push(...copies)
    `))
    samples.push(await timeTo(page, `${baseUrl}#/packages/cases/pages/dashboard/index?cold=${i}`, (p) => p.getByRole('listitem').first()))
    await context.close()
  }
  return { runs, cases, medianMs: median(samples), samples }
}
