#!/usr/bin/env node
/**
 * `npm start`: build the H5 app (mock backend unless TARO_APP_API is set) and serve dist/h5 on 127.0.0.1.
 *
 *   npm start                      build, then serve on :10086
 *   npm start -- --no-build        serve the existing dist/h5
 *   npm start -- --port 8080       (or PORT=8080)
 *
 * Also exports `taroBuild(type)` (used by the e2e runner, the weapp check and the benchmark) so every
 * script builds the same way and two of *our* builds never run at once (a lock file in .tmp/).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startServer, parsePort, isMain } from './serve.mjs'

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const LOCK = path.join(ROOT_DIR, '.tmp', 'taro-build.lock')

function pidAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return e.code === 'EPERM'
  }
}

/** A cooperative lock so that our scripts never run two Taro builds at once on a 2-core machine. */
async function acquireLock(label, { waitMs = 15 * 60_000 } = {}) {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true })
  const until = Date.now() + waitMs
  let told = false
  for (;;) {
    try {
      fs.writeFileSync(LOCK, JSON.stringify({ pid: process.pid, label, at: new Date().toISOString() }), { flag: 'wx' })
      const release = () => {
        try {
          const cur = JSON.parse(fs.readFileSync(LOCK, 'utf8'))
          if (cur.pid === process.pid) fs.unlinkSync(LOCK)
        } catch {}
      }
      process.once('exit', release)
      return release
    } catch (e) {
      if (e.code !== 'EEXIST') throw e
    }
    let holder = null
    try {
      holder = JSON.parse(fs.readFileSync(LOCK, 'utf8'))
    } catch {}
    if (!holder || !holder.pid || !pidAlive(holder.pid)) {
      try {
        fs.unlinkSync(LOCK) // stale
      } catch {}
      continue
    }
    if (Date.now() > until) throw new Error(`another build (${holder.label}, pid ${holder.pid}) still holds ${LOCK}`)
    if (!told) {
      console.log(`[build] waiting for another build to finish (${holder.label}, pid ${holder.pid})...`)
      told = true
    }
    await new Promise((r) => setTimeout(r, 2000))
  }
}

/** Other `taro build` processes on this machine (not --watch ones), best effort via /proc (Linux). */
export function foreignTaroBuilds() {
  const found = []
  let pids = []
  try {
    pids = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))
  } catch {
    return found
  }
  const mine = new Set([process.pid, process.ppid])
  for (const pid of pids) {
    if (mine.has(Number(pid))) continue
    let cmd
    try {
      cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)
    } catch {
      continue
    }
    const i = cmd.findIndex((a) => /(^|\/)taro(\.js)?$/.test(a))
    if (i < 0 || cmd[i + 1] !== 'build' || cmd.includes('--watch') || cmd.includes('-w')) continue
    if (!cmd[0].endsWith('node') && !/node$/.test(path.basename(cmd[0]))) continue
    found.push({ pid: Number(pid), cmd: cmd.slice(i).join(' ') })
  }
  return found
}

export async function waitForForeignBuilds({ waitMs = 15 * 60_000 } = {}) {
  const until = Date.now() + waitMs
  let told = false
  for (;;) {
    const others = foreignTaroBuilds()
    if (!others.length || Date.now() > until) return
    if (!told) {
      console.log(`[build] waiting for another build to finish: ${others.map((o) => `${o.cmd} (pid ${o.pid})`).join(', ')}`)
      told = true
    }
    await new Promise((r) => setTimeout(r, 2000))
  }
}

/**
 * Copy a build output (e.g. dist/h5) to a private temp folder once no build is running, so that a rebuild
 * someone starts meanwhile (which empties dist/h5) cannot pull files from under a test or benchmark run.
 * Returns { dir, cleanup }.
 */
export async function snapshotDir(src, { marker = 'index.html' } = {}) {
  await waitForForeignBuilds()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${path.basename(src)}-snapshot-`))
  fs.cpSync(src, dir, { recursive: true })
  const cleanup = () => fs.rmSync(dir, { recursive: true, force: true })
  process.once('exit', cleanup)
  if (marker && !fs.existsSync(path.join(dir, marker))) {
    cleanup()
    throw new Error(`${path.relative(ROOT_DIR, path.join(src, marker))} is missing (a build failed or was cleaned) - rebuild with --build`)
  }
  return { dir, cleanup }
}

/**
 * Production build of one target: `npx taro build --type <type>` in the repo root, output streamed.
 * TARO_APP_API defaults to `mock`. Waits for other builds first; with `skipIfPresent` it then builds only if
 * the output is (still) missing. Resolves with the build time in ms (0 = skipped); rejects when the build fails.
 */
export async function taroBuild(type, { env = {}, cwd = ROOT_DIR, skipIfPresent = false } = {}) {
  const release = await acquireLock(`taro build --type ${type}`)
  const marker = type === 'h5' ? path.join(cwd, 'dist', 'h5', 'index.html') : path.join(cwd, 'dist', type, 'app.json')
  try {
    // 2 cores: never overlap with a build someone started by hand (npm run build:h5 ...).
    await waitForForeignBuilds()
    if (skipIfPresent && fs.existsSync(marker)) {
      console.log(`[build] ${path.relative(cwd, marker)} is there now - not building ${type}`)
      return 0
    }
    const started = Date.now()
    console.log(`[build] npx taro build --type ${type}  (TARO_APP_API=${process.env.TARO_APP_API || 'mock'})`)
    const code = await new Promise((resolve, reject) => {
      const child = spawn('npx', ['taro', 'build', '--type', type], {
        cwd,
        stdio: 'inherit',
        env: { ...process.env, TARO_APP_API: process.env.TARO_APP_API || 'mock', ...env }
      })
      const fwd = (sig) => child.kill(sig)
      process.on('SIGINT', fwd)
      process.on('SIGTERM', fwd)
      child.on('error', reject)
      child.on('exit', (c, sig) => {
        process.off('SIGINT', fwd)
        process.off('SIGTERM', fwd)
        resolve(sig ? 1 : c)
      })
    })
    const ms = Date.now() - started
    if (code !== 0) throw new Error(`taro build --type ${type} failed (exit ${code})`)
    if (!fs.existsSync(marker)) throw new Error(`taro build --type ${type} finished but ${path.relative(cwd, marker)} is missing`)
    console.log(`[build] ${type} done in ${(ms / 1000).toFixed(1)} s`)
    return ms
  } finally {
    release()
  }
}

async function main() {
  const argv = process.argv.slice(2)
  const root = path.join(ROOT_DIR, 'dist', 'h5')
  let port
  try {
    port = parsePort(argv)
  } catch (e) {
    console.error(e.message)
    process.exit(1)
  }
  if (!argv.includes('--no-build')) {
    try {
      await taroBuild('h5')
    } catch (e) {
      console.error(`\n${e.message}`)
      process.exit(1)
    }
  } else if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error('dist/h5/index.html is missing - run `npm start` without --no-build (or `npm run build:h5`).')
    process.exit(1)
  }
  let srv
  try {
    srv = await startServer({ root, port })
  } catch (e) {
    if (e.code === 'EADDRINUSE') console.error(`Port ${port} is in use - try \`npm start -- --no-build --port 0\` (any free port) or PORT=<n>.`)
    else console.error(e)
    process.exit(1)
  }
  console.log(`H5 app: ${srv.url}`)
  console.log(`Open ${srv.url} in a browser (use the device toolbar for a phone-sized view). Ctrl+C to stop.`)
  const stop = () => srv.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

if (isMain(import.meta.url)) main()
