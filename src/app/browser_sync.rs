//! Effects that push state out to the browser: `<html lang>`, the document
//! title, and (on the real page) the scenario into the URL and the autosaved
//! copy (see [`super::persist`]). Nothing here feeds back into the state.

use leptos::prelude::*;

use super::{persist, AppState};

/// The page's query string, or "" outside a browser page.
pub fn current_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// `keep`: write the scenario to the URL and localStorage on every change
/// (not for the page as loaded: opening a link neither rewrites it nor
/// replaces what the visitor had saved until they change something).
pub fn start(state: AppState, keep: bool) {
    Effect::new(move |_| {
        let lang = state.lang.get();
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        document.set_title(lang.t().page_title);
    });
    if keep {
        Effect::new(move |first_done: Option<()>| {
            let pairs = persist::pairs(state);
            if first_done.is_some() {
                persist::write_url(&pairs);
                persist::save(&pairs);
            }
        });
    }
}
