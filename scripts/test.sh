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
  # What failed, gathered from every stage's output. Playwright: its closing "N failed" list (a test that failed
  # once and passed on its retry is listed as flaky above, not here; each failure's error is in the stage's output
  # and in test-results/e2e/*/error-context.md); node:test: "not ok" lines with their error and location; vitest:
  # FAIL lines; tsc and biome: their error lines.
  printf '\nWhat failed:\n'
  cat "$logs"/*.log |
    awk '/^ +[0-9]+ failed$/ { on = 1; print; next } /^ +[0-9]+ (flaky|passed|skipped|did not run|interrupted)/ { on = 0 } on' |
    head -40
  cat "$logs"/*.log | grep -E '^\s*not ok |^\s+error: |^\s+location: |FAIL |error TS[0-9]+|^\s+×' | grep -v '# Subtest' | head -60
  printf '\nFailed stages: %s\n' "${failed[*]}"
  exit 1
fi
printf '\nAll stages passed.\n'
