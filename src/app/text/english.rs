//! English as a wasm chunk of its own.
//!
//! Most visitors read Danish, and English is a third of the page's text
//! (every string, plus its formatting functions). In release builds for the
//! browser [`chunk`] is a split point (see `below.rs`): [`crate::i18n::ENGLISH`]
//! and everything only it uses go into `lazy-english-….wasm`, fetched when
//! English is asked for: by the link or the saved scenario at start (the
//! page waits for it), by the language switch, or by an opened file.

use crate::i18n::english::English;
use crate::model::url::link::Loaded;
use crate::model::Lang;
use leptos::wasm_split::SplitLoaderError;

#[cfg_attr(
    split,
    leptos::wasm_split::wasm_split(english, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn chunk() -> Result<&'static English, SplitLoaderError> {
    Ok(&crate::i18n::ENGLISH)
}

/// Whether `lang`'s texts are in the page.
pub fn ready(lang: Lang) -> bool {
    lang == Lang::Da || crate::i18n::english::loaded()
}

/// Makes sure `lang`'s texts are in the page, fetching English if needed;
/// false if the fetch failed (the next call tries again).
pub async fn fetch(lang: Lang) -> bool {
    if ready(lang) {
        return true;
    }
    #[cfg(split)]
    return match chunk().await {
        Ok(english) => {
            crate::i18n::english::set(english);
            true
        }
        Err(_) => false,
    };
    #[cfg(not(split))]
    return chunk().is_ok();
}

/// Runs `then(fetched)` once `lang`'s texts are in the page: at once if
/// they are, else after fetching them.
pub fn then(lang: Lang, then: impl FnOnce(bool) + 'static) {
    if ready(lang) {
        then(true);
    } else {
        // Not Leptos' spawner: this also runs before the page is mounted,
        // when Leptos has not set up its executor yet.
        wasm_bindgen_futures::spawn_local(async move { then(fetch(lang).await) });
    }
}

/// `loaded` in a language the page can show: as it is if its texts are in
/// the page, else turned into Danish (numbers rewritten to the Danish
/// convention, so none is misread).
pub fn shown(mut loaded: Loaded) -> Loaded {
    if !ready(loaded.lang) {
        loaded.form.relocalize(loaded.lang, Lang::Da);
        loaded.lang = Lang::Da;
    }
    loaded
}

/// [`shown`], after fetching English if `loaded` asks for it.
pub async fn readable(loaded: Loaded) -> Loaded {
    fetch(loaded.lang).await;
    shown(loaded)
}

/// Starts fetching `lang`'s texts ahead of a likely switch (the pointer
/// over, or focus on, the language switch), so the click is answered at
/// once. A failure is left for the switch itself to report.
pub fn prefetch(lang: Lang) {
    thread_local! {
        // One prefetch at a time: offline, each hover would otherwise queue
        // another attempt in front of the click's.
        static PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if ready(lang) || PENDING.with(|p| p.replace(true)) {
        return;
    }
    then(lang, |_| PENDING.with(|p| p.set(false)));
}
