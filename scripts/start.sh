#!/usr/bin/env bash
# `npm start`: install, build, and open Chromium with Amends on its practice page.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-browsers.sh --chromium-only
npm run --silent build
npm run --silent build:firefox
npx tsx scripts/open-practice.ts
