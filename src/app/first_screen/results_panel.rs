//! The results: headline sentence, the key figures with their
//! machine-readable `data-value`, and the error summary.

use std::time::Duration;

use leptos::prelude::*;

use crate::app::first_screen::error_summary::ErrorSummary;
use crate::app::state::AppState;
use crate::app::text::key_figure::label;
use crate::app::text::tr;
use crate::app::widgets::figure::{Figure, Status};
use crate::i18n::{kr, mio_kr, not_needed_headline, percent};
use crate::model::budget::{EffectOutcome, Payback};
use crate::model::ds::{cut_landing, CutLanding};
use crate::model::key_figure::{KeyFigure, Unit};
use crate::model::number::format;
use crate::model::plausible::days;
use crate::model::shown::{self, Shown};
use crate::model::{BreakEven, Lang, Results};

/// How long the inputs must rest before the headline is read out to screen
/// readers, so typing "12000" is announced once, not five times.
const ANNOUNCE_DELAY: Duration = Duration::from_millis(900);

/// One key figure as the panel shows it: (its `data-value`, its text).
/// The value is the model's ([`KeyFigure::value`]); the text adds the unit
/// and, where a number says too little, words: the cost also in millions,
/// a short time also in days, "no reduction needed" for a saving.
fn figure_text(f: KeyFigure, r: &Results, lang: Lang) -> (Option<f64>, String) {
    let value = f.value(r);
    let text = match value {
        None => no_value(f, lang),
        Some(_) if f.is_break_even() && matches!(r.break_even, BreakEven::NotNeeded(_)) => {
            lang.t().not_needed.to_owned()
        }
        Some(v) => value_text(f, v, lang),
    };
    (value, text)
}

/// Why a figure has no value: only break-even can be impossible (no
/// benefit spending to save from); its first figure says so, the others a dash.
fn no_value(f: KeyFigure, lang: Lang) -> String {
    if f == KeyFigure::BreakEvenMonths {
        lang.t().no_benefit_spending.to_owned()
    } else {
        "–".to_owned()
    }
}

/// A figure's value with its unit, at the figure's precision.
fn value_text(f: KeyFigure, v: f64, lang: Lang) -> String {
    let t = lang.t();
    let unit = match f.unit() {
        Unit::Kr => return format!("{} ({})", kr(v, lang), mio_kr(v, lang)),
        Unit::Share => return percent(v, lang),
        Unit::Months if f == KeyFigure::MonthsPerCitizen => return months_with_days(v, lang),
        Unit::Months => t.months_unit,
        Unit::StaffYears => t.staff_years_unit,
        Unit::Persons => t.persons_unit,
    };
    format!("{} {unit}", format(v, f.decimals(), lang))
}

/// "0,17 måneder (ca. 5 dage)": under a month, months are hard to picture.
fn months_with_days(months: f64, lang: Lang) -> String {
    let t = lang.t();
    let text = format!(
        "{} {}",
        format(months, KeyFigure::MonthsPerCitizen.decimals(), lang),
        t.months_unit
    );
    if months <= 0.0 || months >= 1.0 {
        return text;
    }
    let days = days(months).round();
    let days = if days >= 1.0 {
        (t.about_days)(days as u32)
    } else {
        t.less_than_a_day.to_owned()
    };
    format!("{text} ({days})")
}

/// What the panel shows: the results and, when an effect was entered, what
/// the budget says about it.
#[derive(Clone, Debug, PartialEq)]
struct Answer {
    results: Results,
    effect: Option<EffectOutcome>,
}

#[component]
pub fn ResultsPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = move || state.lang.get();
    // The answer to the form as it is, or the last one while a field is
    // being retyped (marked stale; see `model::shown`).
    let shown = Memo::new(move |previous: Option<&Option<Shown<Answer>>>| {
        let now = state.results.get().map(|results| Answer {
            results,
            effect: state.effect.get(),
        });
        state
            .evaluation
            .with(|e| shown::next(previous.and_then(Option::as_ref), now, &e.errors))
    });
    let status = Signal::derive(move || {
        shown.with(|s| match s {
            None => Status::Unavailable,
            Some(s) if s.stale => Status::Stale,
            Some(_) => Status::Fresh,
        })
    });
    // One figure: Some((data-value, display text)) when the results exist.
    let figure = move |f: KeyFigure| {
        Signal::derive(move || {
            let lang = lang();
            shown.with(|s| match s {
                Some(s) => figure_text(f, &s.value.results, lang),
                None => (None, lang.t().invalid_results.to_owned()),
            })
        })
    };
    let effect = Memo::new(move |_| shown.with(|s| s.as_ref().and_then(|s| s.value.effect)));
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
        shown.with(|s| headline(s.as_ref().map(|s| &s.value.results), landing, lang()))
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
            <p class="headline" class:stale=move || status.get() == Status::Stale data-testid="headline">
                {move || headline.get()}
            </p>
            <p class="sr-only" aria-live="polite" aria-atomic="true">{move || announced.get()}</p>
            <Show when=move || status.get() == Status::Stale>
                <p class="notice" data-testid="stale-note">{tr(|t| t.stale_note)}</p>
            </Show>
            <dl class="figures">
                {KeyFigure::ALL
                    .map(|f| {
                        view! { <Figure testid=f.id() label=label(f) value=figure(f) status=status/> }
                    })
                    .collect_view()}
            </dl>
            <Show when=move || effect.get().is_some()>
                <EffectFigures effect=effect status=status/>
            </Show>
            <Glossary/>
            <ErrorSummary/>
        </section>
    }
}

/// The words of budgets and benefits explained where they first appear.
#[component]
fn Glossary() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <details class="glossary" data-testid="glossary">
            <summary>{tr(|t| t.glossary_summary)}</summary>
            <dl>
                {move || {
                    state
                        .lang
                        .get()
                        .t()
                        .glossary
                        .iter()
                        .map(|&(term, meaning)| view! { <dt>{term}</dt> <dd>{meaning}</dd> })
                        .collect_view()
                }}
            </dl>
        </details>
    }
}

/// What the expected effect brings over the budget's years: the payback
/// year and the net effect, here beside the question, not only in the
/// budget table far below.
#[component]
fn EffectFigures(effect: Memo<Option<EffectOutcome>>, status: Signal<Status>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let value = move |f: fn(&EffectOutcome, Lang) -> (Option<f64>, String)| {
        Signal::derive(move || {
            let lang = state.lang.get();
            effect.with(|e| e.as_ref().map(|e| f(e, lang)).unwrap_or_default())
        })
    };
    let heading = move || {
        let t = state.lang.get().t();
        effect.with(|e| e.map(|e| (t.effect_heading)(e.first_year, e.last_year)))
    };
    view! {
        <h3 class="effect-heading" data-testid="effect-heading">{heading}</h3>
        <dl class="figures" data-testid="effect-figures">
            <Figure
                testid="payback-year"
                label=|t| t.payback_label
                value=value(|e, l| match e.payback {
                    Payback::In(year) => (Some(f64::from(year)), (l.t().payback_year)(year)),
                    Payback::NotWithin(years) => (None, (l.t().payback_not_within)(years)),
                    Payback::NoEffectGiven => (None, String::new()),
                })
                status=status
            />
            <Figure
                testid="net-effect"
                label=|t| t.net_effect_label
                value=value(|e, l| {
                    let amount = kr(e.total_net.abs(), l);
                    let text = if e.total_net <= 0.0 {
                        (l.t().net_saving)(&amount)
                    } else {
                        (l.t().net_extra_cost)(&amount)
                    };
                    (Some(e.total_net), text)
                })
                status=status
            />
        </dl>
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
