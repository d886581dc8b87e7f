import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import webpack from 'webpack'
import devConfig from './dev'
import prodConfig from './prod'
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { RoutePreloadPlugin } = require('./routePreload.cjs')
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { WebManifestPlugin, serviceWorkerOptions } = require('./pwa.cjs')

/**
 * Region content is checked against its schema while it is bundled (config/contentLoader.cjs). Requests
 * for `core.json?part=materials` (src/content/regions/materials.ts) get the materials half of the file,
 * `core.json?part=sources` (src/content/regions/sources.ts) each fact's source; every other import gets the rest.
 */
function checkRegionContent(chain: any): void {
  const loader = path.resolve(__dirname, 'contentLoader.cjs')
  chain.module
    .rule('region-materials')
    .test(/[\\/]content[\\/]regions[\\/][a-z0-9-]+[\\/]core\.json$/)
    .resourceQuery(/part=materials/)
    .use('content')
    .loader(loader)
    .options({ part: 'materials' })
  chain.module
    .rule('region-sources')
    .test(/[\\/]content[\\/]regions[\\/][a-z0-9-]+[\\/]core\.json$/)
    .resourceQuery(/part=sources/)
    .use('content')
    .loader(loader)
    .options({ part: 'sources' })
  chain.module
    .rule('region-content')
    .test(/[\\/]content[\\/]regions[\\/][a-z0-9-]+[\\/](core|guide)\.json$/)
    .resourceQuery({ not: [/part=materials/, /part=sources/] })
    .use('content')
    .loader(loader)
}

/**
 * The API client gives axios its own adapters (Taro.request, the embedded backend: src/api/transport), so
 * axios's built-in XMLHttpRequest and fetch adapters would be dead weight in the bundle: they become axios's
 * empty stand-ins (config/axiosNoAdapter.mjs).
 */
function withoutAxiosBuiltInAdapters(chain: any): void {
  const empty = path.resolve(__dirname, 'axiosNoAdapter.mjs')
  chain.plugin('axios-no-builtin-adapters').use(webpack.NormalModuleReplacementPlugin, [/axios[\\/]lib[\\/]adapters[\\/](xhr|fetch)\.js$/, empty])
}

