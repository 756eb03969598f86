//! The budget table in the seeds' format: staff cost (service), benefit
//! savings (transfers, negative), net effect and its running total, one
//! column per year and a total, in 1,000 kr. at the chosen price level; and
//! the payback year.
//!
//! The figures are [`printed`]'s: each cell rounded to whole 1,000 kr., every
//! total the sum of the printed cells, so the table adds up as printed (the
//! note under it says so). Each cell's `data-value` keeps the exact kroner.

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::app::text::trb;
use crate::app::widgets::data_table::{Cell, DataTable, Row, TableData};
use crate::model::budget::{Budget, Payback};
use crate::model::printed::{printed, Line, Printed};
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
    let note = move || {
        data.with(|d| matches!(d, Some(Ok(_))))
            .then(|| view! { <p class="hint" data-testid="budget-note">{trb(|t| t.budget_rounding_note)}</p> })
    };
    view! {
        <DataTable table=table/>
        {note}
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
    let payback = payback_text(budget.payback(), lang);
    let mut headers = vec![String::new()];
    headers.extend(budget.rows.iter().map(|y| y.year.to_string()));
    headers.push(t.total.to_owned());
    let p = printed(&budget);
    let rows = p
        .lines()
        .into_iter()
        .map(|line| {
            let (key, label) = match line {
                Line::Cost => ("cost", t.row_cost),
                Line::BenefitsGross => ("benefits-gross", t.row_benefits_gross),
                Line::Reimbursement => ("reimbursement", t.row_reimbursement),
                Line::Displaced => ("displaced", t.row_displaced),
                // A negative expected effect makes the line extra benefit
                // costs (positive); its name says so.
                Line::Savings if budget.total_savings > 0.0 => ("savings", t.row_extra_benefits),
                Line::Savings => ("savings", t.row_savings),
                Line::Net => ("net", t.row_net),
                Line::Cumulative => ("cumulative", t.row_cumulative),
            };
            row(&budget, &p, lang, line, key, label)
        })
        .collect();
    let table = TableData {
        id: "budget-table",
        caption: (t.budget_caption)(price_level),
        headers,
        rows,
        emphasise_last: false,
    };
    Some(Ok((table, payback)))
}

/// One row: the printed 1,000 kr. as text ([`Printed::texts`], the same
/// texts every export writes), the exact kr. as each cell's value.
fn row(budget: &Budget, p: &Printed, lang: Lang, line: Line, key: &str, label: &str) -> Row {
    let exact = budget
        .rows
        .iter()
        .map(|y| Some(line.exact(y)))
        .chain([match line {
            Line::Cost => Some(budget.total_cost),
            Line::BenefitsGross => Some(budget.total_benefits_gross),
            Line::Reimbursement => Some(budget.total_reimbursement),
            Line::Displaced => Some(budget.total_displaced),
            Line::Savings => Some(budget.total_savings),
            Line::Net => Some(budget.total_net),
            Line::Cumulative => None,
        }]);
    let cells = p
        .texts(line, lang)
        .into_iter()
        .zip(exact)
        .map(|(text, kr)| match kr {
            Some(kr) => Cell::num(text, kr),
            None => Cell::text(text),
        })
        .collect();
    Row {
        key: format!("budget-{key}"),
        header: label.to_owned(),
        cells,
    }
}

/// The payback verdict in words, as the table and the chart say it.
pub fn payback_text(payback: Payback, lang: Lang) -> String {
    let t = lang.tb();
    match payback {
        Payback::NoEffectGiven => t.no_effect_given.to_owned(),
        Payback::In(year) => (t.payback_in)(year),
        Payback::NotWithin(years) => (t.no_payback)(years),
    }
}
