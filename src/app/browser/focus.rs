//! Moving the focus where the user's next step is, after the DOM has caught
//! up with the state (a dismissed notice, a picked chart point, a retried
//! chunk).

use leptos::prelude::*;

/// The id of `<main>`, focused when a notice at its top is dismissed.
pub const MAIN_ID: &str = "main";

/// Focuses an element once the DOM has caught up with the state.
pub fn focus_after_render(dom_id: String) {
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        if let Some(el) = document()
            .get_element_by_id(&dom_id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}
