//! The notice shown when the code of the sections below the key figures
//! could not be fetched.

use leptos::prelude::*;

use crate::app::chunks::reveal::Reveal;
use crate::app::text::tr;

/// Said when the code of the sections below could not be fetched (offline,
/// or a new version was deployed meanwhile), with a way to try again.
#[component]
pub fn BelowFailed(below: Reveal) -> impl IntoView {
    view! {
        <div class="notice load-failed" role="alert">
            <p>{tr(|t| t.below_failed)}</p>
            <button type="button" on:click=move |_| below.retry()>{tr(|t| t.retry)}</button>
        </div>
    }
}
