/** Debian's headless Chromium as the e2e tests and the benchmarks launch it (CHROME_PATH to use another). */
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium'
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]
