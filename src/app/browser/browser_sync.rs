//! Effects that push state out to the browser: `<html lang>`, the document
//! title, and (on the real page) the scenario into the URL and the autosaved
//! copy (see [`crate::app::browser::persist`]). Nothing here feeds back into the state.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use leptos::prelude::*;

use crate::app::browser::persist;
use crate::app::state::AppState;

/// The page's query string, or "" outside a browser page.
pub fn current_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// How long the scenario must stay unchanged before it is written to the
/// URL and localStorage: a burst of keystrokes is written once, and neither
/// write (`replaceState` is rate-limited by browsers, `setItem` is
/// synchronous) sits between a keystroke and its figures.
const WRITE_DELAY: std::time::Duration = std::time::Duration::from_millis(250);

/// `keep`: write the scenario to the URL and localStorage after each change
/// (not for the page as loaded: opening a link neither rewrites it nor
/// replaces what the visitor had saved until they change something). A
/// write still waiting when the page is left (`pagehide`: closing, reload,
/// navigating away) is done at once, so no change is lost; for a reload,
/// whose address is fixed by then, through `persist::keep_pending`.
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
    if !keep {
        return;
    }
    // Whether a write is due, and the timer that will do it. The pairs are
    // encoded when written, not per keystroke.
    let due = Rc::new(Cell::new(false));
    let timer = Rc::new(Cell::new(None::<TimeoutHandle>));
    // `leaving`: the page is being hidden or left, and a reload's address
    // may already be fixed (see `persist::keep_pending`).
    let write = {
        let (due, timer) = (due.clone(), timer.clone());
        move |leaving: bool| {
            if let Some(timer) = timer.take() {
                timer.clear();
            }
            if due.replace(false) {
                let pairs = untrack(|| persist::pairs(state));
                if leaving {
                    persist::keep_pending(&current_search(), &pairs);
                }
                persist::write_url(&pairs);
                persist::save(&pairs);
            }
        }
    };
    let later = {
        let write = write.clone();
        move || write(false)
    };
    Effect::new(move |first_done: Option<()>| {
        state.form.with(|_| ());
        state.lang.get();
        state.preset.with(|_| ());
        if first_done.is_some() {
            due.set(true);
            if let Some(old) = timer.take() {
                old.clear();
            }
            timer.set(set_timeout_with_handle(later.clone(), WRITE_DELAY).ok());
        }
    });
    // Leaving the page, or hiding it (a phone may end a hidden page's
    // process without a pagehide): what is due is written now.
    let on_hide = write.clone();
    let leave = window_event_listener(leptos::ev::pagehide, move |_| write(true));
    // On the document, where Leptos has no helper: `gloo-events`.
    EventListener::new(&document(), "visibilitychange", move |_| {
        if document().hidden() {
            on_hide(true);
        }
    })
    // Lives as long as the page (the full page's state does).
    .forget();
    on_cleanup(move || leave.remove());
}
