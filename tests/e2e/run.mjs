#!/usr/bin/env node
/**
 * `npm run test:e2e`: Playwright's runner with playwright.config.mjs (docs/testing.md, "E2E").
 *
 *   npm run test:e2e                      builds H5 first only if dist/h5/index.html is missing
 *   npm run test:e2e -- --build           always rebuild H5 first (E2E_BUILD=1 with `npx playwright test`)
 *   npm run test:e2e -- --grep faults     any other option goes to `playwright test` (-g, --list, a spec's file name...)
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const args = process.argv.slice(2)
const env = args.includes('--build') ? { ...process.env, E2E_BUILD: '1' } : process.env
const cli = createRequire(import.meta.url).resolve('@playwright/test/cli')
const { status } = spawnSync(process.execPath, [cli, 'test', ...args.filter((a) => a !== '--build')], { stdio: 'inherit', env })
process.exit(status ?? 1)
