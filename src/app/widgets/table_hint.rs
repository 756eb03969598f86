//! The words of the line above a table wider than the screen ("Rul til
//! siden for at se hele tabellen →"): `style/main.css` shows them above
//! every table that scrolls sideways, from the custom property
//! `--table-hint` on `<html>`, which this sets in the page's language.
//!
//! The tables' own component is in the first load (the published case's
//! table is); the words are set from here, one of the sections below the
//! key figures, so they cost the first load nothing. Until then a wide
//! table has its shadowed edges only.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::state::AppState;

#[component]
pub fn TableHint() -> impl IntoView {
    let state = expect_context::<AppState>();
    Effect::new(move |_| {
        let hint = state.lang.get().tb().table_scroll_hint;
        if let Some(html) = document()
            .document_element()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            // A CSS string: the words hold no quotes or backslashes.
            let _ = html
                .style()
                .set_property("--table-hint", &format!("\"{hint}\""));
        }
    });
}
