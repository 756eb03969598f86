#!/usr/bin/env bash
# The README's run command: installs what is missing (scripts/setup.sh),
# builds the release page and serves it on http://127.0.0.1:8080 with the
# recommended hosting headers, rebuilding on every change (reload the page
# by hand: Trunk's live reload is an inline script the strict CSP forbids;
# Trunk.toml, [serve]). Extra arguments go to `trunk serve`, e.g.
# `--port 9000`. The toolchain is the release build's (scripts/release-env.sh:
# the pinned nightly, or stable with a warning). tests/serve-smoke.mjs runs
# this script in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
source scripts/release-env.sh
exec env "${RELEASE_ENV[@]}" trunk serve --release --no-autoreload "$@"
