//! Scenarios side by side: save up to three versions of the form (say
//! caseload 50, 45 and DS's middle) and compare staff, yearly cost,
//! break-even and payback in one table, next to what is on the page now.
//! A saved scenario can be loaded back into the form or removed.

use leptos::prelude::*;

use crate::app::browser::compare_store;
use crate::app::state::AppState;
use crate::app::text::trb;
use crate::app::widgets::data_table::{Cell, DataTable, Row, TableData};
use crate::i18n::kr;
use crate::model::compare::{
    default_name, summary_of, with_ds_middle, SaveError, Summary, MAX_SCENARIOS,
};
use crate::model::number::format;
use crate::model::{BreakEven, Change, Lang};

/// What the last press of a save button did, shown until the next one.
#[derive(Clone, Debug, PartialEq)]
enum Status {
    /// Saved under this name; with DS's middle, the groups (by label) that
    /// kept today's caseload because it is already at or below the middle.
    Saved(String, Vec<String>),
    Refused(SaveError),
    NoArea,
    /// Some of the scenarios kept in the browser could not be read back.
    RestoreSkipped,
}

#[component]
pub fn ScenarioCompare() -> impl IntoView {
    let state = expect_context::<AppState>();
    let name = RwSignal::new(String::new());
    let status = RwSignal::new(None::<Status>);
    if compare_store::keep(state) {
        status.set(Some(Status::RestoreSkipped));
    }

    let save = move |ds_middle: bool| {
        let lang = state.lang.get_untracked();
        let mut form = state.form.get_untracked();
        let mut chosen = name.get_untracked();
        let mut kept = Vec::new();
        if ds_middle {
            let Some(middle) = with_ds_middle(&form, lang) else {
                status.set(Some(Status::NoArea));
                return;
            };
            form = middle.form;
            kept = middle
                .kept_today
                .into_iter()
                .map(|id| state.group_label(id))
                .collect();
            if chosen.trim().is_empty() {
                chosen = lang.tb().compare_ds_middle_name.to_owned();
            }
        }
        let outcome = state.scenarios.try_update(|list| {
            list.save(&chosen, &form, lang)
                .map(|id| list.get(id).map(|s| s.name.clone()).unwrap_or_default())
        });
        status.set(outcome.map(|r| match r {
            Ok(saved) => {
                name.set(String::new());
                Status::Saved(saved, kept)
            }
            Err(e) => Status::Refused(e),
        }));
    };
    let status_text = move || {
        let t = state.lang.get().tb();
        status.get().map(|s| match s {
            Status::Saved(n, kept) if kept.is_empty() => (t.compare_saved)(&n),
            Status::Saved(n, kept) => format!(
                "{} {}",
                (t.compare_saved)(&n),
                (t.compare_ds_kept)(&kept.join(", "))
            ),
            Status::Refused(SaveError::Full) => (t.compare_full)(MAX_SCENARIOS),
            Status::Refused(SaveError::Invalid) => t.compare_invalid.to_owned(),
            Status::NoArea => t.compare_no_area.to_owned(),
            Status::RestoreSkipped => t.compare_restore_skipped.to_owned(),
        })
    };

    let saved_list = move || {
        let lang = state.lang.get();
        let t = lang.tb();
        state.scenarios.with(|list| {
            list.items
                .iter()
                .map(|s| {
                    let id = s.id;
                    let load = move |_| {
                        let lang = state.lang.get_untracked();
                        if let Some(form) = state.scenarios.with(|l| l.get(id).map(|s| s.form_in(lang))) {
                            state.form.set(form);
                            state.preset.set(None);
                        }
                    };
                    let remove = move |_| state.scenarios.update(|l| l.remove(id));
                    view! {
                        <li>
                            <button type="button" class="secondary" data-testid="compare-load" on:click=load>
                                {(t.compare_load)(&s.name)}
                            </button>
                            <button type="button" class="secondary" data-testid="compare-remove" on:click=remove>
                                {(t.compare_remove)(&s.name)}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };

    let table = state.later(move || {
        let lang = state.lang.get();
        let t = lang.tb();
        // The live column from the page's own memos, not a second evaluation.
        let live = state.evaluation.with(|e| {
            let (scenario, plan) = (e.scenario.as_ref()?, e.plan.as_ref()?);
            let budget = state.budget.get();
            state.results.with(|r| {
                let budget = budget.as_ref().and_then(|b| b.as_ref().ok());
                Some(summary_of(scenario, plan, r.as_ref()?, budget))
            })
        });
        let (names, saved): (Vec<String>, Vec<Option<Summary>>) = state.scenarios.with(|list| {
            list.items
                .iter()
                .map(|s| (s.name.clone(), s.summary()))
                .unzip()
        });
        if saved.is_empty() {
            return None;
        }
        let mut headers = vec![String::new(), t.compare_live.to_owned()];
        headers.extend(names);
        let columns: Vec<Option<Summary>> = std::iter::once(live).chain(saved).collect();
        Some(comparison(&columns, headers, lang))
    });

    view! {
        <section class="card" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{trb(|t| t.compare_heading)}</h2>
            <p class="hint">
                {trb(|t| t.compare_hint)}
                " "
                {trb(if state.keeps { |t| t.compare_kept_browser } else { |t| t.compare_kept_page })}
            </p>
            <div class="compare-controls">
                <label for="compare-name">{trb(|t| t.compare_name_label)}</label>
                <input
                    type="text"
                    id="compare-name"
                    data-testid="compare-name"
                    maxlength="80"
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
                <div class="button-row">
                    <button type="button" data-testid="compare-save" on:click=move |_| save(false)>
                        {trb(|t| t.compare_save)}
                    </button>
                    <button type="button" class="secondary" data-testid="compare-save-ds" on:click=move |_| save(true)>
                        {trb(|t| t.compare_save_ds_middle)}
                    </button>
                </div>
            </div>
            <p role="status" data-testid="compare-status">{status_text}</p>
            <DataTable table=table/>
            <ul class="compare-saved">{saved_list}</ul>
        </section>
    }
}

/// The comparison as a table: one column per scenario, one row per figure.
fn comparison(columns: &[Option<Summary>], headers: Vec<String>, lang: Lang) -> TableData {
    let t = lang.tb();
    type CellFn = fn(&Summary, Lang) -> Cell;
    let rows: [(&str, &str, CellFn); 7] = [
        ("targets", t.compare_row_targets, |s, lang| {
            Cell::text(default_name(&s.targets, lang))
        }),
        ("extra-staff", t.extra_staff, |s, lang| {
            Cell::num(format(s.extra_staff, 2, lang), s.extra_staff)
        }),
        ("annual-cost", t.annual_cost, |s, lang| {
            Cell::num(kr(s.annual_cost, lang), s.annual_cost)
        }),
        ("break-even", t.compare_row_break_even, |s, lang| {
            let t = lang.tb();
            match s.break_even {
                BreakEven::Required {
                    months_per_citizen, ..
                } => Cell::num(format(months_per_citizen, 2, lang), months_per_citizen),
                BreakEven::NotNeeded(Change::Cut(_) | Change::Mixed(_)) => {
                    Cell::text(t.compare_cut)
                }
                BreakEven::NotNeeded(_) => Cell::text(t.not_needed),
                BreakEven::NoBenefitSpending => Cell::text(t.compare_no_spending),
            }
        }),
        ("years", t.compare_row_years, |s, _| match s.budget {
            Some(b) => Cell::text(format!(
                "{}\u{2013}{}",
                b.start_year,
                b.start_year + b.years as i32 - 1
            )),
            None => Cell::text("\u{2013}"),
        }),
        ("payback", t.compare_row_payback, |s, lang| {
            let t = lang.tb();
            match s.budget {
                None => Cell::text("\u{2013}"),
                Some(b) if b.no_effect_given => Cell::text(t.compare_no_effect),
                Some(b) => match b.payback_year {
                    Some(year) => Cell::num(year.to_string(), f64::from(year)),
                    None => Cell::text((t.compare_payback_none)(b.years)),
                },
            }
        }),
        ("net", t.compare_row_net, |s, lang| match s.budget {
            Some(b) => Cell::num(kr(b.total_net, lang), b.total_net),
            None => Cell::text("\u{2013}"),
        }),
    ];
    TableData {
        id: "compare-table",
        caption: t.compare_caption.to_owned(),
        headers,
        rows: rows
            .into_iter()
            .map(|(key, header, cell)| Row {
                key: format!("compare-{key}"),
                header: header.to_owned(),
                cells: columns
                    .iter()
                    .map(|c| {
                        c.as_ref()
                            .map_or_else(|| Cell::text("\u{2013}"), |s| cell(s, lang))
                    })
                    .collect(),
            })
            .collect(),
        emphasise_last: false,
    }
}
