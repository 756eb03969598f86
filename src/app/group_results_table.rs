//! Staff years, cost and break-even per target group, with a total row: a
//! real table, so it can be selected and pasted into a spreadsheet.

use leptos::prelude::*;

use super::tr;
use super::AppState;
use crate::model::number::format;

#[component]
pub fn GroupResultsTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = move || {
        let lang = state.lang.get();
        let ids: Vec<u32> = state.form.with(|f| f.groups.iter().map(|g| g.id).collect());
        state.results.with(|r| {
            let r = r.as_ref()?;
            let months = |m: Option<f64>| m.map_or_else(|| "–".to_owned(), |m| format(m, 0, lang));
            let mut rows: Vec<[String; 6]> = ids
                .iter()
                .zip(&r.groups)
                .map(|(id, g)| {
                    [
                        state.group_label(*id),
                        format(g.staff_now, 1, lang),
                        format(g.staff_target, 1, lang),
                        format(g.extra_staff, 1, lang),
                        format(g.annual_cost, 0, lang),
                        months(g.break_even_months),
                    ]
                })
                .collect();
            let total_months: Option<f64> = r.groups.iter().map(|g| g.break_even_months).sum();
            rows.push([
                lang.t().total.to_owned(),
                format(r.staff_now, 1, lang),
                format(r.staff_target, 1, lang),
                format(r.extra_staff, 1, lang),
                format(r.annual_cost, 0, lang),
                months(total_months),
            ]);
            Some(rows)
        })
    };
    view! {
        <Show when=move || state.results.with(|r| r.is_some())>
            // Focusable so keyboard users can scroll it when it is wider than
            // the screen (axe: scrollable-region-focusable).
            <section class="card table-scroll" tabindex="0" aria-labelledby="per-group-caption">
                <table class="per-group" data-testid="per-group">
                    <caption id="per-group-caption">{tr(|t| t.per_group_caption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(|t| t.col_group)}</th>
                            <th scope="col">{tr(|t| t.col_staff_now)}</th>
                            <th scope="col">{tr(|t| t.col_staff_target)}</th>
                            <th scope="col">{tr(|t| t.col_extra)}</th>
                            <th scope="col">{tr(|t| t.col_cost)}</th>
                            <th scope="col">{tr(|t| t.col_break_even)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            rows()
                                .unwrap_or_default()
                                .into_iter()
                                .map(|[name, now, target, extra, cost, months]| {
                                    view! {
                                        <tr>
                                            <th scope="row">{name}</th>
                                            <td class="num">{now}</td>
                                            <td class="num">{target}</td>
                                            <td class="num">{extra}</td>
                                            <td class="num">{cost}</td>
                                            <td class="num">{months}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </section>
        </Show>
    }
}
