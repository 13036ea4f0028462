#!/usr/bin/env bash
# Runs every node:test file of the server-side workspaces and of scripts/ (the layering lint test). Node 20's `--test` finds no .ts files by itself,
# so the files are listed explicitly (an empty list would report 0 tests and pass).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find packages apps scripts -path '*/node_modules' -prune -o -path 'apps/web' -prune -o -name '*.test.ts' -print | sort)
if [ "${#files[@]}" -eq 0 ]; then echo "no test files found" >&2; exit 1; fi
exec node --import tsx --test --test-concurrency=2 "$@" "${files[@]}"
