// The build's route preloading (config/routePreload.cjs): which split-off chunk groups are pages.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
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
  it("is the last in <body> of index.html as built, after the app's scripts, hidden, and added once", () => {
    const template = readFileSync(join(__dirname, '..', '..', 'src', 'index.html'), 'utf8')
    const built = template.replace('</body>', '<script src="js/app.js"></script></body>')
    const doc = new DOMParser().parseFromString(withParsedMarker(withParsedMarker(built)), 'text/html')
    const id = doc.querySelector('link[rel="expect"][blocking="render"]')?.getAttribute('href')?.replace(/^#/, '')
    const waitedFor = doc.querySelectorAll(`[id="${id}"]`)
    expect(waitedFor).toHaveLength(1)
    expect(doc.body.lastElementChild).toBe(waitedFor[0])
    expect(waitedFor[0].hasAttribute('hidden')).toBe(true)
  })
})

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { RoutePreloadPlugin } = require('../../config/routePreload.cjs') as { RoutePreloadPlugin: new () => { apply: (compiler: unknown) => void } }

describe('route preload: a build whose pages it cannot find', () => {
  /** Runs the plugin over a stand-in compilation with these chunk groups; returns its errors and the new index.html. */
  function build(requests: string[]) {
    let processAssets: () => void = () => {}
    let html: string | null = null
    const compilation = {
      entrypoints: new Map([['app', { getFiles: () => ['js/app.js'] }]]),
      chunkGroups: requests.map((request, i) => ({ origins: [{ request }], getFiles: () => [`js/${i}.js`] })),
      hooks: { processAssets: { tap: (_: unknown, fn: () => void) => (processAssets = fn) } },
      getAsset: () => ({ source: { source: () => '<html><head><script src="js/app.js"></script></head><body></body></html>' } }),
      updateAsset: (_: string, source: { source: () => string }) => (html = source.source()),
      errors: [] as Error[]
    }
    new RoutePreloadPlugin().apply({ hooks: { thisCompilation: { tap: (_: unknown, fn: (c: typeof compilation) => void) => fn(compilation) } } })
    processAssets()
    return { errors: compilation.errors.map((e) => e.message), html: html as string | null }
  }

  it('fails the build, saying why, rather than shipping an index.html that preloads nothing', () => {
    const { errors, html } = build(['./mock/embedded'])
    expect(errors).toEqual([expect.stringMatching(/no chunk was split off for a page import/)])
    expect(html).toBeNull()
  })

  it('writes the route map when the pages are found', () => {
    const { errors, html } = build(['./pages/home/index'])
    expect(errors).toEqual([])
    expect(html).toContain('"pages/home/index":"0"')
  })
})
