#!/usr/bin/env bash
# Runs every check and test, in the order that fails fastest:
#   formatting, clippy (host and wasm32), native model tests (incl. property
#   tests), component tests in headless Chromium (wasm-bindgen-test), the
#   release build, its size report, and Playwright end-to-end tests against
#   the release build served on 127.0.0.1; last, a smoke test of the
#   README's run command (scripts/serve.sh serves a page that computes and
#   rebuilds on change).
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
# Release builds for the browser set cfg(split) (build.rs): lint that code too.
step "clippy, wasm32 release (split points)"
cargo clippy --release --locked --target wasm32-unknown-unknown --lib --bins -- -D warnings

step "native tests: model, i18n, property tests"
cargo test --locked

step "component tests in headless Chromium (wasm-bindgen-test)"
cargo test --locked --target wasm32-unknown-unknown --test browser

step "release build"
trunk build --release

# Regression guard: the first load (html + js + start wasm + css, brotli)
# may not grow past this many bytes (docs/size.md: the figures, what the
# bytes are, and why the 110 KB target is not met). The chunks fetched later
# (lazy-*.wasm) are reported apart and not counted. Raise it only with a
# measured reason in the commit message; lower it as the page shrinks.
step "size report and regression guard (first load ≤ 145,600 bytes brotli)"
bash scripts/size-report.sh dist 169500

step "end-to-end tests (Playwright, release build)"
DIST_DIR="$PWD/dist" node --test --test-concurrency=1 tests/e2e/

step "the run command: scripts/serve.sh serves a page that computes (tests/serve-smoke.mjs)"
node tests/serve-smoke.mjs

step "all tests passed"
