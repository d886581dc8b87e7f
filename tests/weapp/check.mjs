#!/usr/bin/env node
/**
 * Compile the WeChat mini-program build with WeChat's own compiler (miniprogram-ci), offline.
 *
 *   npm run check:weapp                     check dist/weapp (builds it first when dist/weapp/app.json is missing)
 *   npm run check:weapp -- --build           rebuild weapp first
 *   npm run check:weapp -- --strict          also fail when a code-quality item fails
 *   npm run check:weapp -- --project <dir>   check another project folder (one holding a project.config.json)
 *   npm run check:weapp -- --zip out.zip     also save WeChat's compiled package as a zip
 *   npm run check:weapp -- --verbose         keep miniprogram-ci's own log lines
 *
 * How (see docs/testing.md): miniprogram-ci normally fetches project settings from WeChat with an upload key.
 * We make a throw-away RSA key, replace `project.attr` with `ci.DefaultProjectAttr` (no network), then run
 *   1. ci.getCompiledResult  - WeChat's compiler with es6/enhance/minify: fails on bad WXML, broken JS,
 *                              pages listed in app.json that do not exist, bad JSON...
 *   2. ci.checkCodeQuality   - the DevTools "code quality" scan (package size, minify, lazy loading, unused files)
 *   3. ci.analyseCode        - the DevTools static dependency analysis (unresolved imports/templates/components)
 * Exit code 1 on a compile error or an unresolved dependency (and with --strict on a failed quality item).
 * miniprogram-ci leaves watchers and worker processes alive, so this always ends with process.exit().
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import crypto from 'node:crypto'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const require = createRequire(import.meta.url)

const argv = process.argv.slice(2)
const flag = (n) => argv.includes(n)
const value = (n) => {
  const i = argv.findIndex((a) => a === n || a.startsWith(n + '='))
  if (i < 0) return undefined
  return argv[i].includes('=') ? argv[i].slice(n.length + 1) : argv[i + 1]
}
const STRICT = flag('--strict')
const VERBOSE = flag('--verbose')
const kib = (b) => `${(b / 1024).toFixed(1)} KiB`

/** What each code-quality item checks (WeChat's `text` describes the *problem*, even when it passes). */
const QUALITY_LABELS = {
  PACKAGE_SIZE_LIMIT: 'main package (without plugins) under 1.5 MB',
  JS_COMPRESS_OPEN: 'JS minified on upload',
  WXML_COMPRESS_OPEN: 'WXML minified on upload',
  WXSS_COMPRESS_OPEN: 'WXSS minified on upload',
  LAZYCODE_LOADING_OPEN: 'lazyCodeLoading: requiredComponents',
  IMAGE_AND_AUDIO_LIMIT: 'images and audio under 200 KB',
  CONTAINS_OTHER_PKG_JS: 'no main-package JS used only by subpackages',
  CONTAINS_OTHER_PKG_COMPONENTS: 'no main-package components used only by subpackages',
  CONTAINS_UNUSED_PLUGINS: 'no unused plugins',
  CONTAINS_UNUSED_COMPONENTS: 'no unused components',
  CONTAINS_UNUSED_CODES: 'no files nothing depends on'
}

/** miniprogram-ci is chatty ("[summer-compiler] forkProcess ...", a failing request for its extension whitelist
 *  that falls back to the built-in list offline). Hide those lines unless --verbose. */
const NOISE = [/^\[summer-compiler\]/, /^\[miniprogram-builder\]/, /^serialize mini-/, /getwhiteextlist/, /white ext list/, /^Initial scan complete/]
function quietConsole() {
  if (VERBOSE) return () => {}
  const orig = {}
  for (const k of ['log', 'info', 'warn', 'error', 'debug']) {
    orig[k] = console[k]
    console[k] = (...args) => {
      const first = args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? a.message : '')).join(' ')
      if (NOISE.some((re) => re.test(first.trim()))) return
      orig[k](...args)
    }
  }
  return () => Object.assign(console, orig)
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}

