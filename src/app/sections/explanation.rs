//! "Sådan regnes der" / "How it is calculated": the current scenario's
//! formulas in words with the user's own numbers, the assumptions, and the
//! source and year of every default and of DS's ranges.
//!
//! The steps and their numbers come from [`crate::model::explain`]; the
//! sentences from `i18n`. Nothing is computed here.

use leptos::prelude::*;

use crate::app::text::rate_note::rate_note;

use crate::app::state::AppState;
use crate::app::text::trb;
use crate::i18n::explain_sentence;
use crate::model::ds::SOURCE;
use crate::model::explain::{explain, Subject};

/// One list item: the step id for `data-step` (none for plain items) and
/// the text.
type Item = (Option<&'static str>, String);

#[component]
pub fn Explanation() -> impl IntoView {
    let state = expect_context::<AppState>();
    let steps_now = move || -> Vec<Item> {
        let lang = state.lang.get();
        let t = lang.tb();
        let (ids, areas): (Vec<u32>, Vec<_>) = state
            .form
            .with(|f| f.groups.iter().map(|g| (g.id, g.ds_area)).unzip());
        let budget = state.budget.get().and_then(Result::ok);
        let lines = state.evaluation.with(|e| {
            let (s, plan) = (e.scenario.as_ref()?, e.plan.as_ref()?);
            state.results.with(|r| {
                Some(explain(
                    s,
                    r.as_ref()?,
                    &plan.effects,
                    budget.as_ref(),
                    &areas,
                ))
            })
        });
        let Some(lines) = lines else {
            return vec![(None, t.invalid_results.to_owned())];
        };
        lines
            .iter()
            .map(|l| {
                let sentence = explain_sentence(l, lang);
                let subject = match l.subject {
                    Subject::All => None,
                    Subject::Group(i) => ids.get(i).map(|&id| state.group_label(id)),
                    Subject::Benefit(b) => Some((t.benefit_name)(b).to_owned()),
                };
                let text = match subject {
                    Some(name) => format!("{name}: {sentence}"),
                    None => sentence,
                };
                (Some(l.step.id()), text)
            })
            .collect()
    };
    // The steps follow the page one paint late (`AppState::later`), like
    // the charts: a long text far below the figures need not be rewritten
    // between a keystroke and its figures. Memos: a list whose texts did
    // not change (the assumptions, the sources while typing) is left alone.
    let assumptions = move |_: Option<&Vec<Item>>| -> Vec<Item> {
        let t = state.lang.get().tb();
        t.explain_assumptions
            .iter()
            .map(|&a| (None, a.to_owned()))
            .collect()
    };
    let sources = move |_: Option<&Vec<Item>>| -> Vec<Item> {
        let lang = state.lang.get();
        let t = lang.tb();
        let mut out = vec![t.cost_hint.to_owned()];
        for b in state.form.with(|f| f.benefits_in_use()) {
            let in_use = state
                .form
                .with(|f| rate_note(f, b, lang))
                .unwrap_or_default();
            out.push(format!(
                "{}: {} {in_use}",
                (t.benefit_name)(b),
                (t.benefit_source)(b)
            ));
        }
        out.push(t.explain_reimbursement_source.to_owned());
        out.push((t.ds_source)(
            SOURCE.revised_year,
            u16::from(SOURCE.revised_month),
        ));
        out.push(t.explain_realism_source.to_owned());
        if let Some(p) = state.preset.get() {
            out.push(format!("{}: {}", p.name.get(lang), p.source.get(lang)));
        }
        out.into_iter().map(|s| (None, s)).collect()
    };
    view! {
        <section class="card explain" aria-labelledby="explain-heading">
            <h2 id="explain-heading">{trb(|t| t.explain_heading)}</h2>
            <p class="hint">{trb(|t| t.explain_intro)}</p>
            <List items=state.later(steps_now) testid="explain-steps"/>
            <h3>{trb(|t| t.explain_assumptions_heading)}</h3>
            <List items=Memo::new(assumptions) testid="explain-assumptions"/>
            <h3>{trb(|t| t.explain_sources_heading)}</h3>
            <List items=Memo::new(sources) testid="explain-sources"/>
        </section>
    }
}

/// A bulleted list of texts, each with an optional `data-step`.
#[component]
fn List(items: Memo<Vec<Item>>, testid: &'static str) -> impl IntoView {
    view! {
        <ul data-testid=testid>
            {move || {
                items
                    .get()
                    .into_iter()
                    .map(|(step, text)| view! { <li data-step=step>{text}</li> })
                    .collect_view()
            }}
        </ul>
    }
}
