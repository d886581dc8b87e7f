/**
 * setData figures of the built mini-program (dist/weapp), measured with the harness: what the specs check
 * against SETDATA_BUDGET and what `npm run bench` prints (`node --import tsx tests/weapp/measure.ts [--json]`).
 * Sizes, not timings: they do not depend on the machine.
 */
import { tabRoutes } from '@/routes'
import type { MiniProgram } from './harness/miniProgram'
import { allElements } from './harness/tree'
import { ROLE_ACCOUNT, SETDATA_BUDGET, launch, open, signIn, type Role } from './support'

const sum = (calls: { bytes: number }[]) => calls.reduce((total, c) => total + c.bytes, 0)
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

export interface TabRender {
  role: Role
  tab: string
  calls: number
  bytes: number
  largest: number
}

/** Each tab page's first render, opened fresh, as each role. */
export async function tabFirstRenders(): Promise<TabRender[]> {
  const out: TabRender[] = []
  for (const role of ['guest', 'talent', 'hr', 'verifier'] as Role[]) {
    const { app, device } = await launch('embedded', 'en')
    try {
      if (role !== 'guest') await signIn(app, device, ROLE_ACCOUNT[role])
      for (const [name, route] of Object.entries(tabRoutes)) {
        const from = app.setDataLog.length
        await app.navigate('reLaunch', `/${route.path}`)
        await app.settle(150)
        const calls = app.setDataSince(from)
        out.push({ role, tab: name, calls: calls.length, bytes: sum(calls), largest: Math.max(0, ...calls.map((c) => c.bytes)) })
      }
    } finally {
      app.kill()
    }
  }
  return out
}

export interface DashboardFigures {
  cases: number
  firstScreenCalls: number
  firstScreenBytes: number
  /** Per three-row scroll step: bytes sent, and whether the window moved. */
  steps: { bytes: number; moved: boolean }[]
  jumpToEndBytes: number
  rowHeight: number
  listSize: number
  errors: string[]
}

/** The HR dashboard holding `cases` cases: the first screen, twenty three-row flicks, a jump to the end. */
export async function dashboardFigures(cases = 5000): Promise<DashboardFigures> {
  const { app, device } = await launch('embedded', 'en')
  try {
    await signIn(app, device, 'hr.gansu')
    // Straight into the embedded demo backend, as the H5 bench does (storage could not hold them).
    app.evaluate(`(() => {
      const state = globalThis.__wicMockBackend.state
      const template = state.cases.filter((c) => c.employerId === 'emp-gs')
      for (let n = 0; state.cases.filter((c) => c.employerId === 'emp-gs').length < ${cases}; n++) {
        const c = template[n % template.length]
        state.cases.push({ ...c, id: c.id + '-x' + n, applicantName: c.applicantName + ' ' + n })
      }
    })()`)
    const from = app.setDataLog.length
    await open(app, 'dashboard')
    const scroller = () => app.elements().find((el) => el.tag === 'scroll-view')
    const rows = () => allElements(scroller()!).filter((el) => el.attrs.role === 'listitem')
    // Cases arrive a page at a time; the first screen is done when all are in.
    await app.waitFor(() => !!scroller() && rows().length > 0 && new RegExp(`\\(${cases} of ${cases}\\)`).test(app.current!.text()), 15000)
    const first = app.setDataSince(from)
    // The row height as drawn (each row is a box of one fixed height).
    const rowHeight = Number(/height:\s*([\d.]+)px/.exec(String(rows()[0].attrs.style ?? ''))?.[1])
    const lastRow = () => Number(rows()[rows().length - 1].attrs['aria-posinset'])
    const scrollTo = (scrollTop: number) =>
      app.fire(scroller()!, 'scroll', { scrollTop, scrollLeft: 0, scrollHeight: cases * rowHeight, scrollWidth: 390, deltaX: 0, deltaY: -rowHeight * 3 })
    const steps: DashboardFigures['steps'] = []
    for (let step = 1; step <= 20; step++) {
      const before = lastRow()
      const mark = app.setDataLog.length
      await scrollTo(step * rowHeight * 3)
      steps.push({ bytes: sum(app.setDataSince(mark)), moved: lastRow() > before })
    }
    const mark = app.setDataLog.length
    await scrollTo((cases - 5) * rowHeight)
    return {
      cases,
      firstScreenCalls: first.length,
      firstScreenBytes: sum(first),
      steps,
      jumpToEndBytes: sum(app.setDataSince(mark)),
      rowHeight,
      listSize: Number(rows()[0].attrs['aria-setsize']),
      errors: [...app.errors]
    }
  } finally {
    app.kill()
  }
}

/** The certificate's live code on screen for `ms`: what its countdown and renewals send. */
export async function liveCodeFigures(app: MiniProgram, ms: number): Promise<{ calls: number; largest: number; perSecond: number }> {
  const from = app.setDataLog.length
  await new Promise((resolve) => setTimeout(resolve, ms))
  const calls = app.setDataSince(from)
  return { calls: calls.length, largest: Math.max(0, ...calls.map((c) => c.bytes)), perSecond: calls.length / (ms / 1000) }
}

interface Row {
  what: string
  value: string
  budget?: string
  ok?: boolean
}

async function main(): Promise<void> {
  const rows: Row[] = []
  const over: string[] = []
  const check = (row: Row) => {
    rows.push(row)
    if (row.ok === false) over.push(`weapp setData: ${row.what}`)
  }
  for (const r of await tabFirstRenders()) {
    check({
      what: `${r.tab} first render, ${r.role}`,
      value: `${r.calls} calls, ${kib(r.bytes)}`,
      budget: `<= ${SETDATA_BUDGET.tabFirstRenderCalls} calls, ${kib(SETDATA_BUDGET.tabFirstRenderBytes)}`,
      ok: r.calls <= SETDATA_BUDGET.tabFirstRenderCalls && r.bytes <= SETDATA_BUDGET.tabFirstRenderBytes
    })
  }
  const d = await dashboardFigures()
  check({
    what: `dashboard, ${d.cases} cases: first screen`,
    value: `${d.firstScreenCalls} calls, ${kib(d.firstScreenBytes)}`,
    budget: `<= ${kib(SETDATA_BUDGET.tabFirstRenderBytes)}`,
    ok: d.firstScreenBytes <= SETDATA_BUDGET.tabFirstRenderBytes
  })
  const largestStep = Math.max(...d.steps.map((s) => s.bytes))
  check({
    what: 'dashboard: largest 3-row scroll step',
    value: kib(largestStep),
    budget: `<= ${kib(SETDATA_BUDGET.scrollStepBytes)}`,
    ok: largestStep <= SETDATA_BUDGET.scrollStepBytes
  })
  check({
    what: 'dashboard: a jump to the last rows',
    value: kib(d.jumpToEndBytes),
    budget: `<= ${kib(SETDATA_BUDGET.tabFirstRenderBytes)}`,
    ok: d.jumpToEndBytes <= SETDATA_BUDGET.tabFirstRenderBytes
  })
  if (process.argv.includes('--json')) console.log(JSON.stringify({ rows, over }))
  else for (const r of rows) console.log(`${r.what.padEnd(48)} ${r.value.padStart(20)}  ${r.budget ?? ''}  ${r.ok === undefined ? '' : r.ok ? 'OK' : 'OVER'}`)
  process.exit(0)
}

if (require.main === module) void main()
