#!/usr/bin/env bash
# The benchmark (issue 6): builds the release page and measures it in
# headless Chromium. Prints a markdown report and writes it to
# bench/out/bench.md (raw figures in bench/out/bench.json).
#   - raw, gzip and brotli bytes per first-load asset and the total;
#   - navigation → first computed result, unthrottled and with Lighthouse's
#     mobile throttling (4× CPU, 150 ms RTT, 1.6 Mbit/s), median of 7 runs;
#   - input → updated result latency, median and p95 over 200 edits;
#   - Lighthouse mobile scores (median of 3 runs);
#   - the Leptos floor beside the first load: a four-input Leptos page built
#     by the same pipeline (bench/floor/, scripts/floor.sh), and the ratio.
# `node bench/trace.mjs` takes the start apart under 4× CPU (docs/speed.md).
# Lighthouse is installed into bench/node_modules from bench/package-lock.json
# here only, so the test command never pays for it. Extra arguments go to
# bench/bench.mjs, e.g. `--runs 3 --edits 100 --lighthouse-runs 1`.
# Timings depend on the machine and its load: run it on an idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

if [ ! -d bench/node_modules/lighthouse ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  echo "bench: installing Lighthouse (bench/package-lock.json)"
  npm ci --prefix bench --no-audit --no-fund --loglevel=error
fi

bash scripts/build.sh
bash scripts/floor.sh
exec node bench/bench.mjs "$@"
