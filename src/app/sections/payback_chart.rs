//! Chart 2: the multi-year budget year by year: staff cost up, benefits
//! saved down (hatched), the cumulative net effect as a dashed line, and the
//! payback year marked.

use leptos::prelude::*;

use crate::app::sections::budget_table::payback_text;
use crate::app::state::AppState;
use crate::app::widgets::chart::{readouts, Chart, ChartData, Legend};
use crate::app::widgets::data_table::{Cell, Row, TableData};
use crate::i18n::{fill, kr};
use crate::model::budget::BudgetInput;
use crate::model::chart::geometry::Magnitude;
use crate::model::chart::payback::payback_drawing;
use crate::model::number::format;

const LEGEND: Legend = &[
    ("bar-cost", "M4 1H20V11H4Z", |t| t.row_cost),
    ("bar-save", "M4 1H20V11H4Z", |t| t.legend_savings),
    ("line-cum", "M0 6H24", |t| t.legend_cumulative),
    ("rule-payback", "M0 6H24", |t| t.legend_payback),
];

#[component]
pub fn PaybackChart() -> impl IntoView {
    view! {
        <Chart
            id="payback-chart"
            heading=|t| t.payback_chart_heading
            hint=|t| t.payback_chart_hint
            legend=LEGEND
            pattern="hatch-save"
            make=build
        />
    }
}

fn build(state: &AppState, width: f64) -> Option<ChartData> {
    let lang = state.lang.get();
    let t = lang.tb();
    let b = state.budget.get()?.ok()?;
    let (annual_cost, saving, price_level) = state.evaluation.with(|e| {
        let (s, plan) = (e.scenario.as_ref()?, e.plan.as_ref()?);
        state.results.with(|r| {
            let r = r.as_ref()?;
            let input = BudgetInput::from_calc(s, r, &plan.effects);
            Some((
                input.annual_cost,
                input.full_year_saving(),
                (t.price_level)(plan.price_level as u16),
            ))
        })
    })?;
    let drawing = payback_drawing(&b, width, lang, &t.payback_words);
    let amount = |v: f64| kr(v, lang);
    let rows = b
        .rows
        .iter()
        .map(|y| Row {
            key: format!("payback-{}", y.year),
            header: y.year.to_string(),
            cells: [y.cost, -y.savings, y.net, y.cumulative]
                .map(|v| Cell::num(format(v, 0, lang), v))
                .to_vec(),
        })
        .collect();
    let last = b.rows.last()?;
    let payback = b.rows.iter().position(|y| Some(y.year) == b.payback_year);
    let verdict = payback_text(b.payback(), lang);
    let summary = format!(
        "{} {verdict}",
        fill(
            t.payback_summary,
            &[
                amount(annual_cost),
                amount(saving),
                b.rows.len().to_string(),
                amount(last.cumulative),
            ],
        )
    );
    let table = TableData {
        id: "payback-table",
        caption: format!(
            "{} ({}, {price_level})",
            t.payback_chart_heading,
            (t.magnitude)(Magnitude::Kr)
        ),
        headers: [
            t.col_year,
            t.row_cost,
            t.row_savings,
            t.row_net,
            t.row_cumulative,
        ]
        .map(str::to_owned)
        .to_vec(),
        rows,
        emphasise_last: false,
    };
    Some(ChartData {
        axes: [
            format!("{}, {price_level}", (t.magnitude)(drawing.unit)),
            String::new(),
            t.col_year.to_owned(),
        ],
        drawing,
        summary,
        points: readouts(t.payback_point, &table),
        picks: Vec::new(),
        active: payback.unwrap_or(b.rows.len() - 1),
        table,
    })
}
