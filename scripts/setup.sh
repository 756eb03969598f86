#!/usr/bin/env bash
# Installs everything the project needs to build, serve and test, skipping what
# is already present at the right version. Safe to run again.
#
# Pinned versions (docs/toolchain.md says why these):
#   trunk 0.21.14 (0.22 needs a newer rustc), wasm-bindgen-cli = the
#   `wasm-bindgen` pin in Cargo.toml, wasm-opt from npm `binaryen` (package.json),
#   wasm-split-cli 0.2.4 (crate wasm_split_cli_support; cuts the release wasm
#   into chunks, scripts/split-wasm.mjs), the nightly for the release wasm
#   (RELEASE_NIGHTLY in scripts/release-env.sh, minimal profile + rust-src).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_SPLIT_VERSION=0.2.4
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml | head -n1)
: "${WASM_BINDGEN_VERSION:?could not read the wasm-bindgen pin from Cargo.toml}"
RELEASE_NIGHTLY=$(sed -n 's/^RELEASE_NIGHTLY=\(nightly-[0-9-]*\)$/\1/p' scripts/release-env.sh)
: "${RELEASE_NIGHTLY:?could not read the nightly pin from scripts/release-env.sh}"

log() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

# 1. Rust target for the browser.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 1b. The pinned nightly for the release wasm only (docs/build.md): std is
#     rebuilt from rust-src (-Zbuild-std), so no wasm32 target is added (this
#     nightly does not serve one). ~15 s. When it cannot be installed the
#     release build falls back to stable (scripts/release-env.sh): warn, go on.
if ! rustup toolchain list | grep -q "^${RELEASE_NIGHTLY}-" \
   || ! rustup component list --toolchain "$RELEASE_NIGHTLY" --installed 2>/dev/null | grep -qx rust-src; then
  log "installing ${RELEASE_NIGHTLY} (minimal, rust-src) for the release wasm"
  if ! rustup toolchain install "$RELEASE_NIGHTLY" --profile minimal -c rust-src; then
    printf '\033[1;31m%s\n%s\n%s\n%s\033[0m\n' \
      "################################################################################" \
      "# WARNING: could not install ${RELEASE_NIGHTLY} (see above). The release build" \
      "# falls back to stable: a working page, ~13.8 KB brotli larger. docs/build.md" \
      "################################################################################" >&2
  fi
fi

# 2. Debian packages: Chromium + its driver for the browser tests, brotli for
#    the size report. apt-get update only when something is missing.
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
command -v brotli >/dev/null 2>&1 || need_apt+=(brotli)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "installing Debian packages: ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# 3. npm packages (Playwright driver, axe-core, wasm-opt) from the lock file.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
fi

# 4. Cargo tools, compiled from crates.io (the slow part: ~15 min on 2 cores).
if ! trunk --version 2>/dev/null | grep -q " ${TRUNK_VERSION}\$"; then
  log "installing trunk ${TRUNK_VERSION} (takes ~11 min the first time)"
  cargo install trunk --version "${TRUNK_VERSION}" --locked
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " ${WASM_BINDGEN_VERSION}\$" \
   || ! command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
  log "installing wasm-bindgen-cli ${WASM_BINDGEN_VERSION} (takes ~6 min the first time)"
  # Not --locked: its lock file names a crate version the registry does not serve.
  cargo install wasm-bindgen-cli --version "${WASM_BINDGEN_VERSION}" --force
fi

# It has no --version; cargo's list of installed packages says which.
if ! command -v wasm-split-cli >/dev/null 2>&1 \
   || ! cargo install --list | grep -qx "wasm_split_cli_support v${WASM_SPLIT_VERSION}:"; then
  log "installing wasm-split-cli ${WASM_SPLIT_VERSION} (takes ~3 min the first time)"
  cargo install wasm_split_cli_support --version "${WASM_SPLIT_VERSION}" --features build-binary --locked
fi

log "ready: trunk $(trunk --version | awk '{print $2}'), wasm-bindgen $(wasm-bindgen --version | awk '{print $2}'), $(chromium --version 2>/dev/null | head -n1)"
if rustup component list --toolchain "$RELEASE_NIGHTLY" --installed 2>/dev/null | grep -qx rust-src; then
  log "release wasm: ${RELEASE_NIGHTLY}, $(rustup run "$RELEASE_NIGHTLY" rustc --version)"
else
  log "release wasm: STABLE (fallback, ${RELEASE_NIGHTLY} is missing)"
fi
