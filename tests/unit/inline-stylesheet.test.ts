// The build's inlining of the app's own stylesheet into index.html (config/inlineStylesheet.cjs).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { withInlineStylesheets, MAX_INLINE_BYTES } = require('../../config/inlineStylesheet.cjs') as {
  withInlineStylesheets: (html: string, cssOf: (href: string) => string | null) => string
  MAX_INLINE_BYTES: number
}

const page = (head: string) => `<head><script>route()</script>${head}</head><body><div id="app"></div><script src="./js/app.js"></script></body>`

describe('inline stylesheet: the app sheet written into the page', () => {
  it('writes a small sheet the build made as a <style> where its link was', () => {
    const css = { './css/app.1234.css': 'body{color:#1d2330}' } as Record<string, string>
    expect(withInlineStylesheets(page('<link href="./css/app.1234.css" rel="stylesheet">'), (href) => css[href] ?? null)).toBe(
      page('<style>body{color:#1d2330}</style>')
    )
  })

  it('leaves a link alone when the sheet is not the build’s, too large, or has a url() relative to its folder', () => {
    const link = '<link href="./css/app.css" rel="stylesheet">'
    expect(withInlineStylesheets(page(link), () => null)).toBe(page(link))
    expect(withInlineStylesheets(page(link), () => `a{b:c}`.repeat(MAX_INLINE_BYTES))).toBe(page(link))
    expect(withInlineStylesheets(page(link), () => '@font-face{src:url(../static/f.woff2)}')).toBe(page(link))
    expect(withInlineStylesheets(page(link), () => 'a::after{content:"</style><script>x()</script>"}')).toBe(page(link))
  })

  it('touches only stylesheet links, not preloads or icons', () => {
    const links = '<link rel="preload" as="style" href="./css/app.css"><link rel="icon" href="./favicon.ico">'
    expect(withInlineStylesheets(page(links), () => 'a{b:c}')).toBe(page(links))
  })
})
