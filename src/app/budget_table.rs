//! The budget table in the seeds' format: staff cost (service), benefit
//! savings (transfers, negative), net effect and its running total, one
//! column per year and a total, in 1,000 kr. at the chosen price level; and
//! the payback year.

use leptos::prelude::*;

use super::figure::plain_js;
use super::AppState;
use crate::model::budget::Budget;
use crate::model::number::format;
use crate::model::Lang;

#[component]
pub fn BudgetTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let lang = state.lang.get();
        let t = lang.t();
        let budget = state.budget.get()?;
        let Ok(budget) = budget else {
            return Some(view! { <p class="unavailable">{t.budget_unavailable}</p> }.into_any());
        };
        let price_level = state
            .evaluation
            .with(|e| e.plan.as_ref().map(|p| p.price_level))?;
        let no_effect = budget.total_savings == 0.0;
        let payback = match (budget.payback_year, no_effect && budget.total_cost > 0.0) {
            (_, true) => t.no_effect_given.to_owned(),
            (Some(year), false) => (t.payback_in)(year),
            (None, false) => (t.no_payback)(budget.rows.len() as u32),
        };
        Some(
            view! {
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="budget-caption">
                    <table class="budget" data-testid="budget-table">
                        <caption id="budget-caption">{(t.budget_caption)(price_level)}</caption>
                        <thead>
                            <tr>
                                <td></td>
                                {budget
                                    .rows
                                    .iter()
                                    .map(|y| view! { <th scope="col">{y.year.to_string()}</th> })
                                    .collect_view()}
                                <th scope="col">{t.total}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {row(&budget, lang, "cost", t.row_cost, |y| y.cost, Some(budget.total_cost))}
                            {row(&budget, lang, "savings", t.row_savings, |y| y.savings, Some(budget.total_savings))}
                            {row(&budget, lang, "net", t.row_net, |y| y.net, Some(budget.total_net))}
                            {row(&budget, lang, "cumulative", t.row_cumulative, |y| y.cumulative, None)}
                        </tbody>
                    </table>
                </div>
                <p class="payback" data-testid="payback">{payback}</p>
            }
                .into_any(),
        )
    }
}

/// One row of amounts in 1,000 kr.; each cell carries its unrounded kr. in
/// `data-value`.
fn row(
    budget: &Budget,
    lang: Lang,
    key: &'static str,
    label: &'static str,
    pick: fn(&crate::model::budget::BudgetYear) -> f64,
    total: Option<f64>,
) -> impl IntoView {
    let cell = move |v: f64| {
        view! { <td class="num" data-value=plain_js(v)>{format(v / 1_000.0, 0, lang)}</td> }
    };
    view! {
        <tr data-testid=format!("budget-{key}")>
            <th scope="row">{label}</th>
            {budget.rows.iter().map(|y| cell(pick(y))).collect_view()}
            {match total {
                Some(v) => cell(v).into_any(),
                None => view! { <td></td> }.into_any(),
            }}
        </tr>
    }
}
