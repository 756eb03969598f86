//! Staff years, cost and break-even per target group, with a total row.

use leptos::prelude::*;

use super::data_table::{Cell, DataTable, Row, TableData};
use super::AppState;
use crate::model::number::format;

#[component]
pub fn GroupResultsTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    let table = move || {
        let lang = state.lang.get();
        let t = lang.t();
        let ids: Vec<u32> = state.form.with(|f| f.groups.iter().map(|g| g.id).collect());
        state.results.with(|r| {
            let r = r.as_ref()?;
            let months = |m: Option<f64>| match m {
                Some(m) => Cell::num(format(m, 0, lang), m),
                None => Cell::text("–"),
            };
            let cells = |now: f64, target: f64, extra: f64, cost: f64, m: Option<f64>| {
                vec![
                    Cell::num(format(now, 1, lang), now),
                    Cell::num(format(target, 1, lang), target),
                    Cell::num(format(extra, 1, lang), extra),
                    Cell::num(format(cost, 0, lang), cost),
                    months(m),
                ]
            };
            let mut rows: Vec<Row> = ids
                .iter()
                .zip(&r.groups)
                .map(|(id, g)| Row {
                    key: format!("group-{id}"),
                    header: state.group_label(*id),
                    cells: cells(
                        g.staff_now,
                        g.staff_target,
                        g.extra_staff,
                        g.annual_cost,
                        g.break_even_months,
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
                ]
                .map(str::to_owned)
                .to_vec(),
                rows,
                emphasise_last: true,
            })
        })
    };
    move || table().map(|table| view! { <section class="card"><DataTable table=table/></section> })
}
