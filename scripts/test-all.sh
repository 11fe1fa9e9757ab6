#!/usr/bin/env bash
# Every check, cheapest first, so that a content mistake fails in seconds rather than after the build.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1m▶ %s\033[0m\n' "$1"; }

step "Type check";            npm run --silent typecheck
step "Content model";         npm run --silent check
step "Chinese typography";    npm run --silent lint:zh
step "Unit tests";            npm run --silent test:unit
step "Spelling";              npm run --silent spell
step "Chromium for browser tests"; bash scripts/ensure-browser.sh
step "Faulty fixture sites fail to build"; npm run --silent test:faults
step "Production build (en, zh-Hans)"; npm run --silent build
step "Build output and browser tests"; npm run --silent test:site
step "Search quality: the evaluation set typed into the search box (top-3 ≥ 95 % per language)"; npm run --silent search:eval
step "A second site links atlas terms (remark-atlas-terms)"; npm run --silent test:linking
