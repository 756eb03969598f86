//! Chart 1: what each target caseload costs a year and what it must achieve
//! to pay for itself (break-even months per citizen, the same line read on
//! the right axis), from the lowest sensible caseload up to today's, with
//! DS's range shaded. Clicking a point (or Enter) makes it the target; on a
//! touch screen a tap shows the point and a button under its figures picks it.

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::app::widgets::chart::{readouts, Chart, ChartData, Legend, Picking};
use crate::app::widgets::data_table::{Cell, Row, TableData};
use crate::i18n::{fill, kr};
use crate::model::chart::cost::{caseload_decimals, cost_drawing, cost_series, targets_at};
use crate::model::chart::geometry::tenths;
use crate::model::goal::staffable;
use crate::model::number::format;
use crate::model::FieldId;

const LEGEND: Legend = &[
    ("line", "M0 6H24", |t| t.legend_cost),
    ("band", "M1 1H23V11H1Z", |t| t.legend_ds),
    ("rule-today", "M0 6H24", |t| t.legend_today),
    ("rule-target", "M0 6H24", |t| t.legend_target),
];

#[component]
pub fn CostChart() -> impl IntoView {
    view! {
        <Chart
            id="cost-chart"
            heading=|t| t.cost_chart_heading
            hint=|t| t.cost_chart_hint
            legend=LEGEND
            pattern="hatch-ds"
            make=build
            picking=Picking { apply: pick, label: |t| t.cost_chart_use }
        />
    }
}

fn build(state: &AppState, width: f64) -> Option<ChartData> {
    let lang = state.lang.get();
    let t = lang.tb();
    let areas: Vec<_> = state
        .form
        .with(|f| f.groups.iter().map(|g| g.ds_area).collect());
    state.evaluation.with(|e| {
        let s = e.scenario.as_ref()?;
        let c = cost_series(s, &areas, width);
        let drawing = cost_drawing(&c, width, lang, &t.chart_words);
        let caseload = |x: f64| format(x, caseload_decimals(x), lang);
        let rows: Vec<Row> = c
            .points
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let mut header = caseload(p.caseload);
                for (at, word) in [
                    (c.today, t.chart_words.today),
                    (c.target, t.chart_words.target),
                ] {
                    if at == i {
                        header = format!("{header} ({word})");
                    }
                }
                Row {
                    key: format!("cost-{}", tenths(p.caseload)),
                    header,
                    cells: vec![
                        Cell::num(format(p.extra_staff, 2, lang), p.extra_staff),
                        Cell::num(format(p.annual_cost, 0, lang), p.annual_cost),
                        match p.months_per_citizen {
                            Some(m) => Cell::num(format(m, 2, lang), m),
                            None => Cell::text("–"),
                        },
                    ],
                }
            })
            .collect();
        let (today, target, low) = (
            c.points.get(c.today)?,
            c.points.get(c.target)?,
            c.points.first()?,
        );
        let mut summary = fill(
            t.cost_summary,
            &[
                caseload(today.caseload),
                caseload(target.caseload),
                kr(target.annual_cost, lang),
                caseload(low.caseload),
                kr(low.annual_cost, lang),
            ],
        );
        let months_sentence = match target.months_per_citizen {
            Some(m) => fill(t.cost_summary_months, &[format(m, 2, lang)]),
            None => t.no_benefit_spending.to_owned(),
        };
        let ds = c.ds.map(|r| {
            fill(
                t.cost_summary_ds,
                &[format(r.min, 0, lang), format(r.max, 0, lang)],
            )
        });
        let groups = (s.groups.len() > 1).then(|| t.cost_summary_groups.to_owned());
        for part in [Some(months_sentence), ds, groups].into_iter().flatten() {
            summary.push(' ');
            summary.push_str(&part);
        }
        let right = if c.annual_benefit_spending > 0.0 {
            t.months_per_citizen
        } else {
            ""
        };
        let table = TableData {
            id: "cost-table",
            caption: t.cost_chart_heading.to_owned(),
            headers: [
                t.label_target,
                t.col_extra,
                t.col_cost,
                t.months_per_citizen,
            ]
            .map(str::to_owned)
            .to_vec(),
            rows,
            emphasise_last: false,
        };
        Some(ChartData {
            points: readouts(t.cost_point, &table),
            axes: [
                format!("{} ({})", t.annual_cost, (t.magnitude)(drawing.unit)),
                right.to_owned(),
                t.chart_caseload_axis.to_owned(),
            ],
            drawing,
            summary,
            picks: c.points.iter().map(|p| p.caseload).collect(),
            active: c.target,
            table,
        })
    })
}

/// Makes `caseload` the target: every group's caseload times the same
/// factor, to one decimal ([`staffable`], as the goal panel's answer).
fn pick(state: &AppState, caseload: f64) -> bool {
    let lang = state.lang.get_untracked();
    let Some(targets) = state
        .evaluation
        .with_untracked(|e| e.scenario.as_ref().map(|s| targets_at(s, caseload)))
    else {
        return false;
    };
    state.form.update(|f| {
        let ids: Vec<u32> = f.groups.iter().map(|g| g.id).collect();
        for (id, target) in ids.into_iter().zip(targets) {
            f.set_value(FieldId::Target(id), staffable(target), lang);
        }
    });
    true
}
