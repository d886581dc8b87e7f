/**
 * H5: the app's own stylesheet (under 1 kB) is written into index.html as a <style>, instead of a <link> to
 * a file. The file was one more request before the first paint and, when it arrived, a task of its own to
 * parse it; inline, it is parsed with the page's first HTML. Only small sheets with no url() are inlined
 * (a url() in the file is relative to css/, not to the page); others stay files.
 */
const { Compilation, sources } = require('webpack')

const PLUGIN = 'InlineStylesheetPlugin'
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

class InlineStylesheetPlugin {
  constructor({ publicPath = './', html = 'index.html' } = {}) {
    this.publicPath = publicPath
    this.html = html
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      // After RoutePreloadPlugin (PROCESS_ASSETS_STAGE_REPORT), which places its script by the stylesheet link.
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT + 1 }, () => {
        const html = compilation.getAsset(this.html)
        if (!html) return
        const initial = new Set()
        for (const entry of compilation.entrypoints.values()) for (const file of entry.getFiles()) initial.add(file)
        const cssOf = (href) => {
          const file = href.startsWith(this.publicPath) ? href.slice(this.publicPath.length) : null
          const asset = file && initial.has(file) ? compilation.getAsset(file) : null
          return asset ? asset.source.source().toString() : null
        }
        const before = html.source.source().toString()
        const updated = withInlineStylesheets(before, cssOf)
        if (updated !== before) compilation.updateAsset(this.html, new sources.RawSource(updated))
      })
    })
  }
}

module.exports = { InlineStylesheetPlugin, withInlineStylesheets, MAX_INLINE_BYTES }
