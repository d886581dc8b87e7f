#!/usr/bin/env bash
# Every test, in order of speed: typecheck, lint, unit + component + contract (jest),
# end-to-end in headless Chromium against the built H5 app, the mini-program harness on both weapp builds,
# and WeChat's own compiler on the weapp build.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== typecheck"; npx tsc --noEmit -p tsconfig.json
echo "== lint"; npx eslint --max-warnings 0 "src/**/*.{ts,tsx}" "mock/**/*.ts" "tests/**/*.{ts,tsx}" "tests/e2e/**/*.mjs" playwright.config.mjs "config/**/*.ts"
echo "== unit, component and contract tests"; npx jest --ci
echo "== end-to-end (H5 build in headless Chromium, Playwright's runner)"; E2E_BUILD=1 npx playwright test
echo "== mini-program builds (embedded demo backend, and a real backend at 127.0.0.1:4010)"
npx taro build --type weapp
TARO_APP_API=http TARO_APP_API_BASE_URL=http://127.0.0.1:4010 npx taro build --type weapp
echo "== mini-program harness (dist/weapp and dist/weapp-http run in Node with a wx double)"
node --import tsx --test tests/weapp/*.spec.ts
echo "== weapp compile check (miniprogram-ci)"; node tests/weapp/check.mjs
