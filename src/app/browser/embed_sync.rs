//! Effects of embed mode that push state outward: the accent colours onto
//! `<html>`, and, inside an iframe, the page's height and results to the
//! parent window. Nothing here changes the state.
//!
//! The colours are set as CSS custom properties through the CSSOM, which a
//! strict `style-src` Content-Security-Policy allows (an inline `style`
//! attribute it would not); their values are rebuilt from three bytes by
//! `model::embed`, never copied from the URL.
//!
//! Messages to the parent, sent with target origin `*` (they carry only what
//! the page shows, computed from the iframe's own URL; the host script checks
//! where they come from), as serde types turned into plain objects by
//! `serde-wasm-bindgen`:
//! - `{type: "sagsstamme:height", height}`: the document's height in CSS
//!   pixels, whenever it changes (a `ResizeObserver` on `<html>`).
//! - `{type: "sagsstamme:result", lang, valid, priceLevel, extraStaffYears, annualCost,
//!   breakEvenMonths, monthsPerCitizen, reductionShare, personsOffBenefits,
//!   staffNow, staffTarget}` whenever the results or the language change;
//!   numbers as in the page's `data-value`s, `null` when not computable
//!   (`valid: false` while the form has errors).
//!
//! The parent may send `{type: "sagsstamme:ping"}` to have both sent again:
//! the host script does when the frame loads, in case it started listening
//! after the page had already reported.

use leptos::prelude::*;
use serde::ser::SerializeStruct;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::state::AppState;
use crate::model::colour::Theme;
use crate::model::embed::Embed;
use crate::model::key_figure::KeyFigure;
use crate::model::{Lang, Results};

pub const HEIGHT: &str = "sagsstamme:height";
pub const RESULT: &str = "sagsstamme:result";
pub const PING: &str = "sagsstamme:ping";

pub fn start(state: AppState, embed: Option<Embed>) {
    if let Some(theme) = embed.and_then(|e| e.theme) {
        apply_theme(&theme);
    }
    let Some(parent) = parent_window() else {
        return;
    };
    observe_height(parent.clone());
    let to = parent.clone();
    Effect::new(move |_| {
        let lang = state.lang.get();
        let level = state.evaluation.with(price_level);
        state
            .results
            .with(|r| post_result(&to, r.as_ref(), lang, level));
    });
    let _ = window_event_listener(leptos::ev::message, move |e| {
        let from_parent = e
            .source()
            .is_some_and(|s| JsValue::from(s) == JsValue::from(&parent));
        // The one field read of an incoming message: a lookup, where a
        // serde type would only add a deserializer for one string.
        let kind = js_sys::Reflect::get(&e.data(), &"type".into()).ok();
        if from_parent && kind.and_then(|k| k.as_string()).as_deref() == Some(PING) {
            post_height(&parent);
            let lang = state.lang.get_untracked();
            let level = state.evaluation.with_untracked(price_level);
            state
                .results
                .with_untracked(|r| post_result(&parent, r.as_ref(), lang, level));
        }
    });
}

fn apply_theme(theme: &Theme) {
    let Some(root) = document()
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    for (name, value) in theme.css_vars() {
        let _ = style.set_property(name, &value);
    }
}

/// The parent window when this page is inside a frame.
fn parent_window() -> Option<web_sys::Window> {
    let own = window();
    let parent = own.parent().ok()??;
    (JsValue::from(&parent) != JsValue::from(&own)).then_some(parent)
}

fn observe_height(parent: web_sys::Window) {
    let Some(root) = document().document_element() else {
        return;
    };
    let callback = Closure::<dyn Fn()>::new(move || post_height(&parent));
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&root);
        // Both live as long as the page.
        std::mem::forget(observer);
        callback.forget();
    }
}

fn post_height(parent: &web_sys::Window) {
    let Some(root) = document().document_element() else {
        return;
    };
    let height = root.get_bounding_client_rect().height().ceil();
    post(
        parent,
        &Height {
            kind: HEIGHT,
            height,
        },
    );
}

/// The price level the posted amounts are in ("2027 p/l").
fn price_level(e: &crate::model::Evaluation) -> Option<i32> {
    e.plan.as_ref().map(|p| p.price_level)
}

fn post_result(
    parent: &web_sys::Window,
    results: Option<&Results>,
    lang: Lang,
    price_level: Option<i32>,
) {
    let message = ResultMessage {
        kind: RESULT,
        lang: lang.code(),
        valid: results.is_some(),
        price_level,
        results,
    };
    post(parent, &message);
}

/// Posts `message` as a plain object (serde's, with `null` for `None`).
fn post(parent: &web_sys::Window, message: &impl Serialize) {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    if let Ok(message) = message.serialize(&serializer) {
        let _ = parent.post_message(&message, "*");
    }
}

/// `{type: "sagsstamme:height", height}`.
#[derive(Serialize)]
struct Height {
    #[serde(rename = "type")]
    kind: &'static str,
    height: f64,
}

/// `{type: "sagsstamme:result", lang, valid, priceLevel, …the figures}`:
/// the key figures by their message names ([`KeyFigure::message_name`]),
/// each `null` when not computable, all `null` while the form has errors
/// (`results: None`). Written by hand (one struct, its fields in order)
/// because the figures and their names come from the model.
struct ResultMessage<'a> {
    kind: &'static str,
    lang: &'static str,
    valid: bool,
    price_level: Option<i32>,
    results: Option<&'a Results>,
}

impl Serialize for ResultMessage<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut message = s.serialize_struct("ResultMessage", 4 + KeyFigure::ALL.len())?;
        message.serialize_field("type", self.kind)?;
        message.serialize_field("lang", self.lang)?;
        message.serialize_field("valid", &self.valid)?;
        message.serialize_field("priceLevel", &self.price_level)?;
        for f in KeyFigure::ALL {
            message.serialize_field(f.message_name(), &self.results.and_then(|r| f.value(r)))?;
        }
        message.end()
    }
}
