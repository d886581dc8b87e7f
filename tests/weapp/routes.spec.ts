/**
 * Every route of src/routes.ts mounts on the weapp builds (embedded and real-backend), opened by every role
 * that can see it, with WeChat's system language in English and in Chinese: it shows its level-1 heading,
 * the tab bar speaks the same language, and nothing goes wrong (no error, no console.error, no unknown wx API).
 */
import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { tabRoutes, subRoutes, type RouteName, type RouteParams } from '@/routes'
import en from '@locales/en/common.json'
import zh from '@locales/zh-CN/common.json'
import type { MiniProgram } from './harness/miniProgram'
import { textOf } from './harness/tree'
import {
  localeText,
  printPlatformSurface,
  SETDATA_BUDGET,
  assertClean,
  builtOrSkip,
  heading,
  launch,
  open,
  resetMockServer,
  ROLE_ACCOUNT,
  signIn,
  MOCK_SERVER_PORT,
  type BuildName,
  type Role
} from './support'
import { startMockServer } from '@mock/server'

interface Visit {
  query?: RouteParams
  /** Made first, the way a person makes it (a draft to edit); returns the query to open. */
  make?: (app: MiniProgram) => Promise<RouteParams>
}

const everyone: Role[] = ['guest', 'talent', 'hr', 'verifier']

/** Who can see each route, and with which query. Every route name must be here (the first test checks). */
const PLAN: Record<RouteName, Partial<Record<Role, Visit[]>>> = {
  home: Object.fromEntries(everyone.map((r) => [r, [{}]])),
  guides: Object.fromEntries(everyone.map((r) => [r, [{}]])),
  certificate: Object.fromEntries(everyone.map((r) => [r, [{}]])),
  me: Object.fromEntries(everyone.map((r) => [r, [{}]])),
  signIn: { guest: [{}] },
  privacy: Object.fromEntries(everyone.map((r) => [r, [{}]])),
  officer: Object.fromEntries(everyone.map((r) => [r, [{}]])),
  guideDetail: Object.fromEntries(
    everyone.map((r) => [
      r,
      [
        { query: { region: 'gansu', type: 'bundle', id: 'gs-one-thing-2025' } },
        { query: { region: 'beihai', type: 'matter', id: 'bh-work-permit' } },
        { query: { region: 'beihai', type: 'region', id: 'beihai' } }
      ]
    ])
  ),
  pointsCheck: Object.fromEntries(everyone.map((r) => [r, [{ query: { region: 'gansu' } }]])),
  talentCheck: Object.fromEntries(everyone.map((r) => [r, [{}]])),
  applyStart: { hr: [{}], talent: [{}] },
  applyForm: { hr: [{ make: makeDraft }] },
  applyDrafts: { hr: [{}], talent: [{}] },
  caseList: { hr: [{}], talent: [{}] },
  caseDetail: { talent: [{ query: { id: 'case-bh-3' } }], hr: [{ query: { id: 'case-gs-1' } }, { query: { id: 'case-gs-2' } }] },
  dashboard: { hr: [{}] },
  inbox: { hr: [{}], talent: [{}] },
  appointment: { hr: [{ query: { id: 'case-gs-2' } }] },
  verify: { verifier: [{}] },
  perks: { talent: [{}] },
  theatre: { talent: [{}] },
  hospital: { talent: [{}] },
  school: { talent: [{}] },
  perkService: { talent: [{ query: { id: 'bh-perk-childcare' } }] }
}

/** HR makes a draft as HR does: pick an employee on the start page, start the form. */
async function makeDraft(app: MiniProgram): Promise<RouteParams> {
  await open(app, 'applyStart')
  const employee = app.elements().find((el) => el.attrs.role === 'radio')
  assert.ok(employee, 'an employee to pick')
  await app.tap(employee)
  const buttons = app.elements().filter((el) => el.tag === 'button')
  await app.tap(buttons[buttons.length - 1])
  await app.waitFor(() => app.current?.route.endsWith('apply/pages/form/index') ?? false)
  // The privacy notice stands in front of the form until HR agrees; the form is reopened afterwards.
  await app.tap(app.getByText(localeText(app.device.language, 'privacy', 'notice.agree')))
  return { ...app.current!.options }
}

test('every route in src/routes.ts is planned for a check', () => {
  const names = [...Object.keys(tabRoutes), ...Object.keys(subRoutes)].sort()
  assert.deepEqual(Object.keys(PLAN).sort(), names)
})

const TAB_TEXTS = {
  en: Object.values(tabRoutes).map((r) => en.tabs[r.tab.textKey]),
  zh_CN: Object.values(tabRoutes).map((r) => zh.tabs[r.tab.textKey])
}

for (const build of ['embedded', 'http'] as BuildName[]) {
  describe(`weapp ${build} build: every route, every role, both languages`, { skip: builtOrSkip(build) }, () => {
    let server: Awaited<ReturnType<typeof startMockServer>> | undefined
    before(async () => {
      if (build === 'http') server = await startMockServer(MOCK_SERVER_PORT)
    })
    after(() => server?.close())

    for (const language of ['en', 'zh_CN'] as const) {
      for (const role of everyone) {
        test(`${language} ${role}`, async (t) => {
          if (build === 'http') await resetMockServer()
          const { app, device } = await launch(build, language)
          try {
            assert.deepEqual(app.tabTexts, TAB_TEXTS[language], 'tab bar texts in the system language')
            if (role !== 'guest') await signIn(app, device, ROLE_ACCOUNT[role])
            let visits = 0
            for (const [name, byRole] of Object.entries(PLAN) as [RouteName, Partial<Record<Role, Visit[]>>][]) {
              for (const visit of byRole[role] ?? []) {
                const query = visit.make ? await visit.make(app) : visit.query
                const from = app.setDataLog.length
                await open(app, name, query)
                const where = `${build} ${language} ${role} ${name} ${JSON.stringify(query ?? {})}`
                // Ready when its heading is drawn (a page may first show "Loading…").
                await app.waitFor(() => !!heading(app) || app.errors.length > 0).catch(() => undefined)
                const h1 = heading(app)
                assert.ok(h1 && textOf(h1).trim(), `${where}: no level-1 heading\n${app.current?.outline().slice(0, 2500)}`)
                assert.ok(app.current!.text().length > 0, `${where}: empty page`)
                assertClean(app, where)
                const calls = app.setDataSince(from)
                const bytes = calls.reduce((sum, c) => sum + c.bytes, 0)
                const largest = Math.max(0, ...calls.map((c) => c.bytes))
                assert.ok(largest <= SETDATA_BUDGET.singleCallBytes, `${where}: a setData of ${largest} bytes`)
                if (name in tabRoutes) {
                  assert.ok(calls.length <= SETDATA_BUDGET.tabFirstRenderCalls, `${where}: first render took ${calls.length} setData calls`)
                  assert.ok(bytes <= SETDATA_BUDGET.tabFirstRenderBytes, `${where}: first render sent ${bytes} bytes`)
                }
                t.diagnostic(`${name} ${JSON.stringify(query ?? {})}: ${calls.length} setData, ${(bytes / 1024).toFixed(1)} KiB`)
                visits++
              }
            }
            assert.ok(visits > 0)
            assert.deepEqual(app.tabTexts, TAB_TEXTS[language], 'tab bar texts after every route')
          } finally {
            app.kill()
          }
        })
      }
    }
  })
}

after(printPlatformSurface)