export default defineConfig<'webpack5'>(async (merge) => {
  const isNutUI = (file: string) => file.replace(/\\/g, '/').includes('@nutui/')
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'work-in-china',
    date: '2026-11-22',
    // NutUI is drawn at 375; our own styles at 750.
    designWidth: (input: any) => (input?.file && isNutUI(input.file) ? 375 : 750),
    deviceRatio: {
      375: 2,
      640: 2.34 / 2,
      750: 1,
      828: 1.81 / 2
    },
    sourceRoot: 'src',
    // Builds for a real backend go beside the default ones, so both can be measured and compared.
    outputRoot: `dist/${process.env.TARO_ENV}${process.env.TARO_APP_API === 'http' ? '-http' : ''}`,
    plugins: [],
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
      '@locales': path.resolve(__dirname, '..', 'locales'),
      '@mock': path.resolve(__dirname, '..', 'mock')
    },
    // Inlined at build time; a variable left unset would otherwise reach the browser as `process.env.X`.
    defineConstants: {
      'process.env.TARO_APP_API': JSON.stringify(process.env.TARO_APP_API === 'http' ? 'http' : 'mock'),
      'process.env.TARO_APP_API_BASE_URL': JSON.stringify(process.env.TARO_APP_API_BASE_URL ?? ''),
      'process.env.TARO_APP_SUBSCRIBE_TEMPLATES': JSON.stringify(process.env.TARO_APP_SUBSCRIBE_TEMPLATES ?? '')
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    terser: {
      enable: true,
      config: {
        // Taro turns most of terser's compressions off for mini-programs; these are terser's own defaults,
        // safe for our code, and WeChat's compiler transpiles the result again anyway.
        compress: {
          arrows: true,
          collapse_vars: true,
          comparisons: true,
          computed_props: true,
          hoist_props: true,
          inline: true,
          loops: true,
          negate_iife: true,
          properties: true,
          reduce_funcs: true,
          reduce_vars: true,
          switches: true,
          typeofs: true,
          passes: 2
        },
        // Chinese text is most of our strings: written as UTF-8 it takes 3 bytes a character, escaped as \uXXXX 6.
        output: { ascii_only: false }
      }
    },
    mini: {
      // Taro writes one template per nesting level into base.wxml (16 by default); deeper nodes render
      // through its recursive custom component instead. 8 covers our screens and saves ~22 KiB of main package.
      // (The webpack5 runner reads mini.baseLevel; Taro 4.2's config type does not list it.)
      ...({ baseLevel: 8 } as object),
      // The embedded mock backend lives outside src/ but is compiled like it.
      compile: { include: [path.resolve(__dirname, '..', 'mock')] },
      // Modules only subpackages use stay in those subpackages.
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        checkRegionContent(chain)
        withoutAxiosBuiltInAdapters(chain)
        // WeChat's runtime does not promise TextEncoder; libraries that use it (lean-qr) get ours.
        chain
          .plugin('text-encoder')
          .use(webpack.ProvidePlugin, [{ TextEncoder: [path.resolve(__dirname, '..', 'src', 'lib', 'utf8TextEncoder.ts'), 'Utf8TextEncoder'] }])
        // `npm run bundle:modules` builds with readable module names to show what fills each file.
        if (process.env.WIC_MODULE_NAMES) {
          chain.optimization.set('moduleIds', 'named')
          chain.optimization.set('concatenateModules', false)
        }
      }
    },
    h5: {
      // Taro's React components (plain elements) instead of its Stencil web components: no custom-element
      // upgrade, shadow slots or second virtual DOM per View, which was most of a long guide's render time.
      useHtmlComponents: true,
      compile: { include: [path.resolve(__dirname, '..', 'mock')] },
      publicPath: './',
      staticDirectory: 'static',
      // The app's two scripts as classic scripts at the end of <body>, not deferred ones in <head>. Nothing
      // paints before they have run (they draw the page), and each classic script runs in a task of its own,
      // where deferred scripts all run in one task after parsing (with both files, start-up's longest task).
      // It also states what is true of this app to lab tools: Lighthouse's simulation assumes a deferred
      // script does not hold the first paint, and so counted the whole start-up as blocking after it.
      htmlPluginOption: { scriptLoading: 'blocking', inject: 'body' },
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css'
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        checkRegionContent(chain)
        withoutAxiosBuiltInAdapters(chain)
        chain.module
          .rule('taro-components-css')
          .test(/@tarojs[\\/]components-react[\\/]dist[\\/]index\.css$/)
          .enforce('pre')
          .use('no-taro-buttons')
          .loader(path.resolve(__dirname, 'taroComponentsCss.cjs'))
        chain.plugin('route-preload').use(RoutePreloadPlugin, [{ publicPath: './' }])
        // Installable, and opens offline (config/pwa.cjs). No worker in watch builds: it would serve stale files.
        chain.plugin('web-manifest').use(WebManifestPlugin)
        if (process.env.NODE_ENV !== 'development') {
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          chain.plugin('service-worker').use(require('workbox-webpack-plugin').GenerateSW, [serviceWorkerOptions])
        }
        if (process.env.WIC_MODULE_NAMES) {
          chain.optimization.set('moduleIds', 'named')
          chain.optimization.set('concatenateModules', false)
        }
        // Page chunks must not carry again what the app chunk already loaded (webpack 5 leaves this off),
        // and code several pages share goes into shared chunks (Taro splits initial chunks only). Taro's
        // minSize 0 split a page into ~30 files, some of a few hundred bytes, each a request and a task; at
        // 10 kB the certificate page needs 11 (Lighthouse home 85 -> 88-90, certificate 79 -> 81).
        chain.optimization.removeAvailableModules(true)
        const split = chain.optimization.get('splitChunks')
        if (split) chain.optimization.splitChunks({ ...split, chunks: 'all', minSize: 10_000 })
      }
    }
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
