//! "The example replaced your own scenario — Undo": shown under the
//! examples after one replaced work of the user's own, while the example's
//! scenario is untouched. A usability test lost a typed-in scenario to one
//! click on an example; this, and Back (see [`crate::app::browser::history`]), bring it
//! back.

use leptos::prelude::*;

use crate::app::browser::focus::focus_after_render;
use crate::app::state::AppState;
use crate::app::text::tr;

/// Where focus goes when the button is gone: the first field of the
/// scenario that came back.
const FIRST_FIELD: &str = "field-headcount-";

#[component]
pub fn UndoNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <Show when=move || state.can_undo()>
            <div class="notice" role="status" data-testid="undo-notice">
                <p id="undo-notice-text">{tr(|t| t.undo_text)}</p>
                <button
                    type="button"
                    data-testid="undo"
                    aria-describedby="undo-notice-text"
                    on:click=move |_| {
                        state.undo();
                        let first = state.form.with_untracked(|f| f.groups.first().map(|g| g.id));
                        if let Some(id) = first {
                            focus_after_render(format!("{FIRST_FIELD}{id}"));
                        }
                    }
                >
                    {tr(|t| t.undo_button)}
                </button>
            </div>
        </Show>
    }
}
