/**
 * What the mini-program sends to its render layer (setData) where it matters most: the HR dashboard holding
 * 5,000 cases, first screen and scrolling. Sizes, not timings: they do not depend on the machine.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { dashboardFigures } from './measure'
import { SETDATA_BUDGET, builtOrSkip } from './support'

test(
  'the HR dashboard holding 5,000 cases: a small first screen, and each scroll step sends only the rows that enter',
  { skip: builtOrSkip('embedded') },
  async (t) => {
    const d = await dashboardFigures(5000)
    t.diagnostic(`first screen: ${d.firstScreenCalls} setData, ${(d.firstScreenBytes / 1024).toFixed(1)} KiB`)
    t.diagnostic(
      `scroll steps (3 rows): ${d.steps.map((s) => (s.bytes / 1024).toFixed(1)).join(' ')} KiB; a jump to the end ${(d.jumpToEndBytes / 1024).toFixed(1)} KiB`
    )
    assert.ok(d.listSize >= 5000, `the list holds ${d.listSize} cases`)
    assert.ok(d.rowHeight > 0, 'rows have one drawn height')
    assert.ok(d.firstScreenBytes <= SETDATA_BUDGET.tabFirstRenderBytes, `first screen sent ${d.firstScreenBytes} bytes`)
    d.steps.forEach((step, i) => {
      assert.ok(step.moved, `step ${i + 1}: the window moved`)
      assert.ok(step.bytes <= SETDATA_BUDGET.scrollStepBytes, `step ${i + 1}: ${step.bytes} bytes for three rows`)
    })
    assert.ok(d.jumpToEndBytes <= SETDATA_BUDGET.tabFirstRenderBytes, `a jump to the end sent ${d.jumpToEndBytes} bytes`)
    assert.deepEqual(d.errors, [])
  }
)
