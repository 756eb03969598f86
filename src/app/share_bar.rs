//! Share and keep the scenario: copy a link to it, save it as a JSON file
//! and load one back. What happened is said in one polite live region.
//!
//! More share actions (embedding, exports) go in the same button row, each
//! reporting through [`AppState::share_status`].

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::{focus_after_render, persist, tr, AppState, Pick};
use crate::model::query::{RecordError, MAX_RECORD_BYTES};

const LINK_FIELD: &str = "share-link";

#[component]
pub fn ShareBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let status = state.share_status;
    let say = move |pick: Pick| status.set(pick(state.lang.get_untracked().t()).to_owned());
    // The link is always shown too: to read, and to copy by hand where the
    // clipboard is unavailable.
    let link = move || persist::share_link(&persist::pairs(state));

    let copy = move |_| {
        let url = link();
        spawn_local(async move {
            if copy_text(&url).await {
                say(|t| t.link_copied);
            } else {
                say(|t| t.copy_by_hand);
                focus_after_render(LINK_FIELD.to_owned());
            }
        });
    };
    let download = move |_| {
        let json = persist::to_json(&persist::pairs(state), Some(2));
        download_file(state.lang.get_untracked().t().file_name, &json);
    };
    let load = move |ev: web_sys::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // Lets the same file be chosen again after fixing it.
        input.set_value("");
        let refuse = move |e: RecordError| {
            status.set((state.lang.get_untracked().t().file_refused)(&e));
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
                Ok(loaded) => {
                    state.apply(loaded);
                    say(|t| t.file_loaded);
                }
                Err(e) => refuse(e),
            }
        });
    };
    view! {
        <section class="card share" aria-labelledby="share-heading">
            <h2 id="share-heading">{tr(|t| t.share_heading)}</h2>
            <p class="hint">{tr(|t| t.share_hint)}</p>
            <div class="field">
                <label for=LINK_FIELD>{tr(|t| t.link_label)}</label>
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
                    {tr(|t| t.copy_link)}
                </button>
                <button type="button" class="secondary" data-testid="download-json" on:click=download>
                    {tr(|t| t.download_json)}
                </button>
            </div>
            <div class="field file-field">
                <label for="load-json">{tr(|t| t.load_json)}</label>
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

/// Writes `text` to the clipboard; `false` where the Clipboard API is
/// missing (an insecure page, an old browser) or refuses.
async fn copy_text(text: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).unwrap_or_default();
    if clipboard.is_undefined() || clipboard.is_null() {
        return false;
    }
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Offers `contents` as a JSON download named `name` (a `data:` link: no
/// Blob or object URL to manage for a few kilobytes).
fn download_file(name: &str, contents: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let href = format!(
        "data:application/json;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(contents))
    );
    if let Ok(a) = document.create_element("a") {
        let _ = a.set_attribute("href", &href);
        let _ = a.set_attribute("download", name);
        if let Ok(a) = a.dyn_into::<web_sys::HtmlElement>() {
            a.click();
        }
    }
}
