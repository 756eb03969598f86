//! The examples' records, as a wasm chunk of their own.
//!
//! The first screen shows the examples' names (`model::preset::NAMES`);
//! their records (groups, published figures, sources and notes in both
//! languages) and what the page shows once one is loaded (its source and
//! figures, [`crate::app::examples::preset_info`], and the undo notice) are wanted only after
//! a click on one or with `preset=` in the link or autosave. In release
//! builds for the browser [`chunk`] is a split point (see `below.rs`): they
//! go into `lazy-presets-….wasm`. A click fetches it (the picker shows that
//! it is busy, and a notice with "Prøv igen" if it fails); a start that
//! names an example waits for it (see `crate::app::mount`). Debug builds and
//! tests have one module, and the records are there at once.

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use crate::app::examples::preset_info::PresetInfo;
use crate::app::examples::undo_notice::UndoNotice;
use crate::model::preset::{self, Preset, PRESETS};

/// What the chunk brings.
pub struct Chunk {
    /// Registered with `model::preset` when the chunk comes; one-module
    /// builds read `PRESETS` there directly.
    #[cfg_attr(not(split), expect(dead_code))]
    records: &'static [Preset],
    /// Drawn under the examples' buttons once the records are in.
    after_load: fn() -> AnyView,
}

static CHUNK: Chunk = Chunk {
    records: PRESETS,
    after_load: || view! { <UndoNotice/> <PresetInfo/> }.into_any(),
};

#[cfg_attr(
    split,
    leptos::wasm_split::wasm_split(presets, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn chunk() -> Result<&'static Chunk, SplitLoaderError> {
    Ok(&CHUNK)
}

#[cfg(split)]
static LOADED: std::sync::OnceLock<&'static Chunk> = std::sync::OnceLock::new();

/// Whether the records are in the page.
pub fn ready() -> bool {
    preset::loaded()
}

/// Makes sure the records are in the page; false if the fetch failed (the
/// next call tries again).
pub async fn fetch() -> bool {
    if ready() {
        return true;
    }
    #[cfg(split)]
    return match chunk().await {
        Ok(c) => {
            let _ = LOADED.set(c);
            preset::set_loaded(c.records);
            true
        }
        Err(_) => false,
    };
    #[cfg(not(split))]
    return chunk().is_ok();
}

/// Runs `then(fetched)` once the records are in the page: at once if they
/// are, else after fetching them.
pub fn then(then: impl FnOnce(bool) + 'static) {
    if ready() {
        then(true);
    } else {
        // Not Leptos' spawner: this also runs before the page is mounted.
        wasm_bindgen_futures::spawn_local(async move { then(fetch().await) });
    }
}

/// What the picker draws under its buttons; `None` until the records are in.
pub fn after_load() -> Option<AnyView> {
    #[cfg(split)]
    let chunk = LOADED.get().copied();
    #[cfg(not(split))]
    let chunk = chunk().ok();
    chunk.map(|c| (c.after_load)())
}
