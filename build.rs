//! Release builds for the browser are split into wasm chunks after linking
//! (`scripts/split-wasm.mjs`, `src/app/chunks/below.rs`). This sets `cfg(split)`
//! for exactly those builds and asks the linker to keep the relocations the
//! splitter needs. Debug builds, tests and native builds stay one module.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(split)");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    let debug_assertions = std::env::var_os("CARGO_CFG_DEBUG_ASSERTIONS").is_some();
    if wasm && !debug_assertions {
        println!("cargo::rustc-cfg=split");
        println!("cargo::rustc-link-arg-bins=--emit-relocs");
    }
}
