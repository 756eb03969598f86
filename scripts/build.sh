#!/usr/bin/env bash
# The release build: `trunk build --release` into dist/, with the toolchain
# scripts/release-env.sh picks (the pinned nightly, std from rust-src,
# panic = "immediate-abort"; stable when it is missing, with a warning).
# The post-build hook splits the wasm and writes the compressed copies
# (docs/build.md). Run scripts/setup.sh once before. Extra arguments go to
# `trunk build`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/release-env.sh
exec env "${RELEASE_ENV[@]}" trunk build --release "$@"
