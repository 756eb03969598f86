//! Tells the user which values in the link were ignored, and why.

use leptos::prelude::*;

use super::tr;
use super::AppState;

#[component]
pub fn UrlNotices() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.lang.get().t();
    view! {
        <Show when=move || state.notices.with(|n| !n.is_empty())>
            <div class="notice" role="status" data-testid="url-notices">
                <h2>{tr(|t| t.notices_heading)}</h2>
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
                <button type="button" class="secondary" on:click=move |_| state.notices.set(Vec::new())>
                    {tr(|t| t.notice_dismiss)}
                </button>
            </div>
        </Show>
    }
}
