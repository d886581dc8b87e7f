/**
 * H5: a page's code is fetched only once the app's own code has run and the router has matched the URL.
 * This plugin writes into index.html, for each page, the files its route needs, and a few lines that ask
 * the browser to fetch the current route's files at once, alongside the app's. The same lines keep the map
 * as `window.__wicRouteFiles(page)`, so a screen can prefetch the page a person is likely to open next
 * (src/lib/prefetchRoute.h5.ts).
 */
const { Compilation, WebpackError, sources } = require('webpack')

const PLUGIN = 'RoutePreloadPlugin'

/** The page path a chunk group was split off for, from its import request (e.g. './pages/certificate/index'). */
function pageOf(request) {
  const match = /^\.?\/?((?:pages|packages\/[^/]+\/pages)\/.+?\/index)(?:\.[jt]sx?)?$/.exec(request || '')
  return match ? match[1] : null
}

/**
 * The page with the route script in it: before the first stylesheet, else before the first script file; null
 * if it has neither. A script after a stylesheet waits for it, and then runs in a task of its own (on a cold
 * certificate screen, ~20 ms more before the app's first script). Before it, the script runs in the page's
 * first parse, and the route's files are asked for alongside the app's.
 */
function withRouteScript(html, script) {
  const stylesheet = html.search(/<link[^>]*\srel="?stylesheet/)
  const at = stylesheet >= 0 ? stylesheet : html.search(/<script[^>]*\ssrc=/)
  return at < 0 ? null : html.slice(0, at) + script + html.slice(at)
}

/**
 * The element index.html's `<link rel="expect" href="#wic-document-parsed" blocking="render">` waits for, as the
 * last thing in <body>, after the app's scripts: rendering starts once they have run, as when nothing matched
 * and the wait lasted until parsing ended, but without the browser's warning that no such element was found.
 */
const PARSED_MARKER = '<div id="wic-document-parsed" hidden></div>'
function withParsedMarker(html) {
  if (html.includes('id="wic-document-parsed"')) return html
  const end = html.lastIndexOf('</body>')
  return end < 0 ? html : html.slice(0, end) + PARSED_MARKER + html.slice(end)
}

class RoutePreloadPlugin {
  constructor({ publicPath = './', html = 'index.html' } = {}) {
    this.publicPath = publicPath
    this.html = html
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const initial = new Set()
        for (const entry of compilation.entrypoints.values()) for (const file of entry.getFiles()) initial.add(file)
        const routes = {}
        for (const group of compilation.chunkGroups) {
          for (const origin of group.origins) {
            const page = pageOf(origin.request)
            if (!page) continue
            const files = group.getFiles().filter((f) => /\.(js|css)$/.test(f) && !initial.has(f))
            routes[page] = [...new Set([...(routes[page] || []), ...files])]
          }
        }
        const html = compilation.getAsset(this.html)
        if (!html) return
        const before = html.source.source().toString()
        // Loud, not silent: a build whose pages are no longer found (Taro named its chunks another way) would
        // still work, only every first visit would be slower, and nothing would say so.
        const withScript = Object.keys(routes).length > 0 ? withRouteScript(before, this.routeScript(routes)) : null
        if (!withScript) {
          const why =
            Object.keys(routes).length === 0
              ? 'no chunk was split off for a page import (./pages/…/index)'
              : `${this.html} has no stylesheet or script to put the route script before`
          compilation.errors.push(new WebpackError(`${PLUGIN}: ${why}; index.html would preload no route's files`))
          return
        }
        const updated = withParsedMarker(withScript)
        if (updated !== before) compilation.updateAsset(this.html, new sources.RawSource(updated))
      })
    })
  }

  /** The inline script: each file once, each route as indexes into that list (it is in every page load). */
  routeScript(routes) {
    const files = [...new Set(Object.values(routes).flat())]
    const byRoute = Object.fromEntries(Object.entries(routes).map(([page, list]) => [page, list.map((f) => files.indexOf(f)).join(',')]))
    return (
      '<script>!function(f,r,p){function u(h){return(r[h]||"").split(",").filter(Boolean).map(function(i){return p+f[i]})}' +
      'window.__wicRouteFiles=u;u(location.hash.replace(/^#\\/?/,"").split("?")[0]||"pages/home/index").forEach(function(x){' +
      'var l=document.createElement("link");l.rel="preload";l.as=/\\.css$/.test(x)?"style":"script";l.href=x;document.head.appendChild(l)})}' +
      `(${JSON.stringify(files)},${JSON.stringify(byRoute)},${JSON.stringify(this.publicPath)});</script>`
    )
  }
}

module.exports = { RoutePreloadPlugin, pageOf, withRouteScript, withParsedMarker }
