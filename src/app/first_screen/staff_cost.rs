//! The cost of one staff year from its parts: salary with pension, the year
//! it is in, and overhead; and the figure the page computes with at the
//! budget's price level.

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::app::text::tr;
use crate::app::widgets::number_field::NumberField;
use crate::i18n::{kr, percent};
use crate::model::form::Converted;
use crate::model::number::format;
use crate::model::plausible::{salary_warning, SalaryWarning, SALARY_RANGE};
use crate::model::FieldId;

/// The fields, in page order, with their labels.
const FIELDS: [(FieldId, crate::app::text::Pick); 3] = [
    (FieldId::CostPerStaffYear, |t| t.label_cost),
    (FieldId::Overhead, |t| t.label_overhead),
    (FieldId::CostYear, |t| t.label_cost_year),
];

#[component]
pub fn StaffCost() -> impl IntoView {
    let state = expect_context::<AppState>();
    let total = move || {
        let lang = state.lang.get();
        state.evaluation.with(|e| {
            let (s, plan) = (e.scenario.as_ref()?, e.plan.as_ref()?);
            let c = plan
                .conversions
                .iter()
                .find(|(what, _)| *what == Converted::StaffCost)?
                .1;
            let f = state.form.with_untracked(|f| {
                let read = |id: FieldId| id.kind().parse(f.text(id)?, lang).ok();
                Some((read(FieldId::CostPerStaffYear)?, read(FieldId::Overhead)?))
            })?;
            Some((lang.t().cost_total)(
                &kr(s.cost_per_staff_year, lang),
                &kr(f.0, lang),
                &percent(f.1 / 100.0, lang),
                c.from,
                c.to,
                &format(c.factor, 4, lang),
                c.assumed,
            ))
        })
    };
    // A salary far from any staff year's (often one typed in 1.000 kr.):
    // valid, so the figures follow it, but said beside the field.
    let warning = move || {
        let lang = state.lang.get();
        let salary = state.form.with(|f| {
            FieldId::CostPerStaffYear
                .kind()
                .parse(f.text(FieldId::CostPerStaffYear)?, lang)
                .ok()
        })?;
        let t = lang.t();
        let (low, high) = SALARY_RANGE;
        Some(match salary_warning(salary)? {
            SalaryWarning::FarBelow { in_thousands } => (t.salary_far_below)(
                &kr(salary, lang),
                &kr(low, lang),
                in_thousands.map(|v| format(v, 0, lang)).as_deref(),
            ),
            SalaryWarning::FarAbove => (t.salary_far_above)(&kr(salary, lang), &kr(high, lang)),
        })
    };
    view! {
        <section class="card" aria-labelledby="cost-heading">
            <h2 id="cost-heading">{tr(|t| t.cost_heading)}</h2>
            <div class="field-row">
                {FIELDS
                    .iter()
                    .map(|&(field, pick)| {
                        let label = Signal::derive(move || pick(state.lang.get().t()).to_owned());
                        view! { <NumberField field=field label=label/> }
                    })
                    .collect_view()}
            </div>
            <p class="notice" data-testid="cost-warning" aria-live="polite">{warning}</p>
            <p class="cost-total" data-testid="cost-total" aria-live="polite">{total}</p>
            <p class="hint">{tr(|t| t.cost_hint)}</p>
        </section>
    }
}
