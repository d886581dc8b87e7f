/**
 * H5 as an installable app that starts offline.
 *
 * - WebManifestPlugin writes one web app manifest per language (names from locales/<lang>/common.json, so
 *   they are translated where every other string is) and the icons (src/pwa/icons, drawn by
 *   scripts/make-app-icons.py). index.html links the English one; the app points the link at the reader's
 *   language (src/lib/webApp.h5.ts).
 * - serviceWorkerOptions are for Workbox's GenerateSW: a worker that precaches every file of the build, index.html
 *   included, so a reload with no network opens the app shell and any page (home, certificate, guides).
 *   A new build's worker installs beside the running one and waits: the page says "new version ready" and
 *   the reader chooses when to reload (it then asks the waiting worker to take over), so an open session
 *   never has its files swapped under it.
 */
const fs = require('node:fs')
const path = require('node:path')
const { Compilation, sources } = require('webpack')

const PLUGIN = 'WebManifestPlugin'
const ROOT = path.resolve(__dirname, '..')
const ICONS = path.join(ROOT, 'src', 'pwa', 'icons')
const LANGUAGES = ['en', 'zh-CN']
const THEME = '#0b5cad'

function manifestFor(language) {
  const common = JSON.parse(fs.readFileSync(path.join(ROOT, 'locales', language, 'common.json'), 'utf8'))
  return {
    id: './',
    name: common.appName,
    short_name: common.pwa.shortName,
    description: common.pwa.description,
    lang: language,
    dir: 'ltr',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: THEME,
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      // The mark stays inside the middle 60%: the same picture survives a launcher's mask.
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
    ]
  }
}

class WebManifestPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      // Added before Workbox lists the build's files, so the worker precaches them too.
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const language of LANGUAGES) {
          for (const file of ['common.json']) compilation.fileDependencies.add(path.join(ROOT, 'locales', language, file))
          compilation.emitAsset(`manifest.${language}.webmanifest`, new sources.RawSource(JSON.stringify(manifestFor(language), null, 2)))
        }
        for (const icon of fs.readdirSync(ICONS).filter((f) => f.endsWith('.png'))) {
          compilation.emitAsset(`icons/${icon}`, new sources.RawSource(fs.readFileSync(path.join(ICONS, icon))))
        }
      })
    })
  }
}

const serviceWorkerOptions = {
  swDest: 'sw.js',
  // Workbox's runtime inside sw.js: one file to fetch, nothing from elsewhere.
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
  // Waits until the page asks (the reader tapped "Reload"); Workbox's worker listens for SKIP_WAITING.
  skipWaiting: false,
  clientsClaim: false,
  cleanupOutdatedCaches: true,
  // Every page's files: a holder may open any tab offline. The largest are the demo backend and guides.
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  exclude: [/\.map$/, /\.LICENSE\.txt$/, /^sw\.js$/],
  // Hash routes: every navigation is index.html.
  navigateFallback: 'index.html',
  // Nothing here tracks campaign parameters; the whole query is irrelevant to which file to serve.
  ignoreURLParametersMatching: [/.*/]
}

module.exports = { WebManifestPlugin, serviceWorkerOptions, manifestFor, LANGUAGES }
