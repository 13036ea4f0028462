#!/usr/bin/env bash
# Every test CI runs: lint, types, web unit tests, browser tests, then the node:test suites (SQL tests on PGlite
# and, when it answers, PostgreSQL). `npm test` runs this file.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n=== %s\n' "$1"; }

step 'lint (biome)'
npx biome check .
step 'types (tsc)'
npx tsc -p tsconfig.json
if node -e 'process.exit(require("./package.json").scripts["test:web"] ? 0 : 1)'; then
  step 'web unit tests (vitest)'
  npm run --silent test:web
fi
if node -e 'process.exit(require("./package.json").scripts["test:e2e"] ? 0 : 1)'; then
  step 'browser tests (Playwright + Chromium)'
  npm run --silent test:e2e
fi
step 'server, database and library tests (node:test)'
bash scripts/test-node.sh
