#!/usr/bin/env bash
# `npm start`: install, build, and open Chromium with Amends on its practice page.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
# The browsers found (or given as CHROMIUM_PATH / FIREFOX_PATH) are handed to everything below.
browsers="$(bash scripts/ensure-browsers.sh --chromium-only)"
while IFS='=' read -r name value; do export "$name=$value"; done <<< "$browsers"
npm run --silent build
npm run --silent build:firefox
npx tsx scripts/open-practice.ts
