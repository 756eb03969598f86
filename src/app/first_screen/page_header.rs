//! The full page's header: skip link, title, language switch, intro,
//! privacy note and (in print) the date the report is printed.
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

use crate::app::first_screen::language_switch::LanguageSwitch;
use crate::app::state::AppState;
use crate::app::text::Pick;
use crate::model::Lang;

/// The header's texts, by the selector of the element showing each.
const TEXTS: [(&str, Pick); 4] = [
    (".skip-link", |t| t.skip_to_results),
    ("h1", |t| t.page_title),
    (".intro", |t| t.intro),
    (".privacy", |t| t.privacy),
];

/// Makes the static header `shell` the page's header: its texts follow
/// the language (an effect: the nodes are not Leptos'), the language switch
/// is mounted into it (in the place the static header kept for it), the
/// print date is written into it, and it is shown if `index.html`
/// hid it (a page asked for in English; see `web/first-paint.js`).
pub fn adopt(shell: web_sys::Element, state: AppState) {
    // The switch takes the place `index.html` kept for it, in this task.
    if let Ok(Some(slot)) = shell.query_selector(".lang-slot") {
        slot.remove();
    }
    let title_row = shell.query_selector(".title-row").ok().flatten();
    if let Some(parent) = title_row.and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok()) {
        leptos::mount::mount_to(parent, move || {
            provide_context(state);
            LanguageSwitch()
        })
        .forget();
    }
    // The print date is written when printing starts, straight into the
    // node: `beforeprint` fires inside `window.print()` (the Print button),
    // before any signal's update would reach the page.
    let date_line = shell.query_selector(".print-date").ok().flatten();
    if let Some(line) = date_line.clone() {
        // Lives as long as the page, as the header does.
        let _ = window_event_listener(leptos::ev::beforeprint, move |_| {
            line.set_text_content(Some(&print_date(state.lang.get_untracked())));
        });
    }
    let html = document().document_element();
    Effect::new(move || {
        let lang = state.lang.get();
        if let Some(line) = &date_line {
            line.set_text_content(Some(&print_date(lang)));
        }
        let t = lang.t();
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

/// "Udskrevet 5. marts 2025": today, in `lang`.
fn print_date(lang: Lang) -> String {
    let now = js_sys::Date::new_0();
    (lang.t().printed_on)(now.get_date(), now.get_month() + 1, now.get_full_year())
}
