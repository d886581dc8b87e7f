// The build's route preloading (config/routePreload.cjs): which split-off chunk groups are pages.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pageOf } = require('../../config/routePreload.cjs') as { pageOf: (request: string) => string | null }

describe('route preload: page of a chunk group', () => {
  it('names tab pages and subpackage pages by their route path', () => {
    expect(pageOf('./pages/certificate/index')).toBe('pages/certificate/index')
    expect(pageOf('./packages/guides/pages/detail/index')).toBe('packages/guides/pages/detail/index')
    expect(pageOf('./packages/cases/pages/dashboard/index.tsx')).toBe('packages/cases/pages/dashboard/index')
  })

  it('leaves out groups that are not pages (the embedded backend, style helpers)', () => {
    expect(pageOf('./mock')).toBeNull()
    expect(pageOf('./shadow-css.js')).toBeNull()
    expect(pageOf('/work/main/src/app.config')).toBeNull()
    expect(pageOf('')).toBeNull()
  })
})

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { withRouteScript } = require('../../config/routePreload.cjs') as { withRouteScript: (html: string, script: string) => string | null }

describe('route preload: where the script goes in index.html', () => {
  const script = '<script>route()</script>'

  it('goes before the first stylesheet, so that it runs in the first parse rather than after the styles load', () => {
    const html =
      '<head><script>fontSize()</script><link href="./css/app.css" rel="stylesheet"></head><body><div id="app"></div><script src="./js/app.js"></script></body>'
    expect(withRouteScript(html, script)).toBe(
      '<head><script>fontSize()</script><script>route()</script><link href="./css/app.css" rel="stylesheet"></head><body><div id="app"></div><script src="./js/app.js"></script></body>'
    )
  })

  it('goes before the first script file when the page has no stylesheet, and nowhere when it has neither', () => {
    expect(withRouteScript('<body><script src="./js/app.js"></script></body>', script)).toBe(
      '<body><script>route()</script><script src="./js/app.js"></script></body>'
    )
    expect(withRouteScript('<body></body>', script)).toBeNull()
  })
})

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { withParsedMarker } = require('../../config/routePreload.cjs') as { withParsedMarker: (html: string) => string }

describe('route preload: the element the render-blocking rel=expect waits for', () => {
  it('goes last in <body>, after the app scripts, once', () => {
    const html =
      '<html><head><link rel="expect" href="#wic-document-parsed" blocking="render"></head><body><div id="app"></div><script src="js/app.js"></script></body></html>'
    const marked = withParsedMarker(html)
    expect(marked).toBe(html.replace('</body>', '<div id="wic-document-parsed" hidden></div></body>'))
    expect(marked.indexOf('id="wic-document-parsed"')).toBeGreaterThan(marked.indexOf('js/app.js'))
    expect(withParsedMarker(marked)).toBe(marked)
  })
})
