//! Each target group against DS's recommended caseloads: where today's and
//! the target caseload lie, and what reaching the top and the middle of the
//! range would cost; with DS's source and caveats.

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::app::text::trb;
use crate::app::widgets::data_table::{Cell, DataTable, Row, TableData};
use crate::i18n::mio_kr;
use crate::model::ds::{scenario_norms, versus_proposal, SOURCE};
use crate::model::number::{format, format_trimmed};

#[component]
pub fn DsSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let table = state.later(move || {
        let lang = state.lang.get();
        let t = lang.tb();
        let (ids, areas): (Vec<u32>, Vec<_>) = state
            .form
            .with(|f| f.groups.iter().map(|g| (g.id, g.ds_area)).unzip());
        state.evaluation.with(|e| {
            let s = e.scenario.as_ref()?;
            let norms = scenario_norms(s, &areas);
            let kr = |v: f64| Cell::num(format(v, 0, lang), v);
            let mut top_total = 0.0;
            let mut middle_total = 0.0;
            let mut rows: Vec<Row> = ids
                .iter()
                .zip(&s.groups)
                .zip(&norms)
                .map(|((id, g), norm)| {
                    let cells = match norm {
                        Some(n) => {
                            top_total += n.costs.top.annual_cost;
                            middle_total += n.costs.middle.annual_cost;
                            let range = n.area.range();
                            let pos = |c: f64, p| {
                                format!("{} ({})", format(c, 0, lang), (t.position_name)(p))
                            };
                            vec![
                                Cell::text(n.area.name().get(lang)),
                                Cell::text((t.ds_range_middle)(
                                    &format(range.min, 0, lang),
                                    &format(range.max, 0, lang),
                                    &format_trimmed(range.middle(), 1, lang),
                                )),
                                Cell::text(pos(g.current, n.current)),
                                Cell::text(pos(g.target, n.target)),
                                kr(n.costs.top.annual_cost),
                                kr(n.costs.middle.annual_cost),
                            ]
                        }
                        None => {
                            let mut c = vec![Cell::text(t.ds_no_area)];
                            c.extend((0..5).map(|_| Cell::text("–")));
                            c
                        }
                    };
                    Row {
                        key: format!("ds-{id}"),
                        header: state.group_label(*id),
                        cells,
                    }
                })
                .collect();
            rows.push(Row {
                key: "ds-total".to_owned(),
                header: t.total.to_owned(),
                cells: vec![
                    Cell::text(""),
                    Cell::text(""),
                    Cell::text(""),
                    Cell::text(""),
                    kr(top_total),
                    kr(middle_total),
                ],
            });
            Some(TableData {
                id: "ds-table",
                caption: t.ds_caption.to_owned(),
                headers: [
                    t.col_group,
                    t.col_ds_area,
                    t.col_ds_range,
                    t.col_ds_today,
                    t.col_ds_target,
                    t.col_ds_top,
                    t.col_ds_middle,
                ]
                .map(str::to_owned)
                .to_vec(),
                rows,
                emphasise_last: true,
            })
        })
    });
    // Reaching DS's top and middle next to the proposal, in words.
    let versus = state.later(move || {
        let lang = state.lang.get();
        let t = lang.tb();
        let areas: Vec<_> = state
            .form
            .with(|f| f.groups.iter().map(|g| g.ds_area).collect());
        let v = state.evaluation.with(|e| {
            let s = e.scenario.as_ref()?;
            state
                .results
                .with(|r| versus_proposal(&scenario_norms(s, &areas), r.as_ref()?))
        })?;
        let line = |level, cost: f64, beyond: f64| {
            (t.ds_versus)(
                level,
                &mio_kr(cost, lang),
                &mio_kr(beyond.abs(), lang),
                beyond >= 0.0,
                &mio_kr(v.proposal, lang),
            )
        };
        Some(format!(
            "{} {}",
            line(t.ds_top_word, v.top, v.top_beyond()),
            line(t.ds_middle_word, v.middle, v.middle_beyond())
        ))
    });
    view! {
        <section class="card" aria-labelledby="ds-heading">
            <h2 id="ds-heading">{trb(|t| t.ds_heading)}</h2>
            <p class="hint">{trb(|t| t.ds_intro)}</p>
            <p data-testid="ds-versus-proposal">{move || versus.get()}</p>
            <DataTable table=table/>
            <p class="hint">{trb(|t| t.ds_caveats)}</p>
            <p class="hint">
                {move || (state.lang.get().tb().ds_source)(SOURCE.revised_year, u16::from(SOURCE.revised_month))}
            </p>
        </section>
    }
}
