//! The budget table in the seeds' format: staff cost (service), benefit
//! savings (transfers, negative), net effect and its running total, one
//! column per year and a total, in 1,000 kr. at the chosen price level; and
//! the payback year.

use leptos::prelude::*;

use super::data_table::{Cell, DataTable, Row, TableData};
use super::AppState;
use crate::model::budget::{Budget, BudgetYear};
use crate::model::number::format;
use crate::model::Lang;

#[component]
pub fn BudgetTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    let data = state.later(move || budget_data(state, state.lang.get()));
    let table = Memo::new(move |_| data.with(|d| Some(d.as_ref()?.as_ref().ok()?.0.clone())));
    // The payback line, or why there is no budget; rebuilt only when its
    // text changes.
    let line = Memo::new(move |_| {
        data.with(|d| match d {
            Some(Ok((_, payback))) => payback.clone(),
            Some(Err(text)) => (*text).to_owned(),
            None => String::new(),
        })
    });
    let line = move || {
        let text = line.get();
        let payback = data.with_untracked(|d| matches!(d, Some(Ok(_))));
        let class = if payback { "payback" } else { "unavailable" };
        (!text.is_empty())
            .then(|| view! { <p class=class data-testid=payback.then_some("payback")>{text}</p> })
    };
    view! {
        <DataTable table=table/>
        {line}
    }
}

/// The budget table and its payback line, for the page and the export;
/// `None` while the scenario is invalid, `Err` (why) when there is no budget.
pub fn budget_data(
    state: AppState,
    lang: Lang,
) -> Option<Result<(TableData, String), &'static str>> {
    let t = lang.tb();
    let budget = state.budget.get()?;
    let Ok(budget) = budget else {
        return Some(Err(t.budget_unavailable));
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
    let mut headers = vec![String::new()];
    headers.extend(budget.rows.iter().map(|y| y.year.to_string()));
    headers.push(t.total.to_owned());
    let rows = vec![
        row(
            &budget,
            lang,
            "cost",
            t.row_cost,
            |y| y.cost,
            Some(budget.total_cost),
        ),
        row(
            &budget,
            lang,
            "savings",
            // A negative expected effect makes the line extra benefit
            // costs (positive); its name says so.
            if budget.total_savings > 0.0 {
                t.row_extra_benefits
            } else {
                t.row_savings
            },
            |y| y.savings,
            Some(budget.total_savings),
        ),
        row(
            &budget,
            lang,
            "net",
            t.row_net,
            |y| y.net,
            Some(budget.total_net),
        ),
        row(
            &budget,
            lang,
            "cumulative",
            t.row_cumulative,
            |y| y.cumulative,
            None,
        ),
    ];
    let table = TableData {
        id: "budget-table",
        caption: (t.budget_caption)(price_level),
        headers,
        rows,
        emphasise_last: false,
    };
    Some(Ok((table, payback)))
}

/// One row of amounts in 1,000 kr.; each cell keeps its unrounded kr.
fn row(
    budget: &Budget,
    lang: Lang,
    key: &str,
    label: &str,
    pick: fn(&BudgetYear) -> f64,
    total: Option<f64>,
) -> Row {
    let cell = |v: f64| Cell::num(format(v / 1_000.0, 0, lang), v);
    let mut cells: Vec<Cell> = budget.rows.iter().map(|y| cell(pick(y))).collect();
    cells.push(total.map_or_else(|| Cell::text(""), cell));
    Row {
        key: format!("budget-{key}"),
        header: label.to_owned(),
        cells,
    }
}
