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
