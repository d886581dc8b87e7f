#!/usr/bin/env node
/**
 * Dependency-free static server for the H5 build (dist/h5), bound to 127.0.0.1.
 *
 *   node scripts/serve.mjs [--port 10086] [--root dist/h5]      (or PORT=10086)
 *
 * - gzip (zlib) for text assets when the client sends Accept-Encoding: gzip (compressed once, kept in memory)
 * - content types by extension, ETag / 304, HEAD
 * - cache headers: content-hashed files (name.1a2b3c4d.js) are immutable for a year, everything else `no-cache`
 * - unknown paths fall back to index.html (the app uses the hash router, so this only matters for
 *   deep links and typos); a missing *asset* (.js, .css, images, fonts, maps) is a real 404 instead, so a
 *   stale chunk reference shows up as a 404 rather than as "Unexpected token '<'".
 *
 * Other scripts: `import { startServer } from './serve.mjs'` -> `const { url, close } = await startServer({ root, port: 0 })`.
 */
import http from 'node:http'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const DEFAULT_ROOT = path.join(ROOT_DIR, 'dist', 'h5')
export const DEFAULT_PORT = 10086

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.eot': 'application/vnd.ms-fontobject',
  '.wasm': 'application/wasm',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
  '.pdf': 'application/pdf'
}
const COMPRESSIBLE = new Set([
  '.html',
  '.htm',
  '.js',
  '.mjs',
  '.cjs',
  '.css',
  '.json',
  '.map',
  '.webmanifest',
  '.txt',
  '.xml',
  '.svg',
  '.ttf',
  '.otf',
  '.eot',
  '.wasm',
  '.ico'
])
/** Missing files with these extensions get a 404 instead of the index.html fallback. */
const ASSET_EXT = new Set([...Object.keys(TYPES)].filter((e) => !['.html', '.htm'].includes(e)))
const HASHED = /[.-][0-9a-f]{8,}\.[a-z0-9]+$/i
const MIN_GZIP_BYTES = 256

export function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream'
}

/**
 * Start the server. `port: 0` picks a free port.
 * @returns {Promise<{ url: string, port: number, server: http.Server, close: () => Promise<void> }>}
 */
