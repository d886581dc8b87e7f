// End-to-end tests: Playwright's runner over the specs in tests/e2e/specs (docs/testing.md, "E2E").
// tests/e2e/all.e2e.mjs turns each spec module's `tests` into Playwright tests; tests/e2e/globalSetup.mjs
// builds H5 when asked (E2E_BUILD=1, or `npm run test:e2e -- --build`) or when dist/h5 is missing, and serves it.
import { defineConfig } from '@playwright/test'
import { fakeCameraArgs } from './tests/e2e/fakeCamera.mjs'
import { ACTION_TIMEOUT, CHROME_ARGS, CHROME_PATH, CONTEXT_OPTIONS, FAKE_CAMERA_FILE } from './tests/e2e/helpers.mjs'

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: 'all.e2e.mjs',
  outputDir: '.tmp/e2e/results',
  globalSetup: './tests/e2e/globalSetup.mjs',
  // One at a time, in file order: the suite runs on 2-core machines next to a Taro build.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['./tests/e2e/summary.mjs']],
  // One file holds every test by design: no advice to split it.
  reportSlowTests: null,
  use: {
    ...CONTEXT_OPTIONS,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROME_PATH, args: CHROME_ARGS },
    actionTimeout: ACTION_TIMEOUT,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure'
  },
  projects: [
    { name: 'phone', grepInvert: /@camera/ },
    {
      // Specs marked `fakeCamera`: Chromium takes its fake camera's file at launch, so they get a browser of their own.
      name: 'camera',
      grep: /@camera/,
      use: {
        launchOptions: { executablePath: CHROME_PATH, args: [...CHROME_ARGS, ...fakeCameraArgs(FAKE_CAMERA_FILE)] },
        permissions: ['camera'],
        fakeCameraFile: FAKE_CAMERA_FILE
      }
    }
  ]
})
