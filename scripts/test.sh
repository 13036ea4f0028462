#!/usr/bin/env bash
# Every test CI runs: lint, types, web unit tests, browser tests, then the node:test suites (SQL tests on PGlite
# and, when it answers, PostgreSQL). `npm test` runs this file. Every stage runs even when an earlier one fails,
# so one run shows every problem; the exit code is non-zero when any stage failed.
set -uo pipefail
cd "$(dirname "$0")/.."
failed=()
# Each stage's output is kept too, so that the end of the run can list what failed (CI shows the run's tail).
logs="$(mktemp -d)"
stages=0
trap 'rm -rf "$logs"' EXIT
stage() {
  local name="$1"
  shift
  printf '\n=== %s\n' "$name"
  local started=$SECONDS
  stages=$((stages + 1))
  if "$@" 2>&1 | tee "$logs/$stages.log"; then
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

# Tests that passed only when retried, so that flakiness is seen even in a green run.
flaky="$(cat "$logs"/*.log | grep -E '^\s+[0-9]+ flaky' -A 20 | grep -E 'flaky|›' || true)"
if [ -n "$flaky" ]; then printf '\nFlaky (passed on a retry):\n%s\n' "$flaky"; fi

if [ "${#failed[@]}" -gt 0 ]; then
  # What failed, gathered from every stage's output: Playwright's ✘ lines and first error lines, node:test's
  # "not ok" lines with their error and location, vitest's FAIL lines.
  printf '\nWhat failed:\n'
  cat "$logs"/*.log | grep -E '✘|^\s+Error: |^\s*not ok |^\s+error: |^\s+location: |FAIL |flaky' | grep -v '# Subtest' | head -80
  printf '\nFailed stages: %s\n' "${failed[*]}"
  exit 1
fi
printf '\nAll stages passed.\n'
