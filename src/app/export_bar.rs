//! Export: the results and the budget table as tab-separated text that
//! pastes into a spreadsheet as cells, everything as one CSV file, and the
//! print report; on the full page also the "Embed" dialog.
//!
//! The tables are exported from the same [`TableData`] the page renders, so
//! the file says what the screen says; `model::export` writes the text
//! (number format, separators, quoting: see there and the README).

use leptos::prelude::*;

use super::budget_table::budget_data;
use super::clipboard::{copy_text, select_all};
use super::data_table::TableData;
use super::download::download;
use super::embed_dialog::EmbedDialog;
use super::group_results_table::per_group_data;
use super::{tr, AppState, Embedded, Pick};
use crate::model::embed::result_fields;
use crate::model::export::{write, Format};
use crate::model::number::format;
use crate::model::Lang;

/// Cell texts, row by row.
type Rows = Vec<Vec<String>>;

/// For each figure of [`result_fields`], in its order: label, decimals as
/// on the page, unit, and the factor from the value to the number shown.
const RESULT_ROWS: [(Pick, usize, Pick, f64); 8] = [
    (|t| t.extra_staff, 1, |t| t.staff_years_unit, 1.0),
    (|t| t.annual_cost, 0, |t| t.unit_kr, 1.0),
    (|t| t.break_even_months, 0, |t| t.months_unit, 1.0),
    (|t| t.months_per_citizen, 2, |t| t.months_unit, 1.0),
    (|t| t.reduction_share, 1, |_| "%", 100.0),
    (|t| t.persons_off_benefits, 1, |t| t.persons_unit, 1.0),
    (|t| t.staff_now, 1, |t| t.staff_years_unit, 1.0),
    (|t| t.staff_target, 1, |t| t.staff_years_unit, 1.0),
];

const FALLBACK_ID: &str = "export-text";

#[component]
pub fn ExportBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    // In embed mode there is no "Embed" button: the page is already one.
    let embedded = use_context::<Embedded>().is_some_and(|e| e.0);
    let status: RwSignal<Option<Pick>> = RwSignal::new(None);
    let fallback: RwSignal<Option<String>> = RwSignal::new(None);
    let copy = move |rows: fn(AppState, Lang) -> Option<Rows>| {
        let lang = state.lang.get_untracked();
        let Some(rows) = rows(state, lang) else {
            return;
        };
        let text = write(&rows, Format::Tsv, lang);
        status.set(None);
        fallback.set(None);
        copy_text(&text.clone(), move |ok| {
            if ok {
                status.set(Some(|t| t.copied));
            } else {
                fallback.set(Some(text));
                status.set(Some(|t| t.copy_failed));
                request_animation_frame(|| select_all(FALLBACK_ID));
            }
        });
    };
    let save_csv = move |_| {
        let lang = state.lang.get_untracked();
        let text = write(&csv_rows(state, lang), Format::Csv, lang);
        download(lang.t().csv_file_name, "text/csv;charset=utf-8", &text);
    };
    view! {
        <section class="card export" aria-labelledby="export-heading" data-testid="export">
            <h2 id="export-heading">{tr(|t| t.export_heading)}</h2>
            <p class="hint">{tr(|t| t.export_hint)}</p>
            <div class="button-row">
                <button
                    type="button"
                    class="secondary"
                    data-testid="copy-results"
                    disabled=move || state.results.with(Option::is_none)
                    on:click=move |_| copy(results_rows)
                >
                    {tr(|t| t.copy_results)}
                </button>
                <button
                    type="button"
                    class="secondary"
                    data-testid="copy-budget"
                    disabled=move || !state.budget.with(|b| matches!(b, Some(Ok(_))))
                    on:click=move |_| copy(budget_rows)
                >
                    {tr(|t| t.copy_budget)}
                </button>
                <button type="button" class="secondary" data-testid="download-csv" on:click=save_csv>
                    {tr(|t| t.download_csv)}
                </button>
                <button
                    type="button"
                    class="secondary"
                    data-testid="print"
                    on:click=|_| {
                        let _ = window().print();
                    }
                >
                    {tr(|t| t.print)}
                </button>
                {(!embedded).then(|| view! { <EmbedDialog/> })}
            </div>
            <p role="status" data-testid="export-status">
                {move || status.get().map(|pick| pick(state.lang.get().t()))}
            </p>
            {move || {
                fallback
                    .get()
                    .map(|text| {
                        view! {
                            <div class="field">
                                <label for=FALLBACK_ID>{tr(|t| t.export_text_label)}</label>
                                <textarea id=FALLBACK_ID readonly rows="6" prop:value=text></textarea>
                            </div>
                        }
                    })
            }}
        </section>
    }
}

/// The key figures: label, value as on the page, unit.
fn results_rows(state: AppState, lang: Lang) -> Option<Rows> {
    let t = lang.t();
    state.results.with_untracked(|r| {
        let mut rows = vec![
            vec![t.results_heading.to_owned()],
            [t.col_figure, t.col_value, t.col_unit]
                .map(str::to_owned)
                .to_vec(),
        ];
        for ((_, value), (label, decimals, unit, factor)) in
            result_fields(r.as_ref()?).into_iter().zip(RESULT_ROWS)
        {
            let value =
                value.map_or_else(|| "–".to_owned(), |v| format(v * factor, decimals, lang));
            rows.push(vec![label(t).to_owned(), value, unit(t).to_owned()]);
        }
        Some(rows)
    })
}

/// The budget table and its payback line.
fn budget_rows(state: AppState, lang: Lang) -> Option<Rows> {
    let (table, payback) = untrack(|| budget_data(state, lang))?.ok()?;
    let mut rows = table_rows(&table);
    rows.push(vec![payback]);
    Some(rows)
}

/// A table as on the page: caption, column headers, rows.
fn table_rows(table: &TableData) -> Rows {
    let mut rows = vec![vec![table.caption.clone()], table.headers.clone()];
    rows.extend(table.rows.iter().map(|row| {
        let mut line = vec![row.header.clone()];
        line.extend(row.cells.iter().map(|c| c.text.clone()));
        line
    }));
    rows
}

/// The target groups and the cost per staff year as typed.
fn scenario_rows(state: AppState, lang: Lang) -> Rows {
    let t = lang.t();
    let mut rows = vec![[
        t.col_group,
        t.label_headcount,
        t.label_current,
        t.label_target,
        t.label_benefit,
    ]
    .map(str::to_owned)
    .to_vec()];
    state.form.with_untracked(|f| {
        rows.extend(f.groups.iter().map(|g| {
            vec![
                untrack(|| state.group_label(g.id)),
                g.headcount.clone(),
                g.current.clone(),
                g.target.clone(),
                (t.benefit_name)(g.benefit).to_owned(),
            ]
        }));
        rows.push(vec![t.label_cost.to_owned(), f.cost_per_staff_year.clone()]);
    });
    rows
}

/// The CSV file: title, scenario, results, per-group table, budget; an
/// empty line between the blocks. Blocks that cannot be computed are left
/// out.
fn csv_rows(state: AppState, lang: Lang) -> Rows {
    let mut rows = vec![vec![lang.t().page_title.to_owned()], vec![]];
    let blocks = [
        Some(scenario_rows(state, lang)),
        results_rows(state, lang),
        untrack(|| per_group_data(state)).map(|t| table_rows(&t)),
        budget_rows(state, lang),
    ];
    for block in blocks.into_iter().flatten() {
        rows.extend(block);
        rows.push(vec![]);
    }
    rows
}
