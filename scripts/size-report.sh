#!/usr/bin/env bash
# Prints raw, gzip and brotli bytes of each asset a first visit loads from
# a build directory (default: dist), and the total.
set -euo pipefail
dir="${1:-dist}"
printf '%-40s %10s %10s %10s\n' asset raw gzip brotli
total_raw=0; total_gz=0; total_br=0
for f in "$dir"/index.html "$dir"/*.js "$dir"/*.wasm "$dir"/*.css; do
  [ -f "$f" ] || continue
  raw=$(wc -c <"$f"); gz=$(gzip -9 -c "$f" | wc -c); br=$(brotli -q 11 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
  printf '%-40s %10d %10d %10d\n' "$(basename "$f")" "$raw" "$gz" "$br"
done
printf '%-40s %10d %10d %10d\n' "first load (total)" "$total_raw" "$total_gz" "$total_br"
