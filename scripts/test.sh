#!/usr/bin/env bash
# Runs every check and test, in the order that fails fastest:
#   formatting, clippy (host and wasm32), native model tests (incl. property
#   tests), component tests in headless Chromium (wasm-bindgen-test), the
#   release build, its size report, and Playwright end-to-end tests against
#   the release build served on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

started=$(date +%s)
step() { printf '\n\033[1m== %s\033[0m (%ss)\n' "$*" "$(( $(date +%s) - started ))"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy, host"
cargo clippy --all-targets --locked -- -D warnings
step "clippy, wasm32"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

step "native tests: model, i18n, property tests"
cargo test --locked

step "component tests in headless Chromium (wasm-bindgen-test)"
cargo test --locked --target wasm32-unknown-unknown --test browser

step "release build"
trunk build --release

# Regression guard: the first load may not grow past 194,000 bytes brotli.
# Measured 192,909 in session 3 (187,161 at its start; 132,333 before
# session 2's features). Session 3 bought input latency and start-up with
# bytes: tables updated in place (+1.3 KB), sections added one per task
# after the first render, charts/tables/explanation after the next paint,
# chart widths from a ResizeObserver, delayed autosave (+2.9 KB), the static
# first-paint header and its script (+0.5 KB), link notices (+0.5 KB).
# Issue 6's target is 110 KB and is NOT met. Raise this only with a measured
# reason in the commit message; lower it as the page shrinks.
step "size report and regression guard (first load ≤ 194,000 bytes brotli)"
bash scripts/size-report.sh dist 194000

step "end-to-end tests (Playwright, release build)"
DIST_DIR="$PWD/dist" node --test --test-concurrency=1 tests/e2e/

step "all tests passed"
