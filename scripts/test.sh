#!/usr/bin/env bash
# `npm test`: everything CI checks, in order, from a fresh clone. Nothing is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
# The browsers found (or given as CHROMIUM_PATH / FIREFOX_PATH) are handed to everything below.
browsers="$(bash scripts/ensure-browsers.sh)"
while IFS='=' read -r name value; do export "$name=$value"; done <<< "$browsers"
mkdir -p .output
step() { echo; echo "== $* =="; "$@"; }
step npm run --silent typecheck
step npm run --silent lint
step npx vitest run --reporter=default --reporter=json --outputFile.json=.output/unit-results.json
step npm run --silent build
step npm run --silent build:firefox
step npm run --silent lint:firefox
step npm run --silent build:e2e
step npm run --silent build:e2e:firefox
step npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=.output/e2e-results.json
node scripts/test-summary.mjs .output/unit-results.json .output/e2e-results.json
