// A Playwright reporter for the last line of an e2e run, `N passed, M failed`: the list reporter ends with the
// passed count, and its failed count can be a screen above.
export default class Summary {
  onBegin(config, suite) {
    this.suite = suite
  }

  onEnd(result) {
    if (process.argv.includes('--list')) return
    const outcomes = this.suite.allTests().map((t) => t.outcome())
    const count = (outcome) => outcomes.filter((o) => o === outcome).length
    // A run that failed outside any test (global setup, a spec that does not load) counts as one failure.
    const failed = count('unexpected') || (result.status === 'passed' ? 0 : 1)
    const skipped = count('skipped')
    console.log(`${count('expected')} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
  }

  printsToStdio() {
    return true
  }
}
