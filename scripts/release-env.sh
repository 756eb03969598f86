# Sourced by the scripts that make the release build (scripts/build.sh,
# scripts/serve.sh): picks the toolchain for the release wasm (docs/build.md).
#
# The release wasm is built with a pinned nightly, std rebuilt from rust-src
# with panic = "immediate-abort" (−13.8 KB brotli on the first load,
# docs/size.md). Those settings are nightly-only and stable cargo refuses
# them in Cargo.toml, so they are environment variables for the release
# build's cargo alone: nothing here is exported, and the stable commands in
# the same shell (fmt, clippy, tests, debug builds) stay on stable. Run the
# build as
#
#   env "${RELEASE_ENV[@]}" trunk build --release
#
# Sets RELEASE_TOOLCHAIN to the pin, or to "stable" when the pinned nightly
# with rust-src is not installed (scripts/setup.sh installs it and says so
# when it cannot): then the build falls back to stable and panic = "abort",
# with a warning on stderr. RELEASE_TOOLCHAIN=stable beforehand chooses
# stable on purpose (e.g. to measure the difference). RELEASE_REQUIRE_NIGHTLY=1
# turns the fallback into an error (for a build that is to be deployed).

# The pin; scripts/setup.sh reads it from this line.
RELEASE_NIGHTLY=nightly-2026-05-19

RELEASE_ENV=()
release_nightly_ready() {
  rustup toolchain list 2>/dev/null | grep -q "^${RELEASE_NIGHTLY}-" || return 1
  local sysroot
  sysroot=$(rustup run "$RELEASE_NIGHTLY" rustc --print sysroot 2>/dev/null) || return 1
  [ -f "$sysroot/lib/rustlib/src/rust/library/Cargo.lock" ]
}

if [ "${RELEASE_TOOLCHAIN:-}" = stable ]; then
  printf '\033[1mrelease build:\033[0m stable, as RELEASE_TOOLCHAIN=stable asks (panic = "abort", ~13.8 KB brotli more than with %s)\n' \
    "$RELEASE_NIGHTLY" >&2
elif release_nightly_ready; then
  RELEASE_TOOLCHAIN=$RELEASE_NIGHTLY
  RELEASE_ENV=(
    RUSTUP_TOOLCHAIN="$RELEASE_NIGHTLY"
    # std, core and alloc compiled with the page, from rust-src: the
    # panic strategy must be std's too, and this nightly serves no
    # prebuilt wasm32 std anyway.
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort
    # A panic is the wasm instruction `unreachable`, no message and no
    # formatting machinery (std's default hook prints nothing on
    # wasm32-unknown-unknown anyway).
    CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT=true
    CARGO_PROFILE_RELEASE_PANIC=immediate-abort
  )
  printf '\033[1mrelease build:\033[0m %s, std from rust-src, panic = "immediate-abort"\n' "$RELEASE_NIGHTLY" >&2
else
  RELEASE_TOOLCHAIN=stable
  {
    printf '\033[1;31m'
    printf '################################################################################\n'
    printf '# WARNING: %s with rust-src is not installed.\n' "$RELEASE_NIGHTLY"
    printf '# The release wasm falls back to STABLE with panic = "abort": it works the\n'
    printf '# same, but its first load is about 13.8 KB brotli larger than a shipped build.\n'
    printf '# Install it: rustup toolchain install %s --profile minimal -c rust-src\n' "$RELEASE_NIGHTLY"
    printf '################################################################################\n'
    printf '\033[0m'
  } >&2
  if [ "${RELEASE_REQUIRE_NIGHTLY:-}" = 1 ]; then
    echo "release build: RELEASE_REQUIRE_NIGHTLY=1, so no fallback" >&2
    return 1 2>/dev/null || exit 1
  fi
fi
unset -f release_nightly_ready
