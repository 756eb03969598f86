//! Keeping the scenario: in the page's URL, in the browser's localStorage
//! (autosave) and in a JSON file. All three hold the same query pairs
//! ([`link::encode`]) and are read back through [`link::load`], so there is
//! one format and one validator. The records are serde types
//! (`model::record`); JSON goes through the browser's own
//! `JSON.parse`/`JSON.stringify`, written with `serde-wasm-bindgen` and read
//! with [`super::js_read`] (no JSON library in the wasm).
//!
//! Everything read here is untrusted: size-limited, checked by
//! [`saved::read_record`], and a failure leaves the scenario as it was.

use js_sys::JSON;
use leptos::prelude::*;
use serde::Serialize;
use wasm_bindgen::JsValue;

use crate::app::browser::js_read;
use crate::app::browser::number::plain_js;
use crate::app::state::AppState;
use crate::model::record::{Record, RecordIn};
use crate::model::url::codec::MAX_PAIRS;
use crate::model::url::link::Loaded;
use crate::model::url::saved::{RecordError, MAX_RECORD_BYTES};
use crate::model::url::{codec, link, saved};

/// The localStorage key of the autosaved scenario.
pub const STORAGE_KEY: &str = "sagsstamme-beregneren";

/// The current scenario as query pairs (empty for the defaults in Danish).
pub fn pairs(state: AppState) -> Vec<(String, String)> {
    let lang = state.lang.get();
    let preset = state.preset.get();
    state.form.with(|f| link::encode(f, lang, preset))
}

/// A link to this page with the scenario, for copying.
pub fn share_link(pairs: &[(String, String)]) -> String {
    let location = web_sys::window().map(|w| w.location());
    let part = |f: fn(&web_sys::Location) -> Result<String, JsValue>| {
        location
            .as_ref()
            .and_then(|l| f(l).ok())
            .unwrap_or_default()
    };
    format!(
        "{}{}{}",
        part(web_sys::Location::origin),
        part(web_sys::Location::pathname),
        codec::to_search(pairs)
    )
}

/// Rewrites the scenario keys of the address with `history.replaceState`
/// (no history entry, no scroll), keeping every other key (an embedding
/// host's, say) and the `#fragment` as they were.
pub fn write_url(pairs: &[(String, String)]) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (Ok(path), Ok(search), Ok(hash)) =
        (location.pathname(), location.search(), location.hash())
    else {
        return;
    };
    let mut all: Vec<(String, String)> = codec::parse_search(&search)
        .into_iter()
        .filter(|(k, _)| !link::is_scenario_key(k))
        .take(MAX_PAIRS)
        .collect();
    all.extend_from_slice(pairs);
    let wanted = codec::to_search(&all);
    if wanted == search {
        return;
    }
    if let Ok(history) = window.history() {
        let url = format!("{path}{wanted}{hash}");
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

pub fn storage() -> Option<web_sys::Storage> {
    // Throws (an Err here) where storage is off, e.g. a sandboxed iframe.
    web_sys::window()?.local_storage().ok()?
}

/// The sessionStorage key of a change the address had not caught up with
/// when the page was left (see [`keep_pending`]).
const PENDING_KEY: &str = "sagsstamme-beregneren.pending";

/// Called when the page is left with a write due: Chromium has fixed a
/// reload's address before `pagehide`, so the `replaceState` made then does
/// not reach it, and the reload would show the address's older scenario
/// (the address wins over the autosave). This tab's sessionStorage keeps
/// "from `search` → `pairs`" for [`take_pending`]; a link opened in
/// another tab never sees it.
pub fn keep_pending(search: &str, pairs: &[(String, String)]) {
    if let Some(session) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = session.set_item(
            PENDING_KEY,
            &format!("{search}\n{}", codec::to_search(pairs)),
        );
    }
}

/// The scenario a page opened at `search` should show instead of the
/// address's own: the change kept by [`keep_pending`] when this tab left
/// the same address. Read once (removed either way).
pub fn take_pending(search: &str) -> Option<Vec<(String, String)>> {
    let session = web_sys::window()?.session_storage().ok()??;
    let kept = session.get_item(PENDING_KEY).ok()??;
    let _ = session.remove_item(PENDING_KEY);
    // A search string never holds a raw line break (it is encoded).
    let (from, to) = kept.split_once('\n')?;
    (from == search).then(|| codec::parse_search(to))
}

/// Autosaves the scenario; the defaults remove the saved copy. Failures
/// (storage full or off) are ignored: the URL still holds the scenario.
pub fn save(pairs: &[(String, String)]) {
    let Some(storage) = storage() else {
        return;
    };
    if pairs.is_empty() {
        let _ = storage.remove_item(STORAGE_KEY);
    } else {
        let _ = storage.set_item(STORAGE_KEY, &to_json(pairs, &[], None));
    }
}

/// The saved scenario: `None` when there is none, an error when it cannot
/// be read (it is then ignored and overwritten by the next change).
pub fn restore() -> Option<Result<Loaded, RecordError>> {
    let text = storage()?.get_item(STORAGE_KEY).ok()??;
    Some(from_json(&text).map(|(mut l, _)| {
        // Our own copy: a value it no longer accepts is dropped quietly.
        l.notices.clear();
        l
    }))
}

/// The scenario as a JSON record (`model::record`), indented by `indent`
/// spaces when given (for files), with the scenarios saved for comparison
/// as (name, pairs) when there are any.
pub fn to_json(
    pairs: &[(String, String)],
    compared: &[(String, Vec<(String, String)>)],
    indent: Option<u32>,
) -> String {
    stringify(&Record::new(Some(pairs), compared), indent)
}

/// Reads a JSON record (a file or the saved copy). Anything that is not our
/// record, in size, syntax or types, is refused with the reason. The rest
/// of the record comes along for what else a file holds.
pub fn from_json(text: &str) -> Result<(Loaded, RecordIn), RecordError> {
    let mut record = parse_record(text)?;
    let loaded = saved::read_record(record.take_scenario(plain_js))?;
    Ok((loaded, record))
}

/// `value` as JSON text through the browser's `JSON.stringify`, indented by
/// `indent` spaces when given: serde makes the JS value, with `null` for
/// `None` and plain objects for maps, as JSON has them.
pub fn stringify(value: &impl Serialize, indent: Option<u32>) -> String {
    let Ok(value) = value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()) else {
        return String::new();
    };
    let space = indent.map_or(JsValue::UNDEFINED, JsValue::from);
    JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &space)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// The text as a record, or why not: too big, not JSON, or not an object
/// (an array, a number…). What the record holds is checked by the caller,
/// through the model's validator.
pub fn parse_record(text: &str) -> Result<RecordIn, RecordError> {
    if text.len() > MAX_RECORD_BYTES {
        return Err(RecordError::TooBig);
    }
    let value = JSON::parse(text).map_err(|_| RecordError::NotJson)?;
    js_read::from_js(value).ok_or(RecordError::NotOurs)
}