/** Subpackage roots from app.json, normalised to "root/" */
function subpackageRoots(appJson) {
  return (appJson.subPackages || appJson.subpackages || []).map((p) => p.root.replace(/^\.?\/+/, '').replace(/\/*$/, '/'))
}

function packageOf(file, roots) {
  const f = file.replace(/^\.?\/+/, '')
  return roots.find((r) => f.startsWith(r)) || '__APP__'
}

function describeDetail(item) {
  const d = item.detail
  if (!d) return []
  if (Array.isArray(d)) return d.slice(0, 15).map((x) => (typeof x === 'string' ? x : JSON.stringify(x)))
  const out = []
  if (Array.isArray(d.files)) out.push(...d.files.slice(0, 15).map((x) => (typeof x === 'string' ? x : JSON.stringify(x))))
  if (Array.isArray(d.comps)) out.push(...d.comps.slice(0, 15).map((x) => `component ${typeof x === 'string' ? x : JSON.stringify(x)}`))
  if (typeof d.size === 'number' && d.size) out.push(`size ${kib(d.size)}`)
  if (!out.length && item.name !== 'PACKAGE_SIZE_LIMIT') out.push(JSON.stringify(d).slice(0, 400))
  return out
}

function errorText(e) {
  if (!e) return 'unknown error'
  const parts = []
  if (e.code) parts.push(`[${e.code}]`)
  const msg = e.message || String(e)
  if (e.path && !msg.includes(e.path)) parts.push(`${e.path}:`)
  parts.push(msg)
  return parts.join(' ')
}

async function main() {
  const projectPath = path.resolve(value('--project') || ROOT_DIR)
  const configFile = path.join(projectPath, 'project.config.json')
  if (!fs.existsSync(configFile)) {
    console.log(`weapp check: no project.config.json in ${projectPath}`)
    return 1
  }
  const config = readJson(configFile)
  const mpRoot = path.resolve(projectPath, config.miniprogramRoot || '.')
  const appJsonFile = path.join(mpRoot, 'app.json')

  if (!value('--project') && (flag('--build') || !fs.existsSync(appJsonFile))) {
    const { taroBuild } = await import('../../scripts/start.mjs')
    try {
      await taroBuild('weapp', { skipIfPresent: !flag('--build') })
    } catch (e) {
      console.log(`weapp check: ${e.message}`)
      return 1
    }
  }
  if (!fs.existsSync(appJsonFile)) {
    console.log(`weapp check: ${path.relative(process.cwd(), appJsonFile)} is missing - build first (npm run build:weapp)`)
    return 1
  }
  const roots = subpackageRoots(readJson(appJsonFile))

  const ciVersion = require('miniprogram-ci/package.json').version
  const restoreConsole = quietConsole()
  const ci = require('miniprogram-ci')
  restoreConsole()

  // A throw-away key: miniprogram-ci wants one to build a Project, nothing here sends it anywhere.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-check-'))
  const privateKeyPath = path.join(tmp, 'private.key')
  const { privateKey } = crypto.generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' }
  })
  fs.writeFileSync(privateKeyPath, privateKey, { mode: 0o600 })
  process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }))

  const makeProject = (appid) => {
    const p = new ci.Project({ appid, type: 'miniProgram', projectPath, privateKeyPath, ignores: ['node_modules/**/*'] })
    p.attr = async () => ci.DefaultProjectAttr // skip the network request for the project's settings
    return p
  }
  let appid = config.appid || 'touristappid'
  let project
  try {
    project = makeProject(appid)
  } catch (e) {
    console.log(`miniprogram-ci rejected appid "${appid}" (${e.message}); using the dummy wx0000000000000000`)
    appid = 'wx0000000000000000'
    project = makeProject(appid)
  }

  const s = config.setting || {}
  const setting = {
    useProjectConfig: true,
    es6: s.es6 ?? true,
    es7: s.es6 ?? true,
    enhance: s.enhance ?? true,
    minify: s.minified ?? true,
    minifyJS: s.minified ?? true,
    minifyWXML: s.minifyWXML ?? s.minified ?? true,
    minifyWXSS: s.minifyWXSS ?? s.minified ?? true,
    autoPrefixWXSS: s.postcss ?? true
  }
  console.log(`weapp check: WeChat compiler via miniprogram-ci ${ciVersion}, offline`)
  console.log(`  project ${path.relative(process.cwd(), projectPath) || '.'} (miniprogramRoot ${path.relative(projectPath, mpRoot) || '.'}), appid ${appid}`)
  console.log(`  setting es6=${setting.es6} enhance=${setting.enhance} minify=${setting.minify}\n`)

  const failures = []
  const warnings = []
  const summary = {}

  // 1. Compile
  let t = Date.now()
  const restore1 = quietConsole()
  let compiled = null
  try {
    const zip = value('--zip')
    compiled = await ci.getCompiledResult({ project, setting, onProgressUpdate: () => {} }, zip ? path.resolve(zip) : undefined)
  } catch (e) {
    restore1()
    failures.push(`compile: ${errorText(e)}`)
    console.log(`✗ compile FAILED (${((Date.now() - t) / 1000).toFixed(1)} s)`)
    console.log(
      errorText(e)
        .split('\n')
        .slice(0, 25)
        .map((l) => `    ${l.length > 200 ? l.slice(0, 200) + '…' : l}`)
        .join('\n')
    )
  }
  restore1()
  if (compiled) {
    const sizes = {}
    let total = 0
    for (const [file, body] of Object.entries(compiled)) {
      const n = Buffer.isBuffer(body) ? body.length : Buffer.byteLength(String(body))
      const pkg = packageOf(file, roots)
      sizes[pkg] = (sizes[pkg] || 0) + n
      total += n
    }
    summary.compiled = { files: Object.keys(compiled).length, total, packages: sizes }
    console.log(`✓ compile OK: ${Object.keys(compiled).length} files, ${kib(total)} after WeChat's compile (${((Date.now() - t) / 1000).toFixed(1)} s)`)
    console.log(`    main package ${kib(sizes.__APP__ || 0)}`)
    for (const r of roots) console.log(`    subpackage ${r.padEnd(24)} ${kib(sizes[r] || 0)}`)
    if (value('--zip')) console.log(`    saved ${value('--zip')}`)
  }

  // 2. Code quality
  if (typeof ci.checkCodeQuality === 'function') {
    t = Date.now()
    const restore = quietConsole()
    try {
      const items = await ci.checkCodeQuality(project)
      restore()
      const ok = items.filter((i) => i.success).length
      summary.quality = items.map((i) => ({ name: i.name, success: i.success, text: i.text, detail: i.detail }))
      console.log(`\ncode quality (ci.checkCodeQuality): ${ok}/${items.length} passed`)
      for (const item of items) {
        const label = QUALITY_LABELS[item.name] || item.text
        console.log(`  ${item.success ? 'PASS' : 'FAIL'}  ${item.name.padEnd(30)} ${label}`)
        if (!item.success) {
          console.log(`        WeChat: ${item.text}${item.docURL ? `  (${item.docURL})` : ''}`)
          for (const line of describeDetail(item)) console.log(`        - ${line}`)
          ;(STRICT ? failures : warnings).push(`code quality ${item.name}: ${item.text}`)
        }
        if (item.name === 'PACKAGE_SIZE_LIMIT' && item.detail && typeof item.detail === 'object') {
          summary.packageSizes = item.detail
          const entries = Object.entries(item.detail)
          const sum = entries.reduce((a, [, v]) => a + (Number(v) || 0), 0)
          console.log(`        package sizes as WeChat counts them (source files it uploads):`)
          for (const [k, v] of entries) console.log(`          ${(k === '__APP__' ? 'main package' : k).padEnd(26)} ${kib(v)} (${v} B)`)
          console.log(`          ${'total'.padEnd(26)} ${kib(sum)}`)
        }
      }
    } catch (e) {
      restore()
      failures.push(`checkCodeQuality: ${errorText(e)}`)
      console.log(`\n✗ checkCodeQuality threw: ${errorText(e)}`)
    }
  } else {
    console.log('\n(code quality check not available in this miniprogram-ci)')
  }

  // 3. Static dependency analysis
  if (typeof ci.analyseCode === 'function') {
    const restore = quietConsole()
    try {
      const res = await ci.analyseCode(project, { silent: true })
      restore()
      const files = res?.files || []
      const modules = res?.modules || []
      const depErrors = []
      for (const m of modules) {
        for (const err of m.errors || []) depErrors.push(`${m.id}: ${typeof err === 'string' ? err : err.message || JSON.stringify(err)}`)
        for (const d of m.deps || []) if (d.error) depErrors.push(`${m.id} -> ${d.request}: ${d.error}`)
      }
      const orphans = files.filter((f) => !f.moduleId).map((f) => f.path)
      summary.analyse = { files: files.length, modules: modules.length, dependencyErrors: depErrors, unreferencedFiles: orphans }
      console.log(`\ndependency analysis (ci.analyseCode): ${files.length} files, ${modules.length} modules, ${depErrors.length} unresolved dependencies`)
      for (const e of depErrors.slice(0, 30)) console.log(`  ✗ ${e}`)
      if (orphans.length) console.log(`  files nothing references: ${orphans.slice(0, 15).join(', ')}${orphans.length > 15 ? ', ...' : ''}`)
      failures.push(...depErrors.map((e) => `dependency: ${e}`))
    } catch (e) {
      restore()
      failures.push(`analyseCode: ${errorText(e)}`)
      console.log(`\n✗ analyseCode threw: ${errorText(e)}`)
    }
  } else {
    console.log('\n(dependency analysis not available in this miniprogram-ci)')
  }

  // Summary
  const sizes = summary.packageSizes || summary.compiled?.packages || {}
  const sizeLine = Object.entries(sizes)
    .map(([k, v]) => `${k === '__APP__' ? 'main' : k.replace(/\/$/, '')} ${kib(v)}`)
    .join(', ')
  console.log('\n' + '-'.repeat(72))
  console.log(`compile: ${compiled ? 'OK' : 'FAILED'}`)
  if (summary.quality)
    console.log(
      `code quality: ${summary.quality.filter((q) => q.success).length}/${summary.quality.length} passed${summary.quality.some((q) => !q.success) && !STRICT ? ' (failed items are warnings; --strict makes them errors)' : ''}`
    )
  if (summary.analyse) console.log(`dependencies: ${summary.analyse.dependencyErrors.length} unresolved`)
  if (sizeLine) console.log(`packages: ${sizeLine}`)
  if (failures.length) {
    console.log(`\nweapp check FAILED (${failures.length} problem${failures.length > 1 ? 's' : ''}):`)
    for (const f of failures.slice(0, 20)) {
      const lines = f
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
      // Babel-style errors put the file on line 1 and the reason on line 2.
      console.log(`  - ${lines[0]}${lines.length > 1 && /^file:/.test(lines[0].split('] ').pop()) ? ` ${lines[1]}` : ''}`)
    }
    return 1
  }
  console.log(`\nweapp check OK${warnings.length ? ` with ${warnings.length} warning(s)` : ''}`)
  return 0
}

main()
  .then((code) => process.exit(code))
  .catch((e) => {
    console.log(`weapp check crashed: ${e && e.stack ? e.stack : e}`)
    process.exit(1)
  })
