//! Back and Forward between whole scenarios. Loading an example or
//! resetting replaces every field at once; on the full page it first leaves
//! a history entry holding the scenario as it was, so the browser's Back
//! brings the user's own numbers back instead of leaving the page. Typing
//! adds no entries (the address is only rewritten, see
//! [`crate::app::browser::browser_sync`]).

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::app::browser::{browser_sync, persist};
use crate::app::state::AppState;
use crate::app::text::english;
use crate::model::url::{codec, link};

/// Replaces the whole scenario by `change`, leaving a history entry for
/// the scenario as it was: the current entry gets the scenario as it is
/// now (a write may still be waiting), a new entry is pushed and written at
/// (and saved) at once with the new scenario, so Back and Forward work at once, not only
/// after the usual delayed write.
pub fn replace_scenario(state: AppState, change: impl FnOnce()) {
    if !state.keeps {
        change();
        return;
    }
    persist::write_url(&untrack(|| persist::pairs(state)));
    if let Some(window) = web_sys::window() {
        if let (Ok(history), Ok(href)) = (window.history(), window.location().href()) {
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&href));
        }
    }
    change();
    // The new scenario's address and autosave at once, as the usual
    // (delayed) write would leave them.
    let pairs = untrack(|| persist::pairs(state));
    persist::write_url(&pairs);
    persist::save(&pairs);
}

/// On the full page: Back and Forward load the scenario of the entry
/// reached, as opening its address would (in Danish if that address asks
/// for English and English could not be fetched).
pub fn start(state: AppState) {
    if !state.keeps {
        return;
    }
    let listener = window_event_listener(leptos::ev::popstate, move |_| {
        let pairs = codec::parse_search(&browser_sync::current_search());
        state.apply(english::shown(link::load(pairs)));
    });
    // The page's state lives as long as the page.
    on_cleanup(move || listener.remove());
}
