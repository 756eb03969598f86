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
# Release builds for the browser set cfg(split) (build.rs): lint that code too.
step "clippy, wasm32 release (split points)"
cargo clippy --release --locked --target wasm32-unknown-unknown --lib --bins -- -D warnings

step "native tests: model, i18n, property tests"
cargo test --locked

step "component tests in headless Chromium (wasm-bindgen-test)"
cargo test --locked --target wasm32-unknown-unknown --test browser

step "release build"
trunk build --release

# Regression guard: the first load may not grow past 145,600 bytes brotli.
# Measured 145,175 at the end of session 6: 144,596 at 49c33c8, +0.35 KB
# for the focus after a notice is dismissed, +0.23 KB (1.2 KB raw) for the
# edit kept across a reload in sessionStorage. Before: 144,794 (+0.3 KB for the notice that the autosaved
# scenario could not be read, now at the top with the link's notices; +0.6 KB
# for keeping the comparison's scenarios in storage and the file: the JS
# imports and the record helpers the sections' chunk shares with the page;
# −0.4 KB for the wasm-streams classes out of the glue). 144,114 in session 5: 150,956 at the end of session 4 (the
# release wasm split into the start module and chunks fetched later:
# 193,248 before), +0.7 KB for keeping index.html's header as the app's
# (LCP), −3.2 KB for the share bar moving below the key figures into the
# sections' chunk, +0.5 KB for the Danish texts of the Embed dialog's
# choices, −3.6 KB for the texts only the sections below use moving into
# their chunk (i18n::BelowTexts), −0.9 KB for wasm-streams' unused exports
# (scripts/split-wasm.mjs). Issue 6's target is 110 KB and is NOT met (README, Size:
# the page with nothing drawn at the top is already 109.6 KB). The chunks
# are reported apart (lazy-*.wasm) and not counted. Raise this only with a
# measured reason in the commit message; lower it as the page shrinks.
step "size report and regression guard (first load ≤ 145,600 bytes brotli)"
bash scripts/size-report.sh dist 145600

step "end-to-end tests (Playwright, release build)"
DIST_DIR="$PWD/dist" node --test --test-concurrency=1 tests/e2e/

step "all tests passed"
