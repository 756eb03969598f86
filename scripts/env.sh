# Sourced by the other scripts: puts the project's tools first on PATH.
# wasm-opt comes from the npm package `binaryen` (node_modules/.bin); trunk
# and wasm-bindgen from `cargo install` (~/.cargo/bin).
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
