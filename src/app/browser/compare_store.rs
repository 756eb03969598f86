//! Keeps the scenarios saved for comparison in the browser's localStorage,
//! next to the autosaved page, so a union representative who saved "50",
//! "45" and "DS' midte" finds them again after a reload or the next day.
//! Only the full page keeps them (an embedded calculator, like the rest of
//! its state, neither reads nor writes storage).
//!
//! The record is `{"app": …, "version": 2, "scenarios": [{"name": "50",
//! "scenario": {key: value, …}}, …]}`: each scenario as the same pairs as a
//! link, read back through the same validator ([`Scenarios::from_records`]).
//! Its own key, so the page's record stays as it was. A scenario file holds
//! the same `"scenarios"` next to its `"scenario"` (`model::record`,
//! [`read_from`]). Only sections in the lazily loaded chunk call this.

use leptos::prelude::*;

use crate::app::browser::number::plain_js;
use crate::app::browser::persist::{parse_record, storage, stringify};
use crate::app::state::AppState;
use crate::model::compare::Scenarios;
use crate::model::record::{Record, RecordIn};

/// The localStorage key of the saved comparison.
pub const STORAGE_KEY: &str = "sagsstamme-beregneren.scenarier";

/// On the full page ([`AppState::keeps`]): restores the kept list, unless a
/// scenario file already brought one (then that list is written, replacing
/// the stored one), and writes every change back. A stored list with
/// unreadable parts is written again at once, as what could be read, so the
/// page says so once, not on every visit. Called once, when the comparison
/// section is first drawn; returns whether something was left out.
pub fn keep(state: AppState) -> bool {
    if !state.keeps {
        return false;
    }
    let mut skipped = false;
    let mut rewrite = true;
    if state.scenarios.with_untracked(|l| l.items.is_empty()) {
        if let Some((kept, left_out)) = restore() {
            state.scenarios.set(kept);
            skipped = left_out;
            rewrite = left_out;
        }
    }
    Effect::new(move |first_done: Option<()>| {
        state.scenarios.with(|list| {
            if first_done.is_some() || rewrite {
                save(list);
            }
        });
    });
    follow_other_tabs(state);
    skipped
}

/// Another tab of the page saved its list (the `storage` event): this tab
/// shows that list, read through the same validator as at start, instead
/// of overwriting it with its own at the next change. Writing it back (the
/// effect above) stores the same text, which the browser does not report
/// to the other tabs again.
fn follow_other_tabs(state: AppState) {
    let listener = window_event_listener(leptos::ev::storage, move |e| {
        // `None`: the other tab cleared the whole storage.
        if e.key().is_some_and(|k| k != STORAGE_KEY) {
            return;
        }
        let (theirs, _) = restore().unwrap_or_default();
        let same = state
            .scenarios
            .with_untracked(|ours| ours.to_records() == theirs.to_records());
        if !same {
            state.scenarios.set(theirs);
        }
    });
    // The page's state lives as long as the page.
    on_cleanup(move || listener.remove());
}

/// Writes the list; an empty one removes the key. Failures (storage full
/// or off) are ignored: the scenarios stay on the page.
pub fn save(list: &Scenarios) {
    let Some(storage) = storage() else {
        return;
    };
    if list.items.is_empty() {
        let _ = storage.remove_item(STORAGE_KEY);
        return;
    }
    let records = list.to_records();
    let text = stringify(&Record::new(None, &records), None);
    let _ = storage.set_item(STORAGE_KEY, &text);
}

/// The kept list: `None` when there is none; otherwise what could be read,
/// and whether anything was left out (unreadable, or no longer valid).
pub fn restore() -> Option<(Scenarios, bool)> {
    let text = storage()?.get_item(STORAGE_KEY).ok()??;
    match parse_record(&text) {
        Ok(all) => Some(read_from(all).unwrap_or((Scenarios::default(), true))),
        Err(_) => Some((Scenarios::default(), true)),
    }
}

/// The record's `"scenarios"`: `None` when it has none (missing or `null`:
/// a file from before they were written), else what could be read and
/// whether anything was left out. Each entry is checked against the
/// record's `app` and `version`, as the page's own scenario is.
pub fn read_from(record: RecordIn) -> Option<(Scenarios, bool)> {
    let (records, cut) = record.compared(plain_js)?;
    let (list, skipped) = Scenarios::from_records(records);
    Some((list, skipped > 0 || cut))
}
