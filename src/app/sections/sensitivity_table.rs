//! "What if the assumptions are off": the payback year and the budget's net
//! effect with one assumption changed per row (see `model::sensitivity`),
//! beside the budget table and copyable like it.

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::app::widgets::data_table::{Cell, DataTable, Row, TableData};
use crate::model::number::format;
use crate::model::sensitivity::sensitivity;
use crate::model::Lang;

#[component]
pub fn SensitivityTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    let table = state.later(move || table(state, state.lang.get()));
    view! { <DataTable table=table/> }
}

fn table(state: AppState, lang: Lang) -> Option<TableData> {
    let t = lang.tb();
    state.evaluation.with(|e| {
        let (s, plan) = (e.scenario.as_ref()?, e.plan.as_ref()?);
        let outcomes = sensitivity(s, &plan.effects, &plan.settings);
        let years = plan.settings.years;
        let rows = outcomes
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let (label, reason) = (t.sensitivity_row)(o.assumption);
                let payback = match (o.total_net, o.payback_year) {
                    (None, _) => Cell::text("–"),
                    (Some(_), Some(y)) => Cell::num(y.to_string(), f64::from(y)),
                    (Some(_), None) => Cell::text((t.sensitivity_no_payback)(years)),
                };
                let net = o.total_net.map_or_else(
                    || Cell::text("–"),
                    |v| Cell::num(format((v / 1_000.0).round(), 0, lang), v),
                );
                Row {
                    key: format!("sensitivity-{i}"),
                    header: format!("{label} – {reason}"),
                    cells: vec![payback, net],
                }
            })
            .collect();
        Some(TableData {
            id: "sensitivity-table",
            caption: (t.sensitivity_caption)(plan.price_level),
            headers: vec![
                t.sensitivity_assumption.to_owned(),
                t.sensitivity_payback.to_owned(),
                (t.sensitivity_net)(years),
            ],
            rows,
            emphasise_last: false,
        })
    })
}
