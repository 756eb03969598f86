//! The "Embed" button and its dialog: the iframe snippet for the scenario
//! on screen (the page's own address with `embed=1`), ready to copy.
//!
//! A native modal `<dialog>`: focus moves into it, Tab stays inside,
//! Escape closes it, and focus returns to the button afterwards.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::clipboard::{copy_text, select_all};
use super::{focus_after_render, tr, AppState, Pick};
use crate::model::embed::snippet;
use crate::model::query::parse_search;
use crate::model::Lang;

const CODE_ID: &str = "embed-code";
const OPENER_ID: &str = "embed-open";
const DIALOG_ID: &str = "embed-dialog";

/// The dialog element (looked up by id: cheaper in the wasm than a NodeRef).
fn dialog() -> Option<web_sys::HtmlDialogElement> {
    document().get_element_by_id(DIALOG_ID)?.dyn_into().ok()
}

#[component]
pub fn EmbedDialog() -> impl IntoView {
    let state = expect_context::<AppState>();
    let code = RwSignal::new(String::new());
    let status: RwSignal<Option<Pick>> = RwSignal::new(None);
    let open = move |_| {
        code.set(current_snippet(state.lang.get_untracked()));
        status.set(None);
        if let Some(d) = dialog() {
            let _ = d.show_modal();
        }
    };
    let copy = move |_| {
        copy_text(&code.get_untracked(), move |ok| {
            status.set(Some(if ok { |t| t.copied } else { |t| t.copy_failed }));
            if !ok {
                select_all(CODE_ID);
            }
        });
    };
    view! {
        <button
            type="button"
            class="secondary"
            id=OPENER_ID
            data-testid="embed-open"
            aria-haspopup="dialog"
            on:click=open
        >
            {tr(|t| t.embed_open)}
        </button>
        <dialog
            id=DIALOG_ID
            class="embed-dialog"
            aria-labelledby="embed-heading"
            data-testid="embed-dialog"
            on:close=move |_| focus_after_render(OPENER_ID.to_owned())
        >
            <h2 id="embed-heading">{tr(|t| t.embed_heading)}</h2>
            <p>{tr(|t| t.embed_intro)}</p>
            <div class="field">
                <label for=CODE_ID>{tr(|t| t.embed_code_label)}</label>
                <textarea id=CODE_ID data-testid="embed-code" readonly rows="7" prop:value=move || code.get()></textarea>
            </div>
            <p class="hint">{tr(|t| t.embed_options)}</p>
            <p role="status" data-testid="embed-status">
                {move || status.get().map(|pick| pick(state.lang.get().t()))}
            </p>
            <div class="button-row">
                <button type="button" data-testid="embed-copy" on:click=copy>
                    {tr(|t| t.copy_code)}
                </button>
                <button
                    type="button"
                    class="secondary"
                    data-testid="embed-close"
                    on:click=move |_| {
                        if let Some(d) = dialog() {
                            d.close();
                        }
                    }
                >
                    {tr(|t| t.close)}
                </button>
            </div>
        </dialog>
    }
}

/// The snippet for the page as it is now: its address holds the scenario.
fn current_snippet(lang: Lang) -> String {
    let location = window().location();
    let page = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    let pairs = parse_search(&location.search().unwrap_or_default());
    snippet(&page, &pairs, lang.t().page_title)
}
