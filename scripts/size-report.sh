#!/usr/bin/env bash
# Prints raw, gzip and brotli bytes of each asset a first visit loads from
# a build directory, and the total; then what is fetched after the first
# render: the wasm chunks (`lazy-*.wasm`, scripts/split-wasm.mjs) and the
# service worker (`sw.js`, registered once the page has loaded,
# docs/offline.md), and the whole page.
# With a budget, exits 1 when the first load's brotli total is above it (a
# deterministic check: same build, same bytes).
#   usage: size-report.sh [DIR] [BROTLI_BUDGET_BYTES]
set -euo pipefail
dir="${1:-dist}"
budget="${2:-}"
printf '%-40s %10s %10s %10s\n' asset raw gzip brotli
total_raw=0; total_gz=0; total_br=0
row() {
  local f=$1 raw gz br
  raw=$(wc -c <"$f"); gz=$(gzip -9 -c "$f" | wc -c); br=$(brotli -q 11 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
  printf '%-40s %10d %10d %10d\n' "$(basename "$f")" "$raw" "$gz" "$br"
}
for f in "$dir"/index.html "$dir"/*.js "$dir"/*.wasm "$dir"/*.css; do
  [ -f "$f" ] || continue
  case "$(basename "$f")" in lazy-* | sw.js) continue ;; esac
  row "$f"
done
printf '%-40s %10d %10d %10d\n' "first load (total)" "$total_raw" "$total_gz" "$total_br"
first_br=$total_br
for f in "$dir"/lazy-*.wasm "$dir"/sw.js; do
  [ -f "$f" ] || continue
  row "$f"
done
printf '%-40s %10d %10d %10d\n' "whole page (first load + later)" "$total_raw" "$total_gz" "$total_br"
total_br=$first_br
# Rust's float printing (core::fmt's flt2dec) adds ~15-18 KB brotli;
# numbers are formatted by model::number instead. On stable its panic
# paths name "flt2dec"; the nightly release build strips those, but the
# printer's own "NaN" (written for a NaN) stays, and no text of ours has it.
for w in "$dir"/*.wasm; do
  if grep -q -e "flt2dec" -e "NaN" "$w"; then
    echo "FAIL: $(basename "$w") contains Rust's float printing (flt2dec/NaN): format numbers with model::number::format, not {} or {:.N}" >&2
    exit 1
  fi
done
if [ -n "$budget" ]; then
  if [ "$total_br" -gt "$budget" ]; then
    echo "FAIL: first load is $total_br bytes brotli, over the budget of $budget bytes" >&2
    exit 1
  fi
  echo "first load $total_br bytes brotli: within the budget of $budget bytes"
fi
