/**
 * H5: the app's own stylesheet (under 1 kB) is written into index.html as a <style>, instead of a <link> to
 * a file. The file was one more request before the first paint and, when it arrived, a task of its own to
 * parse it; inline, it is parsed with the page's first HTML. Only small sheets with no url() are inlined
 * (a url() in the file is relative to css/, not to the page); others stay files. Applied by RoutePreloadPlugin
 * (config/routePreload.cjs) in its pass over index.html, after it has placed its script by the stylesheet link.
 */
const MAX_INLINE_BYTES = 4096

/**
 * The page with each `<link rel="stylesheet">` whose file `cssOf(href)` gives (and may be inlined) written
 * inline instead; the links it does not give are left as they are.
 */
function withInlineStylesheets(html, cssOf) {
  return html.replace(/<link\b[^>]*>/g, (tag) => {
    if (!/\srel="?stylesheet"?/.test(tag)) return tag
    const href = /\shref="?([^"\s>]+)"?/.exec(tag)?.[1]
    const css = href ? cssOf(href) : null
    if (css == null || Buffer.byteLength(css) > MAX_INLINE_BYTES || /url\(|<\/style/i.test(css)) return tag
    return `<style>${css}</style>`
  })
}

module.exports = { withInlineStylesheets, MAX_INLINE_BYTES }
