//! Tells the user that the autosaved scenario could not be read, at the top
//! of the page where the link's notices are: the page then starts from the
//! defaults, and without this a returning user would think their numbers
//! were lost without cause. It stays until dismissed or the form is reset.

use leptos::prelude::*;

use crate::app::browser::focus::{focus_after_render, MAIN_ID};
use crate::app::state::AppState;
use crate::app::text::tr;

#[component]
pub fn SavedNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <Show when=move || state.saved_ignored.get()>
            <div class="notice" role="status" data-testid="saved-notice">
                <p id="saved-notice-text">{tr(|t| t.saved_ignored)}</p>
                <button
                    type="button"
                    class="secondary"
                    aria-describedby="saved-notice-text"
                    on:click=move |_| {
                        state.saved_ignored.set(false);
                        focus_after_render(MAIN_ID.to_owned());
                    }
                >
                    {tr(|t| t.notice_dismiss)}
                </button>
            </div>
        </Show>
    }
}
