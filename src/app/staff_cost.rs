//! The cost of one staff year (salary, pension, overhead).

use leptos::prelude::*;

use super::number_field::NumberField;
use super::tr;
use super::AppState;
use crate::model::FieldId;

#[component]
pub fn StaffCost() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.lang.get().t();
    view! {
        <section class="card" aria-labelledby="cost-heading">
            <h2 id="cost-heading">{tr(|t| t.cost_heading)}</h2>
            <NumberField
                field=FieldId::CostPerStaffYear
                label=Signal::derive(move || t().label_cost.to_owned())
            />
            <p class="hint">{tr(|t| t.cost_hint)}</p>
        </section>
    }
}
