//! The full page's header: skip link, title, language switch, intro,
//! privacy note and (in print) the date.
//!
//! `index.html` already draws this header (`#shell`, Danish) so the first
//! paint shows what the page is before the wasm arrives. The app [`adopt`]s
//! those nodes instead of drawing a copy: a copy would repaint the same
//! text, and Chromium counts the copy's paint, not the first one, as the
//! page's largest contentful paint (the shell's intro is dropped as a
//! candidate once it leaves the page), so the page would look half a
//! second to two seconds slower than it is. The header's markup thus has
//! one home, `index.html` (the browser tests mount a copy of it).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::language_switch::LanguageSwitch;
use super::print_date::PrintDate;
use super::{AppState, Pick};

/// The header's texts, by the selector of the element showing each.
const TEXTS: [(&str, Pick); 4] = [
    (".skip-link", |t| t.skip_to_results),
    ("h1", |t| t.page_title),
    (".intro", |t| t.intro),
    (".privacy", |t| t.privacy),
];

/// Makes the static header `shell` the page's header: its texts follow
/// the language (an effect: the nodes are not Leptos'), the language switch
/// (in the place the static header kept for it) and the print date are
/// mounted into it, and it is shown if `index.html`
/// hid it (a page asked for in English; see `web/first-paint.js`).
pub fn adopt(shell: web_sys::Element, state: AppState) {
    // The switch takes the place `index.html` kept for it, in this task.
    if let Ok(Some(slot)) = shell.query_selector(".lang-slot") {
        slot.remove();
    }
    let title_row = shell.query_selector(".title-row").ok().flatten();
    for (parent, part) in [
        (
            title_row,
            (|| LanguageSwitch().into_any()) as fn() -> AnyView,
        ),
        (Some(shell.clone()), || PrintDate().into_any()),
    ] {
        if let Some(parent) = parent.and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok()) {
            leptos::mount::mount_to(parent, move || {
                provide_context(state);
                part()
            })
            .forget();
        }
    }
    let html = document().document_element();
    Effect::new(move || {
        let t = state.lang.get().t();
        for (selector, pick) in TEXTS {
            if let Ok(Some(el)) = shell.query_selector(selector) {
                // Unchanged text is left alone: a new text node would be
                // painted again.
                if el.text_content().as_deref() != Some(pick(t)) {
                    el.set_text_content(Some(pick(t)));
                }
            }
        }
        if let Some(html) = &html {
            let _ = html.class_list().remove_1("no-shell");
        }
    });
}
