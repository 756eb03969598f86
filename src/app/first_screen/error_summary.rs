//! The list of fields to correct, each a link that moves focus to the field.

use leptos::prelude::*;

use crate::app::browser::focus::focus_after_render;
use crate::app::state::AppState;
use crate::model::FieldId;

#[component]
pub fn ErrorSummary() -> impl IntoView {
    let state = expect_context::<AppState>();
    let errors = move || state.evaluation.with(|e| e.errors.clone());
    let describe = move |field: FieldId| {
        let t = state.lang.get().t();
        match field {
            FieldId::Headcount(id) => format!("{}: {}", state.group_label(id), t.label_headcount),
            FieldId::Current(id) => format!("{}: {}", state.group_label(id), t.label_current),
            FieldId::Target(id) => format!("{}: {}", state.group_label(id), t.label_target),
            FieldId::CostPerStaffYear => t.label_cost.to_owned(),
            FieldId::CostYear => t.label_cost_year.to_owned(),
            FieldId::Overhead => t.label_overhead.to_owned(),
            FieldId::RateYear(b) => format!("{}: {}", (t.benefit_name)(b), t.col_rate_year),
            FieldId::MonthlyRate(b) => format!("{}: {}", (t.benefit_name)(b), t.col_rate),
            FieldId::Reimbursement(b) => {
                format!("{}: {}", (t.benefit_name)(b), t.col_reimbursement)
            }
            FieldId::Effect(id, _) => format!("{}: {}", state.group_label(id), t.label_effect),
            FieldId::Displaced(id) => {
                format!("{}: {}", state.group_label(id), t.label_displaced)
            }
            FieldId::StartYear => t.label_start_year.to_owned(),
            FieldId::Years => t.label_years.to_owned(),
            FieldId::PriceLevel => t.label_price_level.to_owned(),
            FieldId::HiringShare => t.label_hiring.to_owned(),
            FieldId::RampYear1 => t.label_ramp1.to_owned(),
            FieldId::RampYear2 => t.label_ramp2.to_owned(),
            FieldId::GoalBudget => t.label_goal_budget.to_owned(),
            FieldId::GoalPublished => t.label_goal_published.to_owned(),
            FieldId::GoalStaff => t.label_goal_staff.to_owned(),
        }
    };
    view! {
        <Show when=move || !errors().is_empty()>
            <div class="error-summary" data-testid="error-summary">
                <p>{move || state.lang.get().t().invalid_results_list}</p>
                <ul>
                    {move || {
                        let lang = state.lang.get();
                        errors()
                            .into_iter()
                            .map(|(field, error)| {
                                let dom_id = field.dom_id();
                                let href = format!("#{dom_id}");
                                let text = format!(
                                    "{} – {}",
                                    describe(field),
                                    (lang.t().error)(error, field.kind(), lang),
                                );
                                view! {
                                    <li>
                                        <a
                                            href=href
                                            on:click=move |ev| {
                                                ev.prevent_default();
                                                focus_after_render(dom_id.clone());
                                            }
                                        >
                                            {text}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}
