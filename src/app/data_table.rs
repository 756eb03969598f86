//! Every read-only table of the page (per group, budget, DS norms): a
//! caption, column headers and rows of cells given as data.
//!
//! One component for all of them means Leptos compiles table code once; the
//! tables are real `<table>`s, so they can be selected and pasted into a
//! spreadsheet, and each number cell carries its unrounded value in
//! `data-value` for embedding hosts and tests.

use leptos::prelude::*;

use super::figure::plain_js;

/// One cell: the text shown and, for amounts, the unrounded number.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub text: String,
    pub value: Option<f64>,
}

impl Cell {
    /// A number cell.
    pub fn num(text: String, value: f64) -> Cell {
        Cell {
            text,
            value: Some(value),
        }
    }

    /// A text cell.
    pub fn text(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            value: None,
        }
    }
}

/// One row: `data-testid` key, the row header, the cells.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub key: String,
    pub header: String,
    pub cells: Vec<Cell>,
}

/// A whole table.
#[derive(Clone, Debug, PartialEq)]
pub struct TableData {
    /// Used for the caption's id and the table's `data-testid`.
    pub id: &'static str,
    pub caption: String,
    /// Column headers, the first one over the row headers.
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
    /// Make the last row stand out (totals, net effect).
    pub emphasise_last: bool,
}

#[component]
pub fn DataTable(table: TableData) -> impl IntoView {
    let caption_id = format!("{}-caption", table.id);
    let labelled_by = caption_id.clone();
    let TableData {
        id,
        caption,
        headers,
        rows,
        emphasise_last,
    } = table;
    // Number columns (any number cell in them) are right-aligned, headers
    // and text cells ("–", "Ikke nødvendigt") included.
    let columns = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let numeric: Vec<bool> = (0..columns)
        .map(|i| {
            rows.iter()
                .any(|r| r.cells.get(i).is_some_and(|c| c.value.is_some()))
        })
        .collect();
    let mut headers = headers.into_iter();
    let corner = headers.next().unwrap_or_default();
    view! {
        // Focusable so keyboard users can scroll it when it is wider than
        // the screen (axe: scrollable-region-focusable).
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby=labelled_by>
            <table class="data" class:emphasise-last=emphasise_last data-testid=id>
                <caption id=caption_id>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{corner}</th>
                        {headers
                            .zip(numeric.iter().copied().chain(std::iter::repeat(false)))
                            .map(|(h, num)| view! { <th scope="col" class:num=num>{h}</th> })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|row| {
                            view! {
                                <tr data-testid=row.key>
                                    <th scope="row">{row.header}</th>
                                    {row
                                        .cells
                                        .into_iter()
                                        .zip(numeric.iter().copied().chain(std::iter::repeat(false)))
                                        .map(|(c, num)| {
                                            view! {
                                                <td class:num=num data-value=c.value.map(plain_js)>
                                                    {c.text}
                                                </td>
                                            }
                                        })
                                        .collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
