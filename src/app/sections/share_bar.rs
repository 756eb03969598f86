//! Share and keep the scenario: copy a link to it, save it as a JSON file
//! and load one back. What happened is said in one polite live region.
//!
//! More share actions (embedding, exports) go in the same button row, each
//! reporting through [`AppState::share_status`].

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use crate::app::browser::clipboard::copy_text;
use crate::app::browser::focus::focus_after_render;
use crate::app::browser::{compare_store, download, persist};
use crate::app::state::AppState;
use crate::app::text::english;
use crate::app::text::{trb, PickB};
use crate::model::url::saved::{RecordError, MAX_RECORD_BYTES};

const LINK_FIELD: &str = "share-link";

#[component]
pub fn ShareBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let status = state.share_status;
    let say = move |pick: PickB| status.set(pick(state.lang.get_untracked().tb()).to_owned());
    // The link is always shown too: to read, and to copy by hand where the
    // clipboard is unavailable.
    let link = move || persist::share_link(&persist::pairs(state));

    let copy = move |_| {
        copy_text(&link(), move |ok| {
            if ok {
                say(|t| t.link_copied);
            } else {
                say(|t| t.copy_by_hand);
                focus_after_render(LINK_FIELD.to_owned());
            }
        });
    };
    let download = move |_| {
        // The scenarios saved for comparison go along, when there are any.
        let compared = state.scenarios.with_untracked(|list| list.to_records());
        let json = persist::to_json(&persist::pairs(state), &compared, Some(2));
        let name = state.lang.get_untracked().tb().file_name;
        download::download(name, "application/json;charset=utf-8", &json);
    };
    let load = move |ev: web_sys::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // Lets the same file be chosen again after fixing it.
        input.set_value("");
        let refuse = move |e: RecordError| {
            status.set((state.lang.get_untracked().tb().file_refused)(&e));
        };
        if file.size() > MAX_RECORD_BYTES as f64 {
            refuse(RecordError::TooBig);
            return;
        }
        spawn_local(async move {
            let text = JsFuture::from(file.text()).await.ok();
            let read = text
                .and_then(|t| t.as_string())
                .map_or(Err(RecordError::NotJson), |t| persist::from_json(&t));
            match read {
                Ok((loaded, record)) => {
                    let compared = compare_store::read_from(record);
                    state.apply(english::readable(loaded).await);
                    let t = state.lang.get_untracked().tb();
                    // The file's saved scenarios replace the page's only when
                    // some could be read: a file without them (or with
                    // nothing readable) leaves the page's as they are.
                    let (said, skipped) = match compared {
                        Some((list, skipped)) if !list.items.is_empty() => {
                            let said = (t.file_loaded_compared)(list.items.len());
                            state.scenarios.set(list);
                            (said, skipped)
                        }
                        other => (t.file_loaded.to_owned(), other.is_some_and(|(_, s)| s)),
                    };
                    status.set(if skipped {
                        format!("{said} {}", t.compare_restore_skipped)
                    } else {
                        said
                    });
                }
                Err(e) => refuse(e),
            }
        });
    };
    view! {
        <section class="card share" aria-labelledby="share-heading">
            <h2 id="share-heading">{trb(|t| t.share_heading)}</h2>
            <p class="hint">{trb(|t| t.share_hint)}</p>
            <div class="field">
                <label for=LINK_FIELD>{trb(|t| t.link_label)}</label>
                <input
                    type="text"
                    id=LINK_FIELD
                    data-testid=LINK_FIELD
                    readonly
                    prop:value=link
                    on:focus=select_all
                />
            </div>
            <div class="button-row">
                <button type="button" data-testid="copy-link" on:click=copy>
                    {trb(|t| t.copy_link)}
                </button>
                <button type="button" class="secondary" data-testid="download-json" on:click=download>
                    {trb(|t| t.download_json)}
                </button>
            </div>
            <div class="field file-field">
                <label for="load-json">{trb(|t| t.load_json)}</label>
                <input
                    type="file"
                    id="load-json"
                    data-testid="load-json"
                    accept=".json,application/json"
                    on:change=load
                />
            </div>
            <p class="share-status" role="status" data-testid="share-status">{move || status.get()}</p>
        </section>
    }
}

/// Selects the whole link when its field gets focus, ready to copy.
fn select_all(ev: web_sys::FocusEvent) {
    event_target::<web_sys::HtmlInputElement>(&ev).select();
}
