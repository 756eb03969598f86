//! Displacement (fortrængning) per target group: the share of the benefit
//! months saved that reappear on another public benefit, and which one.
//! Beside the budget, because it changes what the effect saves; the two
//! published patterns can be applied with one click.

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::app::text::trb;
use crate::app::widgets::number_field::NumberField;
use crate::model::{BenefitKind, FieldId};

/// The published patterns offered as examples: (button text, note, share
/// in per cent, test id).
type Example = (
    crate::app::text::PickB,
    crate::app::text::PickB,
    f64,
    &'static str,
);

const EXAMPLES: [Example; 2] = [
    (
        |t| t.displacement_example_kk,
        |t| t.displacement_example_kk_note,
        50.0,
        "displacement-example-kk",
    ),
    (
        |t| t.displacement_example_aabenraa,
        |t| t.displacement_example_aabenraa_note,
        48.0,
        "displacement-example-aabenraa",
    ),
];

#[component]
pub fn DisplacementTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Rows follow the list of groups, not every keystroke.
    let ids = Memo::new(move |_| {
        state
            .form
            .with(|f| f.groups.iter().map(|g| g.id).collect::<Vec<_>>())
    });
    view! {
        <fieldset class="displacement" data-testid="displacement">
            <legend>{trb(|t| t.displacement_heading)}</legend>
            <p class="hint">{trb(|t| t.displacement_hint)}</p>
            <table class="displacement-table">
                <thead>
                    <tr>
                        <th scope="col">{trb(|t| t.col_group)}</th>
                        <th scope="col">{trb(|t| t.col_displaced)}</th>
                        <th scope="col">{trb(|t| t.col_displaced_to)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        ids.get()
                            .into_iter()
                            .map(|id| view! { <DisplacementRow id=id/> })
                            .collect_view()
                    }}
                </tbody>
            </table>
            <p class="hint">{trb(|t| t.displacement_examples)}</p>
            <ul class="examples">
                {EXAMPLES
                    .iter()
                    .map(|&(label, note, pct, testid)| {
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="secondary"
                                    data-testid=testid
                                    on:click=move |_| {
                                        let lang = state.lang.get_untracked();
                                        state.form.update(|f| f.set_displaced_all(pct, lang));
                                    }
                                >
                                    {trb(label)}
                                </button>
                                " "
                                <span class="hint">{trb(note)}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </fieldset>
    }
}

#[component]
fn DisplacementRow(id: u32) -> impl IntoView {
    let state = expect_context::<AppState>();
    let label = Memo::new(move |_| state.group_label(id));
    let to = move || {
        state
            .form
            .with(|f| f.groups.iter().find(|g| g.id == id).map(|g| g.displaced_to))
    };
    let select_id = format!("field-displaced-to-{id}");
    view! {
        <tr>
            <th scope="row">{move || label.get()}</th>
            <td data-label=trb(|t| t.col_displaced)>
                <NumberField
                    field=FieldId::Displaced(id)
                    label=Signal::derive(move || {
                        format!("{}, {}", state.lang.get().tb().col_displaced, label.get())
                    })
                    label_hidden=true
                    unit=Signal::derive(|| "%".to_owned())
                />
            </td>
            <td data-label=trb(|t| t.col_displaced_to)>
                <label for=select_id.clone() class="sr-only">
                    {move || {
                        format!("{}, {}", state.lang.get().tb().col_displaced_to, label.get())
                    }}
                </label>
                <select
                    id=select_id
                    on:change=move |ev| {
                        if let Some(b) = BenefitKind::from_id(&event_target_value(&ev)) {
                            state.form.update(|f| f.set_displaced_to(id, b));
                        }
                    }
                >
                    {BenefitKind::ALL
                        .into_iter()
                        .map(|b| {
                            view! {
                                <option value=b.id() prop:selected=move || to() == Some(b)>
                                    {move || (state.lang.get().t().benefit_name)(b)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </td>
        </tr>
    }
}
