//! Keeping the scenario: in the page's URL, in the browser's localStorage
//! (autosave) and in a JSON file. All three hold the same query pairs
//! ([`query::encode`]) and are read back through [`query::load`], so there is
//! one format and one validator. JSON goes through the browser's own
//! `JSON.parse`/`JSON.stringify` (no JSON library in the wasm).
//!
//! Everything read here is untrusted: size-limited, checked by
//! [`query::read_record`], and a failure leaves the scenario as it was.

use js_sys::{Array, Object, Reflect, JSON};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::app::browser::number::plain_js;
use crate::app::state::AppState;
use crate::model::query::{
    self, keys, Loaded, RawRecord, RecordError, APP_ID, CURRENT_VERSION, MAX_PAIRS,
    MAX_RECORD_BYTES,
};

/// The localStorage key of the autosaved scenario.
pub const STORAGE_KEY: &str = "sagsstamme-beregneren";

/// The current scenario as query pairs (empty for the defaults in Danish).
pub fn pairs(state: AppState) -> Vec<(String, String)> {
    let lang = state.lang.get();
    let preset = state.preset.get();
    state.form.with(|f| query::encode(f, lang, preset))
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
        query::to_search(pairs)
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
    let mut all: Vec<(String, String)> = query::parse_search(&search)
        .into_iter()
        .filter(|(k, _)| !query::is_scenario_key(k))
        .take(MAX_PAIRS)
        .collect();
    all.extend_from_slice(pairs);
    let wanted = query::to_search(&all);
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
            &format!("{search}\n{}", query::to_search(pairs)),
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
    (from == search).then(|| query::parse_search(to))
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
        let _ = storage.set_item(STORAGE_KEY, &to_json(pairs, None));
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

/// The scenario as a JSON record, `{"app": …, "version": 2, "scenario":
/// {key: value, …}}`, indented by `indent` spaces when given (for files).
pub fn to_json(pairs: &[(String, String)], indent: Option<u32>) -> String {
    stringify(&scenario_record(pairs), indent)
}

/// The record of [`to_json`] as an object, for a file to add to.
pub fn scenario_record(pairs: &[(String, String)]) -> Object {
    let record = record();
    set(&record, "scenario", &scenario_object(pairs));
    record
}

/// Reads a JSON record (a file or the saved copy). Anything that is not our
/// record, in size, syntax or types, is refused with the reason. The parsed
/// record comes along for what else a file holds.
pub fn from_json(text: &str) -> Result<(Loaded, JsValue), RecordError> {
    let record = parse_record(text)?;
    let loaded = query::read_record(raw_record(&record, get(&record, "scenario")))?;
    Ok((loaded, record))
}

/// `{"app": …, "version": 2}`, for the caller to add its contents to.
pub fn record() -> Object {
    let record = Object::new();
    set(&record, "app", &JsValue::from_str(APP_ID));
    set(&record, "version", &JsValue::from(CURRENT_VERSION));
    record
}

/// Query pairs as the JSON object a record holds them in. The version is
/// the record's own, so `v` is left out.
pub fn scenario_object(pairs: &[(String, String)]) -> Object {
    let scenario = Object::new();
    for (k, v) in pairs.iter().filter(|(k, _)| k != keys::VERSION) {
        set(&scenario, k, &JsValue::from_str(v));
    }
    scenario
}

pub fn set(target: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(target, &JsValue::from_str(key), value);
}

pub fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(key)).ok()
}

/// `JSON.stringify`, indented by `indent` spaces when given.
pub fn stringify(value: &JsValue, indent: Option<u32>) -> String {
    let space = indent.map_or(JsValue::UNDEFINED, JsValue::from);
    JSON::stringify_with_replacer_and_space(value, &JsValue::NULL, &space)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// The text as a JSON object, or why not: too big, not JSON, or not an
/// object (an array, a number…).
pub fn parse_record(text: &str) -> Result<JsValue, RecordError> {
    if text.len() > MAX_RECORD_BYTES {
        return Err(RecordError::TooBig);
    }
    let value = JSON::parse(text).map_err(|_| RecordError::NotJson)?;
    object(value).ok_or(RecordError::NotOurs)
}

/// `value` if it is a plain object (not an array, not null).
pub fn object(value: JsValue) -> Option<JsValue> {
    (value.is_object() && !Array::is_array(&value)).then_some(value)
}

/// What the model checks of a record: its `app` and `version`, and the
/// pairs of `scenario` (an object, else missing) with the values that were
/// neither strings nor numbers as `None`.
pub fn raw_record(record: &JsValue, scenario: Option<JsValue>) -> RawRecord {
    let scenario = scenario.and_then(object).map(|s| {
        Object::entries(s.unchecked_ref())
            .iter()
            .map(|entry| {
                let entry: Array = entry.unchecked_into();
                let key = entry.get(0).as_string().unwrap_or_default();
                (key, text_of(&entry.get(1)))
            })
            .collect()
    });
    RawRecord {
        app: get(record, "app").and_then(|v| v.as_string()),
        version: get(record, "version").and_then(|v| v.as_f64()),
        scenario,
    }
}

/// A scenario value as text: strings as they are, finite numbers as plain
/// decimals (a hand-edited file may write `"cost": 396900`), else `None`.
fn text_of(value: &JsValue) -> Option<String> {
    value
        .as_string()
        .or_else(|| value.as_f64().filter(|v| v.is_finite()).map(plain_js))
}
