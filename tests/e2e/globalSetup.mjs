// Before any test: check what the suite needs, build H5 if asked or missing, serve a private copy of dist/h5.
// Tests find the server in E2E_BASE_URL (Playwright's workers start after this and inherit the environment).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startServer } from '../../scripts/serve.mjs'
import { taroBuild, snapshotDir } from '../../scripts/start.mjs'
import { writeQrVideo } from './fakeCamera.mjs'
import { CHROME_PATH, FAKE_CAMERA_FILE, seededPassportNumbers } from './helpers.mjs'

const DIST = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'h5')

export default async function globalSetup() {
  if (!fs.existsSync(CHROME_PATH)) {
    throw new Error(`Chromium not found at ${CHROME_PATH}: apt-get install -y chromium fonts-noto-cjk (or point CHROME_PATH at a Chrome/Chromium binary)`)
  }
  if (seededPassportNumbers().length === 0) {
    throw new Error("No passport numbers found in mock/seed.ts (passportNumber: '...'): the console check would check nothing.")
  }
  const build = process.env.E2E_BUILD === '1'
  if (build || !fs.existsSync(path.join(DIST, 'index.html'))) await taroBuild('h5', { skipIfPresent: !build })
  // Serve a private copy: a rebuild started meanwhile empties dist/h5.
  const snapshot = await snapshotDir(DIST)
  const server = await startServer({ root: snapshot.dir, port: 0 })
  process.env.E2E_BASE_URL = server.url
  // Chromium opens its fake camera's file at launch: a blank picture until a test films something.
  writeQrVideo(FAKE_CAMERA_FILE, null)
  return async () => {
    await server.close()
    fs.rmSync(FAKE_CAMERA_FILE, { force: true })
    snapshot.cleanup()
  }
}
