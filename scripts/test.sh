#!/usr/bin/env bash
# Runs every check and test, in the order that fails fastest:
#   formatting, clippy (host and wasm32), native model tests (incl. property
#   tests), component tests in headless Chromium (wasm-bindgen-test), the
#   release build (pinned nightly, scripts/release-env.sh), its size report,
#   and Playwright end-to-end tests against the release build served on
#   127.0.0.1; last, a smoke test of the README's run command
#   (scripts/serve.sh serves a page that computes and rebuilds on change).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
# The release build's toolchain (the pinned nightly, or stable with a loud
# warning): sets RELEASE_TOOLCHAIN and RELEASE_ENV and exports nothing, so
# every other step runs on stable (docs/build.md).
source scripts/release-env.sh

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

# The fallback path of the release build's toolchain choice, without
# building: with no toolchains at all it must choose stable and say so.
step "release toolchain: the fallback to stable is chosen, loudly"
no_rustup=$(mktemp -d)
fallback=$(RUSTUP_HOME="$no_rustup" RELEASE_TOOLCHAIN='' bash -c 'source scripts/release-env.sh 2>&1; echo "chose=$RELEASE_TOOLCHAIN env=${#RELEASE_ENV[@]}"')
rm -rf "$no_rustup"
grep -q 'WARNING: .* is not installed' <<<"$fallback" && grep -q 'chose=stable env=0$' <<<"$fallback" \
  || { echo "FAIL: scripts/release-env.sh does not fall back to stable loudly:"; echo "$fallback"; exit 1; }

step "release build ($RELEASE_TOOLCHAIN)"
env "${RELEASE_ENV[@]}" trunk build --release

# Regression guard: the first load (html + js + start wasm + css, brotli)
# may not grow past this many bytes (docs/size.md: the figures, what the
# bytes are, and why the 110 KB target is not met). The chunks fetched later
# (lazy-*.wasm) are reported apart and not counted. Raise it only with a
# measured reason in the commit message; lower it as the page shrinks.
# It is the pinned nightly's figure. A build that fell back to stable
# (scripts/release-env.sh) is held to it plus the measured difference
# between the two (13,755 bytes at 72f2eb5, rounded up): the fallback alone does not
# fail CI, a page that grew still does (docs/build.md#when-the-nightly-is-missing).
size_guard=151800
stable_extra=13800
if [ "$RELEASE_TOOLCHAIN" = stable ]; then
  size_guard=$((size_guard + stable_extra))
  printf '\033[1;31mWARNING: the release wasm was built with STABLE (fallback): guard raised by %s bytes\033[0m\n' "$stable_extra" >&2
fi
step "size report and regression guard (first load ≤ $size_guard bytes brotli)"
bash scripts/size-report.sh dist "$size_guard"

step "end-to-end tests (Playwright, release build)"
DIST_DIR="$PWD/dist" node --test --test-concurrency=1 tests/e2e/

step "the run command: scripts/serve.sh serves a page that computes (tests/serve-smoke.mjs)"
node tests/serve-smoke.mjs

step "all tests passed (release wasm: $RELEASE_TOOLCHAIN)"
if [ "$RELEASE_TOOLCHAIN" = stable ]; then
  printf '\033[1;31mWARNING: the release wasm was built with STABLE, not %s (see the warning at the start)\033[0m\n' "$RELEASE_NIGHTLY" >&2
fi
