//! A modal dialog with a text ready to copy: the iframe snippet of the
//! "Embed" button (with its choices, [`EmbedOptions`]), or an export when
//! the clipboard refused it (then the text is selected for Ctrl+C). One
//! dialog serves both, so its code is in the wasm once.
//!
//! A native `<dialog>` opened with `showModal()`: focus moves into it (the
//! text, selected), Tab stays inside, Escape closes it, and focus returns to
//! the button that opened it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::browser::clipboard::{copy_text, select_all};
use crate::app::browser::focus::focus_after_render;
use crate::app::sections::embed_options::{EmbedBase, EmbedOptions};
use crate::app::state::AppState;
use crate::app::text::{trb, PickB};
use crate::model::embed::EmbedChoice;

const DIALOG_ID: &str = "copy-dialog";
const TEXT_ID: &str = "copy-text";

/// What the dialog shows.
#[derive(Clone)]
pub struct DialogContent {
    pub heading: PickB,
    pub intro: PickB,
    pub hint: PickB,
    pub label: PickB,
    pub text: DialogText,
    /// The id of the button that opened it, for focus on close.
    pub opener: &'static str,
}

impl DialogContent {
    fn empty() -> DialogContent {
        DialogContent {
            heading: |_| "",
            intro: |_| "",
            hint: |_| "",
            label: |_| "",
            text: DialogText::Fixed(String::new()),
            opener: "",
        }
    }
}

/// The text to copy.
#[derive(Clone)]
pub enum DialogText {
    /// As it is (an export the clipboard refused).
    Fixed(String),
    /// The "Embed" button's snippet, for the choices made in the dialog.
    Embed(EmbedBase),
}

/// The dialog's state, shared with whoever opens it.
#[derive(Clone, Copy)]
pub struct CopyDialogState {
    content: RwSignal<DialogContent>,
    status: RwSignal<Option<PickB>>,
    /// The embed choices, kept between openings.
    choice: RwSignal<EmbedChoice>,
}

impl CopyDialogState {
    pub fn new() -> CopyDialogState {
        CopyDialogState {
            content: RwSignal::new(DialogContent::empty()),
            status: RwSignal::new(None),
            choice: RwSignal::new(EmbedChoice::default()),
        }
    }

    /// Shows `content` in the modal dialog with its text selected.
    pub fn open(&self, content: DialogContent) {
        self.content.set(content);
        self.status.set(None);
        if let Some(d) = dialog() {
            let _ = d.show_modal();
        }
        // Once the new text is in the DOM.
        request_animation_frame(|| select_all(TEXT_ID));
    }
}

fn dialog() -> Option<web_sys::HtmlDialogElement> {
    document().get_element_by_id(DIALOG_ID)?.dyn_into().ok()
}

#[component]
pub fn CopyDialog(dialog_state: CopyDialogState) -> impl IntoView {
    let state = expect_context::<AppState>();
    let CopyDialogState {
        content,
        status,
        choice,
    } = dialog_state;
    let text = Memo::new(move |_| {
        content.with(|c| match &c.text {
            DialogText::Embed(base) => base.snippet(choice.get()),
            DialogText::Fixed(text) => text.clone(),
        })
    });
    let pick = move |f: fn(&DialogContent) -> PickB| move || content.with(f)(state.lang.get().tb());
    let copy = move |_| {
        copy_text(&text.get_untracked(), move |ok| {
            status.set(Some(if ok { |t| t.copied } else { |t| t.copy_failed }));
            if !ok {
                select_all(TEXT_ID);
            }
        });
    };
    view! {
        <dialog
            id=DIALOG_ID
            class="copy-dialog"
            aria-labelledby="copy-dialog-heading"
            data-testid="copy-dialog"
            on:close=move |_| focus_after_render(content.with_untracked(|c| c.opener).to_owned())
        >
            <h2 id="copy-dialog-heading">{pick(|c| c.heading)}</h2>
            <p>{pick(|c| c.intro)}</p>
            {move || {
                content
                    .with(|c| matches!(c.text, DialogText::Embed(_)))
                    .then(|| view! { <EmbedOptions choice=choice/> })
            }}
            <div class="field">
                <label for=TEXT_ID>{pick(|c| c.label)}</label>
                <textarea
                    id=TEXT_ID
                    data-testid="copy-text"
                    readonly
                    rows="7"
                    prop:value=text
                ></textarea>
            </div>
            <p class="hint">{pick(|c| c.hint)}</p>
            <p role="status" data-testid="copy-status">
                {move || status.get().map(|p| p(state.lang.get().tb()))}
            </p>
            <div class="button-row">
                <button type="button" data-testid="copy-button" on:click=copy>
                    {trb(|t| t.copy_text)}
                </button>
                <button
                    type="button"
                    class="secondary"
                    data-testid="copy-close"
                    on:click=move |_| {
                        if let Some(d) = dialog() {
                            d.close();
                        }
                    }
                >
                    {trb(|t| t.close)}
                </button>
            </div>
        </dialog>
    }
}
