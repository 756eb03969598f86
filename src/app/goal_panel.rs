//! Goal seeking, the questions asked before a budget meeting: what caseload
//! a budget buys, what cost per staff year a published proposal implies, and
//! how many citizens a number of new caseworkers can cover.

use leptos::prelude::*;

use super::budget_section::Fields;
use super::{tr, AppState, Pick};
use crate::i18n::kr;
use crate::model::form::DEFAULT_COST_PER_STAFF_YEAR;
use crate::model::goal::{caseload_for_budget, check_proposal, new_staff, DEFAULT_REFERENCE_COST};
use crate::model::number::format;
use crate::model::{FieldId, Scenario};

const GOAL_FIELDS: [(FieldId, Pick); 3] = [
    (FieldId::GoalBudget, |t| t.label_goal_budget),
    (FieldId::GoalPublished, |t| t.label_goal_published),
    (FieldId::GoalStaff, |t| t.label_goal_staff),
];

#[component]
pub fn GoalPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Each answer: None when not asked or when the scenario is invalid.
    let with_goal = move |f: fn(&Scenario, f64, crate::model::Lang) -> String,
                          pick: fn(&crate::model::form::Goals) -> Option<f64>| {
        move || {
            let lang = state.lang.get();
            state
                .evaluation
                .with(|e| Some(f(e.scenario.as_ref()?, pick(&e.goals)?, lang)))
        }
    };
    let budget_targets = move || {
        state.evaluation.with(|e| {
            let s = e.scenario.as_ref()?;
            caseload_for_budget(s, e.goals.budget?)
                .ok()
                .map(|sol| sol.targets)
        })
    };
    let apply = move |_| {
        let Some(targets) = budget_targets() else {
            return;
        };
        let lang = state.lang.get_untracked();
        state.form.update(|f| {
            let ids: Vec<u32> = f.groups.iter().map(|g| g.id).collect();
            for (id, target) in ids.into_iter().zip(targets) {
                // One decimal: a caseload people can staff by.
                f.set_value(FieldId::Target(id), (target * 10.0).round() / 10.0, lang);
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="goal-heading">
            <h2 id="goal-heading">{tr(|t| t.goal_heading)}</h2>
            <p class="hint">{tr(|t| t.goal_intro)}</p>
            <Fields fields=&GOAL_FIELDS/>
            <div class="goal-answers" aria-live="polite">
                {move || {
                    with_goal(budget_answer, |g| g.budget)()
                        .map(|text| {
                            view! {
                                <p data-testid="goal-budget-answer">{text}</p>
                                <button type="button" class="secondary" data-testid="apply-targets" on:click=apply>
                                    {tr(|t| t.apply_targets)}
                                </button>
                            }
                        })
                }}
                <p data-testid="goal-published-answer">{with_goal(published_answer, |g| g.published)}</p>
                <p data-testid="goal-staff-answer">{with_goal(staff_answer, |g| g.staff)}</p>
            </div>
        </section>
    }
}

fn budget_answer(s: &Scenario, budget: f64, lang: crate::model::Lang) -> String {
    let t = lang.t();
    match caseload_for_budget(s, budget) {
        Ok(sol) => {
            let list: Vec<String> = s
                .groups
                .iter()
                .zip(&sol.targets)
                .map(|(g, target)| {
                    format!(
                        "{} → {}",
                        format(g.current, 1, lang),
                        format(*target, 1, lang)
                    )
                })
                .collect();
            format!("{} {}.", t.goal_budget_answer, list.join("; "))
        }
        Err(e) => (t.goal_error)(&e),
    }
}

fn published_answer(s: &Scenario, published: f64, lang: crate::model::Lang) -> String {
    let t = lang.t();
    match check_proposal(published, &s.groups, DEFAULT_REFERENCE_COST) {
        Ok(c) => format!(
            "{} {}",
            (t.goal_check_answer)(
                &kr(c.implied_cost_per_staff_year, lang),
                &format(c.extra_staff, 2, lang)
            ),
            (t.plausibility)(c.plausibility, &kr(DEFAULT_COST_PER_STAFF_YEAR, lang)),
        ),
        Err(e) => (t.goal_error)(&e),
    }
}

fn staff_answer(s: &Scenario, staff: f64, lang: crate::model::Lang) -> String {
    let t = lang.t();
    match new_staff(s, staff) {
        Ok(n) => (t.goal_staff_answer)(
            &format(staff, 1, lang),
            &format(n.citizens_covered, 0, lang),
            &format(n.target_caseload, 1, lang),
            &format(n.caseload_now, 1, lang),
            &format(n.caseload_after, 1, lang),
        ),
        Err(e) => (t.goal_error)(&e),
    }
}
