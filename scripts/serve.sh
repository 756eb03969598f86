#!/usr/bin/env bash
# Installs what is missing, builds the release page and serves it on
# http://127.0.0.1:8080 (rebuilding on change). Extra arguments go to
# `trunk serve`, e.g. `--port 9000`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
exec trunk serve --release "$@"
