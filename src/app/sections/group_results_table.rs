//! Staff years, cost and break-even per target group, with a total row.

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::app::widgets::data_table::{Cell, DataTable, Row, TableData};
use crate::model::goal::own_break_even;
use crate::model::number::format;
use crate::model::BreakEven;

#[component]
pub fn GroupResultsTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    let table = state.later(move || per_group_data(state));
    // Hidden (and empty) while the scenario is invalid.
    view! {
        <section class="card" hidden=move || table.with(Option::is_none)>
            <DataTable table=table/>
        </section>
    }
}

/// The per-group table, for the page and the export; `None` while the
/// scenario is invalid.
pub fn per_group_data(state: AppState) -> Option<TableData> {
    let lang = state.lang.get();
    let t = lang.tb();
    let ids: Vec<u32> = state.form.with(|f| f.groups.iter().map(|g| g.id).collect());
    // Each group paying for its own extra staff, next to the common
    // break-even of the whole scenario in the total row.
    let own = state
        .evaluation
        .with(|e| e.scenario.as_ref().and_then(|s| own_break_even(s).ok()))
        .unwrap_or_default();
    state.results.with(|r| {
        let r = r.as_ref()?;
        let per_citizen = |b: Option<&BreakEven>| match b {
            Some(BreakEven::Required {
                months_per_citizen, ..
            }) => Cell::num(format(*months_per_citizen, 2, lang), *months_per_citizen),
            Some(BreakEven::NotNeeded(_)) => Cell::num(t.not_needed.to_owned(), 0.0),
            _ => Cell::text("–"),
        };
        let months = |m: Option<f64>| match m {
            Some(m) => Cell::num(format(m, 0, lang), m),
            None => Cell::text("–"),
        };
        let cells = |now: f64, target: f64, extra: f64, cost: f64, m: Option<f64>, own: Cell| {
            vec![
                Cell::num(format(now, 1, lang), now),
                Cell::num(format(target, 1, lang), target),
                Cell::num(format(extra, 1, lang), extra),
                Cell::num(format(cost, 0, lang), cost),
                months(m),
                own,
            ]
        };
        let mut rows: Vec<Row> = ids
            .iter()
            .zip(&r.groups)
            .enumerate()
            .map(|(i, (id, g))| Row {
                key: format!("group-{id}"),
                header: state.group_label(*id),
                cells: cells(
                    g.staff_now,
                    g.staff_target,
                    g.extra_staff,
                    g.annual_cost,
                    g.break_even_months,
                    per_citizen(own.get(i)),
                ),
            })
            .collect();
        let total_months: Option<f64> = r.groups.iter().map(|g| g.break_even_months).sum();
        rows.push(Row {
            key: "total".to_owned(),
            header: t.total.to_owned(),
            cells: cells(
                r.staff_now,
                r.staff_target,
                r.extra_staff,
                r.annual_cost,
                total_months,
                per_citizen(Some(&r.break_even)),
            ),
        });
        Some(TableData {
            id: "per-group",
            caption: t.per_group_caption.to_owned(),
            headers: [
                t.col_group,
                t.col_staff_now,
                t.col_staff_target,
                t.col_extra,
                t.col_cost,
                t.col_break_even,
                t.col_own_break_even,
            ]
            .map(str::to_owned)
            .to_vec(),
            rows,
            emphasise_last: true,
        })
    })
}
