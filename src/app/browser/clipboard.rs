//! Copying text to the clipboard, with a way back when it fails.
//!
//! The Clipboard API exists only in secure contexts (https, localhost) and
//! may be refused (permissions, an iframe without `allow="clipboard-write"`),
//! so the caller hears whether the text landed and can instead show it
//! selected for Ctrl+C. Every browser call goes through `js_sys` with its
//! errors caught: a missing API is a `false`, never a thrown exception.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Function, Reflect};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The caller's callback, taken by whichever of the promise's two outcomes
/// comes first.
type Done = Rc<Cell<Option<Box<dyn FnOnce(bool)>>>>;

/// Writes `text` to the clipboard, then calls `done(true)`, or `done(false)`
/// when the clipboard is unavailable or refuses.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let done: Done = Rc::new(Cell::new(Some(Box::new(done))));
    let finish = move |ok: bool| {
        let done = done.clone();
        Closure::once_into_js(move |_: JsValue| {
            if let Some(f) = done.take() {
                f(ok);
            }
        })
    };
    let (on_ok, on_err) = (finish(true), finish(false));
    if write_text(text, &on_ok, &on_err).is_none() {
        let _ = on_err.unchecked_ref::<Function>().call0(&JsValue::NULL);
    }
}

/// `navigator.clipboard.writeText(text).then(on_ok, on_err)`; `None` when
/// any step is missing or throws.
fn write_text(text: &str, on_ok: &JsValue, on_err: &JsValue) -> Option<()> {
    let get = |target: &JsValue, name: &str| {
        Reflect::get(target, &name.into())
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    let navigator = get(&window().into(), "navigator")?;
    let clipboard = get(&navigator, "clipboard")?;
    let write: Function = get(&clipboard, "writeText")?.dyn_into().ok()?;
    let promise = write.call1(&clipboard, &text.into()).ok()?;
    let then: Function = get(&promise, "then")?.dyn_into().ok()?;
    then.call2(&promise, on_ok, on_err).ok().map(|_| ())
}

/// Selects the whole text of the text area `id`, for Ctrl+C.
pub fn select_all(id: &str) {
    if let Some(area) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    {
        let _ = area.focus();
        area.select();
    }
}
