/**
 * What the mini-program sends to its render layer (setData) where it matters most: the HR dashboard holding
 * 5,000 cases, first screen and scrolling. Sizes, not timings: they do not depend on the machine.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { allElements } from './harness/tree'
import { SETDATA_BUDGET, builtOrSkip, launch, open, signIn } from './support'

const CASES = 5000

test(
  `the HR dashboard holding ${CASES.toLocaleString('en')} cases: a small first screen, and each scroll step sends only the rows that enter`,
  { skip: builtOrSkip('embedded') },
  async (t) => {
    const { app, device } = await launch('embedded', 'en')
    try {
      await signIn(app, device, 'hr.gansu')
      // Straight into the embedded demo backend, as the H5 bench does (storage could not hold them).
      app.evaluate(`(() => {
      const state = globalThis.__wicMockBackend.state
      const template = state.cases.filter((c) => c.employerId === 'emp-gs')
      for (let n = 0; state.cases.filter((c) => c.employerId === 'emp-gs').length < ${CASES}; n++) {
        const c = template[n % template.length]
        state.cases.push({ ...c, id: c.id + '-x' + n, applicantName: c.applicantName + ' ' + n })
      }
    })()`)
      const from = app.setDataLog.length
      await open(app, 'dashboard')
      const scroller = () => app.elements().find((el) => el.tag === 'scroll-view')
      const rows = () => allElements(scroller()!).filter((el) => el.attrs.role === 'listitem')
      // Cases arrive a page at a time; the first screen is done when all are in.
      await app.waitFor(() => !!scroller() && rows().length > 0 && /\(5000 of 5000\)/.test(app.current!.text()), 15000)
      const first = app.setDataSince(from)
      const firstBytes = first.reduce((sum, c) => sum + c.bytes, 0)
      t.diagnostic(`first screen: ${first.length} setData, ${(firstBytes / 1024).toFixed(1)} KiB`)
      assert.ok(firstBytes <= SETDATA_BUDGET.tabFirstRenderBytes, `first screen sent ${firstBytes} bytes`)
      const setSize = rows()[0].attrs['aria-setsize']
      assert.ok(Number(setSize) >= CASES, `the list holds ${String(setSize)} cases`)

      // The row height as drawn (each row is a box of one fixed height).
      const rowStyle = String(rows()[0].attrs.style ?? '')
      const CASE_ROW_HEIGHT = Number(/height:\s*([\d.]+)px/.exec(rowStyle)?.[1])
      assert.ok(CASE_ROW_HEIGHT > 0, `row height from "${rowStyle}"`)
      const lastRow = () => Number(rows()[rows().length - 1].attrs['aria-posinset'])
      let scrollTop = 0
      let largestStep = 0
      for (let step = 0; step < 20; step++) {
        const before = lastRow()
        const mark = app.setDataLog.length
        // A flick: three rows at a time, as a thumb moves the list.
        scrollTop += CASE_ROW_HEIGHT * 3
        await app.fire(scroller()!, 'scroll', {
          scrollTop,
          scrollLeft: 0,
          scrollHeight: CASES * CASE_ROW_HEIGHT,
          scrollWidth: 390,
          deltaX: 0,
          deltaY: -CASE_ROW_HEIGHT * 3
        })
        const bytes = app.setDataSince(mark).reduce((sum, c) => sum + c.bytes, 0)
        largestStep = Math.max(largestStep, bytes)
        assert.ok(lastRow() > before, `step ${step}: the window moved (last row ${before} -> ${lastRow()})`)
        assert.ok(bytes <= SETDATA_BUDGET.scrollStepBytes, `step ${step}: ${bytes} bytes for three rows`)
      }
      // Back near the top and a jump to the end: still only what enters the window.
      const mark = app.setDataLog.length
      await app.fire(scroller()!, 'scroll', {
        scrollTop: (CASES - 5) * CASE_ROW_HEIGHT,
        scrollLeft: 0,
        scrollHeight: CASES * CASE_ROW_HEIGHT,
        scrollWidth: 390,
        deltaX: 0,
        deltaY: -1
      })
      const jump = app.setDataSince(mark).reduce((sum, c) => sum + c.bytes, 0)
      t.diagnostic(`scroll step (3 rows): largest ${(largestStep / 1024).toFixed(1)} KiB; a jump to the last rows ${(jump / 1024).toFixed(1)} KiB`)
      assert.ok(jump <= SETDATA_BUDGET.tabFirstRenderBytes, `a jump to the end sent ${jump} bytes`)
      assert.deepEqual(app.errors, [])
    } finally {
      app.kill()
    }
  }
)
