//! Load a published case, or go back to the defaults (see `model::preset`).
//!
//! The buttons come from the examples' names; a click on one fetches the
//! records first when they are not in the page yet ([`super::presets`]),
//! which the button and a status line say, and a notice with "Prøv igen"
//! when that fails. The loaded case's source and figures come with the
//! records.

use leptos::prelude::*;

use crate::app::browser::history;
use crate::app::examples::examples_fetch::ExamplesFetch;
use crate::app::examples::presets;
use crate::app::state::AppState;
use crate::app::state::Fetch;
use crate::app::text::tr;
use crate::model::preset::{self, Preset, NAMES};

#[component]
pub fn PresetPicker() -> impl IntoView {
    let state = expect_context::<AppState>();
    let reset = move |_| {
        let confirmed = web_sys::window()
            .and_then(|w| {
                w.confirm_with_message(state.lang.get_untracked().t().reset_confirm)
                    .ok()
            })
            .unwrap_or(true);
        if confirmed {
            history::replace_scenario(state, || state.reset());
        }
    };
    let ready = Memo::new(move |_| state.examples.get() == Fetch::Ready);
    view! {
        <section class="card presets" aria-labelledby="presets-heading">
            <h2 id="presets-heading">{tr(|t| t.presets_heading)}</h2>
            <p class="hint">{tr(|t| t.presets_hint)}</p>
            <div class="button-row">
                {NAMES
                    .iter()
                    .map(|n| {
                        view! {
                            <button
                                type="button"
                                data-testid=format!("preset-{}", n.id)
                                aria-busy=move || {
                                    (state.examples.get() == Fetch::Busy(n.id)).then_some("true")
                                }
                                on:click=move |_| pick(state, n.id)
                            >
                                {move || n.name.get(state.lang.get())}
                            </button>
                        }
                    })
                    .collect_view()}
                <button type="button" class="secondary" data-testid="reset" on:click=reset>
                    {tr(|t| t.reset)}
                </button>
            </div>
            <ExamplesFetch retry=move |id| pick(state, id)/>
            {move || ready.get().then(presets::after_load)}
        </section>
    }
}

/// Loads the example `id`, fetching the records first if they are not in
/// the page. A click on another example meanwhile changes which one is
/// loaded when they come; only one fetch is under way at a time.
pub fn pick(state: AppState, id: &'static str) {
    if let Some(p) = preset::find(id) {
        state.examples.set(Fetch::Ready);
        return load(state, p);
    }
    let under_way = matches!(state.examples.get_untracked(), Fetch::Busy(_));
    state.examples.set(Fetch::Busy(id));
    if under_way {
        return;
    }
    leptos::task::spawn_local(async move {
        let fetched = presets::fetch().await;
        let Fetch::Busy(id) = state.examples.get_untracked() else {
            return;
        };
        match preset::find(id) {
            Some(p) if fetched => {
                state.examples.set(Fetch::Ready);
                load(state, p);
            }
            _ => state.examples.set(Fetch::Failed(id)),
        }
    });
}

/// Loads `p` (Back, or the undo notice, brings the scenario before it
/// back); a published-only case keeps the form as the user left it.
fn load(state: AppState, p: &'static Preset) {
    if p.loads_form() {
        history::replace_scenario(state, || state.load_preset(p));
    } else {
        state.preset.set(Some(p));
    }
}
