//! Tells the user which values in the link were ignored, and why.

use leptos::prelude::*;

use crate::app::browser::focus::{focus_after_render, MAIN_ID};
use crate::app::state::AppState;
use crate::app::text::tr;

#[component]
pub fn UrlNotices() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.lang.get().t();
    view! {
        <Show when=move || state.notices.with(|n| !n.is_empty())>
            <div class="notice" role="status" data-testid="url-notices">
                <h2 id="url-notices-heading">{tr(|t| t.notices_heading)}</h2>
                <ul>
                    {move || {
                        state
                            .notices
                            .get()
                            .into_iter()
                            .map(|n| {
                                let reason = (t().problem)(&n.problem);
                                if n.key.is_empty() {
                                    view! { <li>{format!("{reason} ({})", n.value)}</li> }.into_any()
                                } else {
                                    view! {
                                        <li>
                                            <code>{format!("{}={}", n.key, n.value)}</code>
                                            {format!(": {reason}")}
                                        </li>
                                    }
                                        .into_any()
                                }
                            })
                            .collect_view()
                    }}
                </ul>
                <button
                    type="button"
                    class="secondary"
                    aria-describedby="url-notices-heading"
                    on:click=move |_| {
                        state.notices.set(Vec::new());
                        focus_after_render(MAIN_ID.to_owned());
                    }
                >
                    {tr(|t| t.notice_dismiss)}
                </button>
            </div>
        </Show>
    }
}
