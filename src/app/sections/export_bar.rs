//! Export: the results and the budget table as tab-separated text that
//! pastes into a spreadsheet as cells, everything as one CSV file, and the
//! print report; on the full page also the "Embed" dialog.
//!
//! The tables are exported from the same [`TableData`] builders the page
//! renders, run on the current state, so the file says what the screen says
//! (the screen's tables catch up one paint after a keystroke; an export is
//! never behind); `model::export` writes the text
//! (number format, separators, quoting: see there and docs/export.md).
//!
//! For a finance officer pasting single blocks, every block names its unit
//! where a pasted cell keeps it: the results have a unit column, the
//! budget's column headers read "2027 (1.000 kr.)", the scenario's headers
//! carry theirs. Shares are written as fractions (0,012, unit "andel (1 =
//! 100 %)") so a spreadsheet's percent format shows them right.

use leptos::prelude::*;

use crate::app::browser::clipboard::copy_text;
use crate::app::browser::download::download;
use crate::app::browser::persist;
use crate::app::sections::budget_table::budget_data;
use crate::app::sections::copy_dialog::{CopyDialog, CopyDialogState, DialogContent, DialogText};
use crate::app::sections::embed_options::EmbedBase;
use crate::app::sections::group_results_table::per_group_data;
use crate::app::state::AppState;
use crate::app::text::key_figure::{label, unit_name};
use crate::app::text::{trb, PickB};
use crate::app::widgets::data_table::TableData;
use crate::model::export::{with_unit, write, Format};
use crate::model::key_figure::KeyFigure;
use crate::model::number::format;
use crate::model::url::codec::parse_search;
use crate::model::url::link::is_scenario_key;
use crate::model::Lang;

/// Cell texts, row by row.
type Rows = Vec<Vec<String>>;

/// The bar's signals, handed to each button's action.
#[derive(Clone, Copy)]
struct Ui {
    status: RwSignal<Option<PickB>>,
    dialog: CopyDialogState,
}

