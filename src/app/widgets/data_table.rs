//! Every read-only table of the page (per group, budget, DS norms): a
//! caption, column headers and rows of cells given as data.
//!
//! One component for all of them means Leptos compiles table code once; the
//! tables are real `<table>`s, so they can be selected and pasted into a
//! spreadsheet, and each number cell carries its unrounded value in
//! `data-value` for embedding hosts and tests.
//!
//! The table follows a memo of its data in place: typing a number rewrites
//! only the cells whose text or value changed, instead of replacing every
//! element of every table on each keystroke (issue 6, input latency).

use leptos::prelude::*;

use crate::app::browser::number::plain_js;

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

/// A column header longer than this many characters gets the class
/// `long`: a wider minimum, so in a table that scrolls sideways on a phone
/// it wraps into a few lines, not one word a line.
const LONG_HEADER: usize = 30;

impl TableData {
    /// What decides the table's elements: the table with every text blanked
    /// and every number zeroed (a number cell stays a number cell). The
    /// elements are rebuilt only when this changes (rows added or removed, a
    /// column turning numeric); an edit that changes numbers only rewrites
    /// the text nodes and `data-value`s whose values differ. The same type as
    /// the table, so its memo costs no extra code; a header keeps only
    /// whether it is long ("long" or "").
    fn shape(&self) -> TableData {
        let blank = |c: &Cell| Cell {
            text: String::new(),
            value: c.value.map(|_| 0.0),
        };
        TableData {
            id: self.id,
            caption: String::new(),
            // Only whether each header is long (see `LONG_HEADER`).
            headers: self
                .headers
                .iter()
                .map(|h| {
                    let long = h.chars().count() > LONG_HEADER;
                    if long { "long" } else { "" }.to_owned()
                })
                .collect(),
            rows: self
                .rows
                .iter()
                .map(|r| Row {
                    key: r.key.clone(),
                    header: String::new(),
                    cells: r.cells.iter().map(blank).collect(),
                })
                .collect(),
            emphasise_last: self.emphasise_last,
        }
    }
}

/// Where a text sits in the table. One position type, so that every text
/// node of every table shares one reactive closure.
#[derive(Clone, Copy)]
enum At {
    Caption,
    /// Column header; 0 is the corner over the row headers.
    Header(usize),
    RowHeader(usize),
    Cell(usize, usize),
}

impl At {
    /// The text there, or "" while the shape is being replaced and the
    /// position no longer exists.
    fn text(self, t: &TableData) -> String {
        let text = match self {
            At::Caption => Some(&t.caption),
            At::Header(i) => t.headers.get(i),
            At::RowHeader(r) => t.rows.get(r).map(|r| &r.header),
            At::Cell(r, c) => cell(t, r, c).map(|c| &c.text),
        };
        text.cloned().unwrap_or_default()
    }
}

fn cell(t: &TableData, row: usize, column: usize) -> Option<&Cell> {
    t.rows.get(row)?.cells.get(column)
}

/// A read-only table that follows `table`: `None` renders nothing.
#[component]
pub fn DataTable(table: Memo<Option<TableData>>) -> impl IntoView {
    let shape = Memo::new(move |_| table.with(|t| t.as_ref().map(TableData::shape)));
    let text =
        move |at: At| move || table.with(|t| t.as_ref().map(|t| at.text(t)).unwrap_or_default());
    let value = move |r: usize, c: usize| {
        move || table.with(|t| cell(t.as_ref()?, r, c)?.value.map(plain_js))
    };
    move || {
        let TableData {
            id,
            headers,
            rows,
            emphasise_last,
            ..
        } = shape.get()?;
        // Number columns (any number cell in them) are right-aligned,
        // headers and text cells ("–", "Ikke nødvendigt") included.
        let numeric = |c: usize| {
            rows.iter()
                .any(|r| r.cells.get(c).is_some_and(|c| c.value.is_some()))
        };
        let caption_id = format!("{id}-caption");
        let labelled_by = caption_id.clone();
        Some(view! {
            // Focusable so keyboard users can scroll it when it is wider than
            // the screen (axe: scrollable-region-focusable).
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby=labelled_by>
                <table class="data" class:emphasise-last=emphasise_last data-testid=id>
                    <caption id=caption_id>{text(At::Caption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{text(At::Header(0))}</th>
                            {(1..headers.len())
                                .map(|i| {
                                    view! {
                                        <th scope="col" class:num=numeric(i - 1) class:long=!headers[i].is_empty()>
                                            {text(At::Header(i))}
                                        </th>
                                    }
                                })
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {rows
                            .iter()
                            .enumerate()
                            .map(|(r, row)| {
                                view! {
                                    <tr data-testid=row.key.clone()>
                                        <th scope="row">{text(At::RowHeader(r))}</th>
                                        {(0..row.cells.len())
                                            .map(|c| {
                                                view! {
                                                    <td class:num=numeric(c) data-value=value(r, c)>
                                                        {text(At::Cell(r, c))}
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
        })
    }
}
