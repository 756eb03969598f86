#!/usr/bin/env bash
# Fuzzes the model and the link and file decoders (tests/fuzz.rs) with
# 1,000,000 generated inputs per property: 3,000,000 for the model (form
# edits, raw numbers, number text), 3,000,000 for the URL decoder (query
# strings, damaged version-2 links with embed options, percent-encoding round
# trip) and 1,000,000 for saved scenarios (the JSON file / stored record). Optimised build with overflow checks
# (`[profile.fuzz]` in Cargo.toml); the first run compiles it (~5-10 min on
# 2 cores). A failure prints the minimal failing input.
#   usage: fuzz.sh [CASES_PER_PROPERTY]   (CI runs 256 via plain `cargo test`)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cases="${1:-1000000}"
started=$(date +%s)
FUZZ_CASES="$cases" cargo test --locked --profile fuzz --test fuzz -- --test-threads=2
echo "fuzz: $cases cases for each of 7 properties passed in $(( $(date +%s) - started )) s"