type Action = fn(AppState, Ui, &'static str);

/// Each button as data (one loop renders them all): id, label, action.
const BUTTONS: [(&str, PickB, Action); 5] = [
    (
        "copy-results",
        |t| t.copy_results,
        |s, ui, id| copy(s, ui, id, results_rows),
    ),
    (
        "copy-budget",
        |t| t.copy_budget,
        |s, ui, id| copy(s, ui, id, budget_rows),
    ),
    (CSV_BUTTON, |t| t.download_csv, |s, _, _| save_csv(s)),
    (
        "print",
        |t| t.print,
        |_, _, _| {
            let _ = window().print();
        },
    ),
    (EMBED_BUTTON, |t| t.embed_open, open_embed),
];

/// The "Download CSV" button's id, and the note on its locale that
/// describes it: the CSV follows the page language (`model::export`), so
/// the note names the locale it suits and how to get the other.
const CSV_BUTTON: &str = "download-csv";
const CSV_NOTE: &str = "csv-note";

/// The "Embed" button's id.
const EMBED_BUTTON: &str = "embed-open";

#[component]
pub fn ExportBar(
    /// In embed mode there is no "Embed" button: the page already is one.
    embedded: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let ui = Ui {
        status: RwSignal::new(None),
        dialog: CopyDialogState::new(),
    };
    view! {
        <section class="card export" aria-labelledby="export-heading" data-testid="export">
            <h2 id="export-heading">{trb(|t| t.export_heading)}</h2>
            <p class="hint">{trb(|t| t.export_hint)}</p>
            <div class="button-row">
                {BUTTONS
                    .iter()
                    .filter(|(id, _, _)| !(embedded && *id == EMBED_BUTTON))
                    .map(|&(id, label, action)| {
                        view! {
                            <button
                                type="button"
                                class="secondary"
                                id=id
                                data-testid=id
                                aria-describedby=(id == CSV_BUTTON).then_some(CSV_NOTE)
                                on:click=move |_| action(state, ui, id)
                            >
                                {trb(label)}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <p class="hint" id=CSV_NOTE data-testid=CSV_NOTE>
                {trb(|t| t.csv_locale_note)}
            </p>
            <p role="status" data-testid="export-status">
                {move || ui.status.get().map(|pick| pick(state.lang.get().tb()))}
            </p>
            <CopyDialog dialog_state=ui.dialog/>
        </section>
    }
}

/// Copies `rows` as tab-separated text; when the clipboard refuses, shows
/// the text selected in the dialog for Ctrl+C.
fn copy(state: AppState, ui: Ui, id: &'static str, rows: fn(AppState, Lang) -> Option<Rows>) {
    let lang = state.lang.get_untracked();
    let Some(rows) = rows(state, lang) else {
        ui.status.set(Some(|t| t.invalid_results));
        return;
    };
    let text = write(&rows, Format::Tsv, lang);
    ui.status.set(None);
    copy_text(&text.clone(), move |ok| {
        if ok {
            ui.status.set(Some(|t| t.copied));
        } else {
            ui.dialog.open(DialogContent {
                heading: |t| t.export_text_label,
                intro: |t| t.copy_failed,
                hint: |_| "",
                label: |t| t.export_text_label,
                text: DialogText::Fixed(text),
                opener: id,
            });
        }
    });
}

fn save_csv(state: AppState) {
    let lang = state.lang.get_untracked();
    let text = write(&csv_rows(state, lang), Format::Csv, lang);
    download(lang.tb().csv_file_name, "text/csv;charset=utf-8", &text);
}

/// The snippet for the page as it is now: the scenario from the state (the
/// address is written a moment after each change, and never in embed
/// mode), and the address's other keys (embed options, a host's own).
fn open_embed(state: AppState, ui: Ui, id: &'static str) {
    let location = window().location();
    let page = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    let mut pairs = untrack(|| persist::pairs(state));
    pairs.extend(
        parse_search(&location.search().unwrap_or_default())
            .into_iter()
            .filter(|(k, _)| !is_scenario_key(k)),
    );
    let title = state.lang.get_untracked().tb().page_title;
    ui.dialog.open(DialogContent {
        heading: |t| t.embed_heading,
        intro: |t| t.embed_intro,
        hint: |t| t.embed_options,
        label: |t| t.embed_code_label,
        text: DialogText::Embed(EmbedBase { page, pairs, title }),
        opener: id,
    });
}

/// The key figures: label, value as on the page, unit.
fn results_rows(state: AppState, lang: Lang) -> Option<Rows> {
    let t = lang.tb();
    state.results.with_untracked(|r| {
        let mut rows = vec![
            vec![t.results_heading.to_owned()],
            [t.col_figure, t.col_value, t.col_unit]
                .map(str::to_owned)
                .to_vec(),
        ];
        let r = r.as_ref()?;
        for f in KeyFigure::ALL {
            // The page's precision; a share as a fraction (0,012, not
            // 1,2 %), so a spreadsheet formats it and formulas use it.
            let value = f
                .value(r)
                .map_or_else(|| "–".to_owned(), |v| format(v, f.decimals(), lang));
            rows.push(vec![
                label(f)(t).to_owned(),
                value,
                unit_name(f.unit())(t).to_owned(),
            ]);
        }
        Some(rows)
    })
}

/// The budget table, its payback line and the rounding note. Each column
/// header carries the unit ("2027 (1.000 kr.)", "I alt (1.000 kr.)"), so a
/// column pasted on its own still says it is in thousands.
fn budget_rows(state: AppState, lang: Lang) -> Option<Rows> {
    let t = lang.tb();
    let (mut table, payback) = untrack(|| budget_data(state, lang))?.ok()?;
    table.headers = with_unit(&table.headers, t.unit_thousand_kr);
    let mut rows = table_rows(&table);
    rows.push(vec![payback]);
    rows.push(vec![t.budget_rounding_note.to_owned()]);
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

/// The target groups and the cost per staff year as typed; the caseload
/// headers carry their unit (the others name it already: "Antal borgere
/// (helårspersoner)", "Kr. pr. årsværk").
fn scenario_rows(state: AppState, lang: Lang) -> Rows {
    let t = lang.tb();
    let caseload = |label: &str| format!("{label} ({})", t.unit_caseload);
    let mut rows = vec![vec![
        t.col_group.to_owned(),
        t.label_headcount.to_owned(),
        caseload(t.label_current),
        caseload(t.label_target),
        t.label_benefit.to_owned(),
    ]];
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
    let mut rows = vec![vec![lang.tb().page_title.to_owned()], vec![]];
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
