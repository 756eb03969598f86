//! "The scenario was changed in another tab — Load it / Keep mine": at the
//! top of the page where the other notices are, when another tab has
//! autosaved a different scenario ([`crate::app::browser::other_tabs`]). The page does
//! not replace what the user sees on its own: the user may be in the middle
//! of their own change. Keeping theirs needs nothing more: their next edit
//! saves over the other tab's copy, as before.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::browser::focus::{focus_after_render, MAIN_ID};
use crate::app::browser::{history, other_tabs};
use crate::app::state::AppState;
use crate::app::text::{english, tr};

#[component]
pub fn OtherTabNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Either button removes the notice with itself; focus goes to <main>,
    // as with the other notices, not to <body>.
    let close = move || {
        state.other_tab.set(false);
        focus_after_render(MAIN_ID.to_owned());
    };
    let load = move |_| {
        close();
        let Some(theirs) = other_tabs::saved() else {
            return;
        };
        spawn_local(async move {
            // English that cannot be fetched is shown in Danish, as at start.
            let theirs = english::readable(theirs).await;
            // Back brings this tab's own scenario back, as after an example.
            history::replace_scenario(state, || state.apply(theirs));
        });
    };
    view! {
        <Show when=move || state.other_tab.get()>
            <div class="notice" role="status" data-testid="other-tab-notice">
                <p id="other-tab-text">{tr(|t| t.other_tab_changed)}</p>
                <div class="button-row">
                    <button
                        type="button"
                        data-testid="other-tab-load"
                        aria-describedby="other-tab-text"
                        on:click=load
                    >
                        {tr(|t| t.other_tab_load)}
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        data-testid="other-tab-keep"
                        aria-describedby="other-tab-text"
                        on:click=move |_| close()
                    >
                        {tr(|t| t.other_tab_keep)}
                    </button>
                </div>
            </div>
        </Show>
    }
}