export function startServer({ root = DEFAULT_ROOT, port = DEFAULT_PORT, host = '127.0.0.1', gzip = true, log = false } = {}) {
  const rootDir = path.resolve(root)
  /** path -> { mtimeMs, size, etag, body, gz } */
  const cache = new Map()

  function load(file, stat) {
    const hit = cache.get(file)
    if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit
    const body = fs.readFileSync(file)
    const ext = path.extname(file).toLowerCase()
    const gz = gzip && COMPRESSIBLE.has(ext) && body.length >= MIN_GZIP_BYTES ? zlib.gzipSync(body, { level: 9 }) : null
    const entry = { mtimeMs: stat.mtimeMs, size: stat.size, etag: `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`, body, gz }
    cache.set(file, entry)
    return entry
  }

  function resolveFile(urlPath) {
    let rel
    try {
      rel = decodeURIComponent(urlPath)
    } catch {
      return { status: 400 }
    }
    if (rel.includes('\0')) return { status: 400 }
    const abs = path.resolve(rootDir, '.' + path.posix.normalize('/' + rel))
    if (abs !== rootDir && !abs.startsWith(rootDir + path.sep)) return { status: 403 }
    let stat = statOrNull(abs)
    if (stat && stat.isDirectory()) {
      const idx = path.join(abs, 'index.html')
      stat = statOrNull(idx)
      if (stat && stat.isFile()) return { file: idx, stat }
    } else if (stat && stat.isFile()) {
      return { file: abs, stat }
    }
    // Unknown path: SPA fallback, unless it clearly asked for an asset.
    if (ASSET_EXT.has(path.extname(abs).toLowerCase())) return { status: 404 }
    const idx = path.join(rootDir, 'index.html')
    const istat = statOrNull(idx)
    if (istat && istat.isFile()) return { file: idx, stat: istat, fallback: true }
    return { status: 404 }
  }

  const server = http.createServer((req, res) => {
    const started = Date.now()
    const done = (status) => {
      if (log) console.log(`${req.method} ${req.url} ${status} ${Date.now() - started}ms`)
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('Method Not Allowed\n')
      return done(405)
    }
    const urlPath = (req.url || '/').split('?')[0].split('#')[0]
    const found = resolveFile(urlPath)
    if (!found.file && found.status === 404 && urlPath === '/favicon.ico') {
      // The app ships no favicon; answer the browser's automatic request without a console error.
      res.writeHead(204, { 'Cache-Control': 'public, max-age=86400' })
      res.end()
      return done(204)
    }
    if (!found.file) {
      const status = found.status || 404
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
      res.end(`${http.STATUS_CODES[status]}\n`)
      return done(status)
    }
    let entry
    try {
      entry = load(found.file, found.stat)
    } catch (err) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('Internal Server Error\n')
      if (log) console.error(err)
      return done(500)
    }
    const headers = {
      'Content-Type': contentType(found.file),
      'Cache-Control': !found.fallback && HASHED.test(found.file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ETag: entry.etag,
      'Last-Modified': new Date(entry.mtimeMs).toUTCString(),
      'X-Content-Type-Options': 'nosniff'
    }
    if (entry.gz) headers.Vary = 'Accept-Encoding'
    const inm = req.headers['if-none-match']
    if (inm && inm.split(',').some((t) => t.trim() === entry.etag)) {
      res.writeHead(304, headers)
      res.end()
      return done(304)
    }
    const acceptsGzip = /\bgzip\b/i.test(String(req.headers['accept-encoding'] || ''))
    const body = entry.gz && acceptsGzip ? entry.gz : entry.body
    if (body === entry.gz) headers['Content-Encoding'] = 'gzip'
    headers['Content-Length'] = body.length
    res.writeHead(200, headers)
    res.end(req.method === 'HEAD' ? undefined : body)
    return done(200)
  })

  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      const actual = server.address().port
      const url = `http://${host}:${actual}/`
      resolve({
        url,
        port: actual,
        server,
        close: () =>
          new Promise((res) => {
            server.close(() => res())
            server.closeAllConnections?.()
          })
      })
    })
  })
}

function statOrNull(p) {
  try {
    return fs.statSync(p)
  } catch {
    return null
  }
}

export function parsePort(argv = process.argv.slice(2), env = process.env) {
  const i = argv.findIndex((a) => a === '--port' || a.startsWith('--port='))
  let raw = i >= 0 ? (argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1]) : env.PORT
  if (raw === undefined || raw === '') return DEFAULT_PORT
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`invalid port: ${raw}`)
  return n
}

function argValue(argv, name) {
  const i = argv.findIndex((a) => a === name || a.startsWith(name + '='))
  if (i < 0) return undefined
  return argv[i].includes('=') ? argv[i].slice(name.length + 1) : argv[i + 1]
}

/** True when `importMetaUrl` is the script node was started with. */
export function isMain(importMetaUrl) {
  if (!process.argv[1]) return false
  try {
    return importMetaUrl === pathToFileURL(fs.realpathSync(process.argv[1])).href
  } catch {
    return importMetaUrl === pathToFileURL(path.resolve(process.argv[1])).href
  }
}

async function main() {
  const argv = process.argv.slice(2)
  const root = path.resolve(argValue(argv, '--root') || DEFAULT_ROOT)
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error(`No ${path.relative(process.cwd(), path.join(root, 'index.html')) || 'index.html'} - build the H5 app first: npm run build:h5 (or npm start)`)
    process.exit(1)
  }
  let port
  try {
    port = parsePort(argv)
  } catch (e) {
    console.error(e.message)
    process.exit(1)
  }
  let srv
  try {
    srv = await startServer({ root, port, log: argv.includes('--log') })
  } catch (e) {
    if (e.code === 'EADDRINUSE') console.error(`Port ${port} is in use - pass --port <n> or PORT=<n> (0 = any free port).`)
    else console.error(e)
    process.exit(1)
  }
  console.log(`H5 app: ${srv.url}`)
  const stop = () => srv.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

if (isMain(import.meta.url)) main()
