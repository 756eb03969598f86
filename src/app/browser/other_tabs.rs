//! Other tabs of the page: the browser's `storage` event says when another
//! tab (same origin, same localStorage) has saved. Without this the last
//! tab to write would silently win: a user who edits in one tab and goes
//! back to an older one would overwrite the newer scenario with their next
//! keystroke.
//!
//! An event source, not an effect: it sets state, and what the page shows
//! follows from that. Only the full page listens ([`AppState::keeps`]); an
//! embedded calculator neither reads nor writes storage. The comparison
//! list has its own listener ([`super::compare_store`]), in the chunk that
//! draws it.

use leptos::prelude::*;

use crate::app::browser::persist;
use crate::app::state::AppState;
use crate::model::url::link;
use crate::model::url::link::Loaded;

/// Listens for the autosaved scenario changing in another tab. A change
/// to a scenario other than the one shown is offered, read through the
/// same validator as the autosave at start ([`persist::restore`]); one to
/// the scenario shown (both tabs agree again) withdraws the offer.
pub fn start(state: AppState) {
    if !state.keeps {
        return;
    }
    let listener = window_event_listener(leptos::ev::storage, move |e| {
        // `None`: the other tab cleared the whole storage.
        if e.key().is_some_and(|k| k != persist::STORAGE_KEY) {
            return;
        }
        let Some(theirs) = saved() else {
            // Unreadable: nothing to offer; this tab's next write repairs it.
            return;
        };
        let differs = link::encode(&theirs.form, theirs.lang, theirs.preset)
            != untrack(|| persist::pairs(state));
        state.other_tab.set(differs);
    });
    // The page's state lives as long as the page.
    on_cleanup(move || listener.remove());
}

/// The autosaved scenario as [`persist::restore`] reads it, the defaults
/// when there is none (the other tab reset its form, which removes the
/// copy), or `None` when it cannot be read. Read again when the user asks
/// for it, so they get the other tab's latest.
pub fn saved() -> Option<Loaded> {
    match persist::restore() {
        None => Some(link::load(Vec::<(String, String)>::new())),
        Some(read) => read.ok(),
    }
}
