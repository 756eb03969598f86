//! The target groups: one row per group, add and remove.

use leptos::prelude::*;

use crate::app::browser::focus::focus_after_render;
use crate::app::first_screen::group_row::GroupRow;
use crate::app::state::AppState;
use crate::app::text::tr;
use crate::model::form::MAX_GROUPS;
use crate::model::FieldId;

#[component]
pub fn TargetGroups() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.lang.get().t();
    // Rows are rebuilt only when groups are added, removed or replaced (a
    // memo), never while typing; cheaper in code than a keyed <For>.
    let ids = Memo::new(move |_| {
        state
            .form
            .with(|f| f.groups.iter().map(|g| g.id).collect::<Vec<_>>())
    });
    let full = move || state.form.with(|f| f.groups.len() >= MAX_GROUPS);
    let add = move |_| {
        let mut added = None;
        state.form.update(|f| added = f.add_group());
        if let Some(id) = added {
            // Put the cursor where the new row needs input.
            focus_after_render(FieldId::Headcount(id).dom_id());
        }
    };
    view! {
        <section class="card" aria-labelledby="groups-heading">
            <h2 id="groups-heading">{tr(|t| t.groups_heading)}</h2>
            <p class="hint">{tr(|t| t.groups_hint)}</p>
            {move || ids.get().into_iter().map(|id| view! { <GroupRow id=id/> }).collect_view()}
            <button
                type="button"
                class="secondary"
                data-testid="add-group"
                id="add-group"
                on:click=add
                disabled=full
            >
                {tr(|t| t.add_group)}
            </button>
            <Show when=full>
                <p class="hint">{move || (t().max_groups)(MAX_GROUPS)}</p>
            </Show>
        </section>
    }
}
