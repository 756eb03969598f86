//! The multi-year budget: years, price level, realism switches,
//! displacement, the budget table and the price factors under it.
//!
//! Fields and switches are listed as data and rendered in one loop each: one
//! call site of a component compiles once in Leptos, however many times it
//! runs, so this keeps the wasm small.

use leptos::prelude::*;

use crate::app::sections::budget_table::BudgetTable;
use crate::app::sections::displacement_table::DisplacementTable;
use crate::app::sections::price_factors::PriceFactors;
use crate::app::sections::sensitivity_table::SensitivityTable;
use crate::app::text::{trb, PickB};
use crate::app::widgets::fields::Fields;
use crate::app::widgets::toggle::{SwitchSpec, Toggle};
use crate::model::{FieldId, Switch};

/// The budget's own fields.
const YEAR_FIELDS: [(FieldId, PickB); 3] = [
    (FieldId::StartYear, |t| t.label_start_year),
    (FieldId::Years, |t| t.label_years),
    (FieldId::PriceLevel, |t| t.label_price_level),
];

const SWITCHES: [SwitchSpec; 3] = [
    (
        Switch::Hiring,
        |t| t.switch_hiring,
        |t| t.hiring_hint,
        &[(FieldId::HiringShare, |t| t.label_hiring)],
    ),
    (
        Switch::Ramp,
        |t| t.switch_ramp,
        |t| t.ramp_hint,
        &[
            (FieldId::RampYear1, |t| t.label_ramp1),
            (FieldId::RampYear2, |t| t.label_ramp2),
        ],
    ),
    (
        Switch::NewHires,
        |t| t.switch_new_hires,
        |t| t.new_hires_hint,
        &[],
    ),
];

#[component]
pub fn BudgetSection() -> impl IntoView {
    view! {
        <section class="card budget-section" aria-labelledby="budget-heading">
            <h2 id="budget-heading">{trb(|t| t.budget_heading)}</h2>
            <p class="hint">{trb(|t| t.budget_hint)}</p>
            <Fields fields=&YEAR_FIELDS/>
            <fieldset class="realism">
                <legend>{trb(|t| t.realism_heading)}</legend>
                {SWITCHES.iter().map(|spec| view! { <Toggle spec=*spec/> }).collect_view()}
            </fieldset>
            <DisplacementTable/>
            <BudgetTable/>
            <PriceFactors/>
            <SensitivityTable/>
        </section>
    }
}
