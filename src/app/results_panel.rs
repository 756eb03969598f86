//! The results: headline sentence, the key figures with their
//! machine-readable `data-value`, and the error summary.

use std::time::Duration;

use leptos::prelude::*;

use super::error_summary::ErrorSummary;
use super::figure::Figure;
use super::tr;
use super::{AppState, Pick};
use crate::i18n::{kr, mio_kr, not_needed_headline, percent};
use crate::model::ds::{cut_landing, CutLanding};
use crate::model::number::format;
use crate::model::{BreakEven, Lang, Results};

/// How long the inputs must rest before the headline is read out to screen
/// readers, so typing "12000" is announced once, not five times.
const ANNOUNCE_DELAY: Duration = Duration::from_millis(900);

/// One key figure: (number for `data-value`, text shown) from the results.
type FigureFn = fn(&Results, Lang) -> (Option<f64>, String);

/// The key figures, in display order, as data: one `Figure` call site
/// compiles once however many figures there are.
const FIGURES: [(&str, Pick, FigureFn); 8] = [
    (
        "extra-staff-years",
        |t| t.extra_staff,
        |r, l| staff(r.extra_staff, l),
    ),
    (
        "annual-cost",
        |t| t.annual_cost,
        |r, l| {
            (
                Some(r.annual_cost),
                format!("{} ({})", kr(r.annual_cost, l), mio_kr(r.annual_cost, l)),
            )
        },
    ),
    (
        "break-even-months",
        |t| t.break_even_months,
        |r, l| match r.break_even {
            BreakEven::Required {
                months_per_year, ..
            } => (
                Some(months_per_year),
                format!("{} {}", format(months_per_year, 0, l), l.t().months_unit),
            ),
            BreakEven::NotNeeded(_) => (Some(0.0), l.t().not_needed.to_owned()),
            BreakEven::NoBenefitSpending => (None, l.t().no_benefit_spending.to_owned()),
        },
    ),
    (
        "months-per-citizen",
        |t| t.months_per_citizen,
        |r, l| {
            required(r, l, |m, _, _| {
                (m, format!("{} {}", format(m, 2, l), l.t().months_unit))
            })
        },
    ),
    (
        "reduction-share",
        |t| t.reduction_share,
        |r, l| required(r, l, |_, s, _| (s, percent(s, l))),
    ),
    (
        "persons-off-benefits",
        |t| t.persons_off_benefits,
        |r, l| {
            required(r, l, |_, _, p| {
                (p, format!("{} {}", format(p, 1, l), l.t().persons_unit))
            })
        },
    ),
    ("staff-now", |t| t.staff_now, |r, l| staff(r.staff_now, l)),
    (
        "staff-target",
        |t| t.staff_target,
        |r, l| staff(r.staff_target, l),
    ),
];

fn staff(v: f64, lang: Lang) -> (Option<f64>, String) {
    (
        Some(v),
        format!("{} {}", format(v, 1, lang), lang.t().staff_years_unit),
    )
}

#[component]
pub fn ResultsPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = move || state.lang.get();
    // One figure: Some((data-value, display text)) when the results exist.
    let figure = move |f: FigureFn| {
        Signal::derive(move || {
            let lang = lang();
            state.results.with(|r| match r {
                Some(r) => f(r, lang),
                None => (None, lang.t().invalid_results.to_owned()),
            })
        })
    };
    // Where a cut lands against DS's ranges, from the same scenario as the
    // results and the DS areas chosen in the form.
    let landing = move || {
        let areas: Vec<_> = state
            .form
            .with(|f| f.groups.iter().map(|g| g.ds_area).collect());
        state.evaluation.with(|e| {
            e.scenario
                .as_ref()
                .map_or(CutLanding::NoArea, |s| cut_landing(s, &areas))
        })
    };
    let headline = Memo::new(move |_| {
        state
            .results
            .with(|r| headline(r.as_ref(), landing, lang()))
    });

    // Read the headline out politely once input has settled.
    let announced = RwSignal::new(String::new());
    Effect::new(move |previous: Option<Option<TimeoutHandle>>| {
        if let Some(Some(handle)) = previous {
            handle.clear();
        }
        let text = headline.get();
        set_timeout_with_handle(move || announced.set(text), ANNOUNCE_DELAY).ok()
    });

    view! {
        <section id="results" class="card results" aria-labelledby="results-heading" tabindex="-1">
            <h2 id="results-heading">{tr(|t| t.results_heading)}</h2>
            <p class="headline" data-testid="headline">{move || headline.get()}</p>
            <p class="sr-only" aria-live="polite" aria-atomic="true">{move || announced.get()}</p>
            <dl class="figures">
                {FIGURES
                    .iter()
                    .map(|&(testid, label, pick)| view! { <Figure testid=testid label=label value=figure(pick)/> })
                    .collect_view()}
            </dl>
            <ErrorSummary/>
        </section>
    }
}

/// A break-even figure: (months per citizen, share, full-year persons) when
/// a reduction is required, 0 when none is needed, absent when impossible.
fn required(
    r: &Results,
    lang: Lang,
    pick: impl Fn(f64, f64, f64) -> (f64, String),
) -> (Option<f64>, String) {
    match r.break_even {
        BreakEven::Required {
            months_per_citizen,
            share,
            full_year_persons,
            ..
        } => {
            let (v, text) = pick(months_per_citizen, share, full_year_persons);
            (Some(v), text)
        }
        BreakEven::NotNeeded(_) => (Some(0.0), lang.t().not_needed.to_owned()),
        BreakEven::NoBenefitSpending => (None, "–".to_owned()),
    }
}

/// The one-sentence answer to "what must it achieve?"; for a cut, what it
/// cuts and where the new caseloads land against DS (`landing`, asked only
/// then).
fn headline(results: Option<&Results>, landing: impl Fn() -> CutLanding, lang: Lang) -> String {
    let t = lang.t();
    let Some(r) = results else {
        return format!(
            "{}. {}",
            t.invalid_results,
            t.invalid_results_list.trim_end_matches(':')
        );
    };
    match r.break_even {
        BreakEven::Required {
            months_per_citizen,
            share,
            ..
        } => {
            let mut s =
                (t.headline_required)(&format(months_per_citizen, 2, lang), &percent(share, lang));
            if r.break_even.exceeds_all_benefits() {
                s.push(' ');
                s.push_str(t.exceeds_all_benefits);
            }
            s
        }
        BreakEven::NotNeeded(change) => not_needed_headline(change, landing(), lang),
        BreakEven::NoBenefitSpending => t.no_benefit_spending.to_owned(),
    }
}
