#!/usr/bin/env bash
# Every test, in order of speed: typecheck, lint, unit + component + contract (jest),
# end-to-end in headless Chromium against the built H5 app, and WeChat's own compiler on the weapp build.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== typecheck"; npx tsc --noEmit -p tsconfig.json
echo "== lint"; npx eslint --max-warnings 0 "src/**/*.{ts,tsx}" "mock/**/*.ts" "tests/**/*.{ts,tsx}" "config/**/*.ts"
echo "== unit, component and contract tests"; npx jest --ci
echo "== end-to-end (H5 build in headless Chromium)"; node tests/e2e/run.mjs --build
echo "== weapp compile check (miniprogram-ci)"; node tests/weapp/check.mjs --build
