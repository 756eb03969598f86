//! Says that the examples' records are being fetched, or that they could
//! not be (with "Prøv igen"), under the examples' buttons.

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::app::state::Fetch;
use crate::app::text::tr;

/// `retry(id)` asks again for the example that could not be fetched.
#[component]
pub fn ExamplesFetch(retry: impl Fn(&'static str) + Copy + Send + Sync + 'static) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        match state.examples.get() {
        Fetch::Busy(_) => Some(
            view! { <p class="hint" role="status" data-testid="example-fetching">{tr(|t| t.example_fetching)}</p> }
                .into_any(),
        ),
        Fetch::Failed(id) => Some(
            view! {
                <div class="notice load-failed" role="alert" data-testid="example-failed">
                    <p>{tr(|t| t.example_failed)}</p>
                    <button type="button" on:click=move |_| retry(id)>{tr(|t| t.retry)}</button>
                </div>
            }
                .into_any(),
        ),
        Fetch::Idle | Fetch::Ready => None,
    }
    }
}
