//! Effects that push state out to the browser: `<html lang>`, the document
//! title and the `lang` key in the URL (via `history.replaceState`, so no
//! history entry is added). Nothing here feeds back into the state.

use leptos::prelude::*;

use super::AppState;
use crate::model::query::keys;
use crate::model::Lang;

/// The page's query string, or "" outside a browser page.
pub fn current_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

pub fn start(state: AppState) {
    Effect::new(move |_| {
        let lang = state.lang.get();
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        document.set_title(lang.t().page_title);
        write_lang_to_url(lang);
    });
}

/// Keeps `?lang=` in step with the language (left out for Danish, the
/// default), preserving every other key.
fn write_lang_to_url(lang: Lang) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(href) = window.location().href() else {
        return;
    };
    let Ok(url) = web_sys::Url::new(&href) else {
        return;
    };
    let params = url.search_params();
    let current = params.get(keys::LANG);
    let wanted = (lang != Lang::default()).then(|| lang.code().to_owned());
    if current == wanted {
        return;
    }
    match &wanted {
        Some(code) => params.set(keys::LANG, code),
        None => params.delete(keys::LANG),
    }
    url.set_search(&params.to_string().as_string().unwrap_or_default());
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()));
    }
}
