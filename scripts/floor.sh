#!/usr/bin/env bash
# Builds the Leptos floor (bench/floor/: four number inputs, a few signals
# and memos, one computed output) into bench/floor/dist/ by the page's
# release pipeline: the same toolchain and settings (scripts/release-env.sh:
# the pinned nightly, std from rust-src, panic = "immediate-abort"), the same
# release profile and `--cfg erase_components` (.cargo/config.toml applies to
# bench/floor/ too), Trunk, wasm-bindgen, the post-build hook's wasm-opt
# flags, glue stripping and brotli; no split (it has no split point) and no
# service worker. bench/bench.mjs prints it beside the page's first load.
# Its own target directory (bench/floor/target): the first build compiles
# Leptos and std, a few minutes. Not part of scripts/test.sh.
# Extra arguments go to `trunk build`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/release-env.sh

# The floor's lock file holds the page's versions (a subset of Cargo.lock):
# every package it names must be in Cargo.lock at the same version.
pairs() { awk '/^name = /{n=$3} /^version = /{print n, $3}' "$1" | tr -d '"' | sort -u; }
extra=$(comm -23 <(pairs bench/floor/Cargo.lock) <(pairs Cargo.lock) | grep -v '^leptos-floor ' || true)
if [ -n "$extra" ]; then
  printf 'floor: bench/floor/Cargo.lock has versions that Cargo.lock does not:\n%s\n' "$extra" >&2
  printf 'floor: copy Cargo.lock to bench/floor/ and run `cargo metadata` there (no --locked) to prune it\n' >&2
  exit 1
fi

cd bench/floor
exec env "${RELEASE_ENV[@]}" trunk build --release --locked "$@"
