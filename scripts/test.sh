#!/usr/bin/env bash
# Every test CI runs: lint, types, web unit tests, browser tests, then the node:test suites (SQL tests on PGlite
# and, when it answers, PostgreSQL). `npm test` runs this file. Every stage runs even when an earlier one fails,
# so one run shows every problem; the exit code is non-zero when any stage failed.
set -uo pipefail
cd "$(dirname "$0")/.."
failed=()
stage() {
  local name="$1"
  shift
  printf '\n=== %s\n' "$name"
  local started=$SECONDS
  if "$@"; then
    printf '=== %s: ok (%ss)\n' "$name" "$((SECONDS - started))"
  else
    printf '=== %s: FAILED (%ss)\n' "$name" "$((SECONDS - started))"
    failed+=("$name")
  fi
}
has_script() { node -e "process.exit(require('./package.json').scripts['$1'] ? 0 : 1)"; }

stage 'lint (biome)' npx biome check .
stage 'types (tsc)' npx tsc -p tsconfig.json
stage 'types of the web app and browser tests (tsc)' sh -c 'npx tsc -p apps/web/tsconfig.json && npx tsc -p e2e/tsconfig.json'
if has_script test:web; then stage 'web unit tests (vitest)' npm run --silent test:web; fi
if has_script test:e2e; then stage 'browser tests (Playwright + Chromium)' npm run --silent test:e2e; fi
stage 'server, database and library tests (node:test)' bash scripts/test-node.sh

if [ "${#failed[@]}" -gt 0 ]; then
  printf '\nFailed stages: %s\n' "${failed[*]}"
  exit 1
fi
printf '\nAll stages passed.\n'
