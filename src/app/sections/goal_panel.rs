//! Goal seeking, the questions asked before a budget meeting: what caseload
//! a budget buys, what cost per staff year a published proposal implies, and
//! what caseload a number of extra caseworkers gives all the citizens.

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::app::text::{trb, PickB};
use crate::app::widgets::fields::Fields;
use crate::app::widgets::number_field::NumberField;
use crate::i18n::kr;
use crate::model::goal::{
    caseload_for_budget, check_proposal, group_caseload_for_budget, new_staff, reference_cost,
    target_changes,
};
use crate::model::number::{format, format_trimmed};
use crate::model::{FieldId, Scenario};

const OTHER_FIELDS: [(FieldId, PickB); 2] = [
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
    // The plausibility check needs the price level the proposal is in.
    let published = move || {
        let lang = state.lang.get();
        state.evaluation.with(|e| {
            let price_level = e.plan.as_ref()?.price_level;
            Some(published_answer(
                e.scenario.as_ref()?,
                e.goals.published?,
                price_level,
                lang,
            ))
        })
    };
    let budget = move || {
        let lang = state.lang.get();
        state.evaluation.with(|e| {
            let s = e.scenario.as_ref()?;
            Some(budget_answer(
                s,
                e.goals.budget?,
                e.goals.budget_group,
                lang,
            ))
        })
    };
    let apply = move |_| {
        let lang = state.lang.get_untracked();
        let Some(Ok(changes)) = state.evaluation.with_untracked(|e| {
            let s = e.scenario.as_ref()?;
            Some(target_changes(s, e.goals.budget?, e.goals.budget_group))
        }) else {
            return;
        };
        state.form.update(|f| {
            for (index, target) in changes {
                if let Some(id) = f.groups.get(index).map(|g| g.id) {
                    f.set_value(FieldId::Target(id), target, lang);
                }
            }
        });
    };
    let group_options = move || {
        let ids: Vec<u32> = state.form.with(|f| f.groups.iter().map(|g| g.id).collect());
        let chosen = state.form.with(|f| f.goal.budget_group);
        ids.into_iter()
            .map(|id| {
                view! {
                    <option value=id.to_string() prop:selected=chosen == Some(id)>
                        {state.group_label(id)}
                    </option>
                }
            })
            .collect_view()
    };
    let choose_group = move |ev| {
        let id = event_target_value(&ev).parse::<u32>().ok();
        state.form.update(|f| f.goal.budget_group = id);
    };
    view! {
        <section class="card" aria-labelledby="goal-heading">
            <h2 id="goal-heading">{trb(|t| t.goal_heading)}</h2>
            <p class="hint">{trb(|t| t.goal_intro)}</p>
            <div class="field-row">
                <NumberField
                    field=FieldId::GoalBudget
                    label=Signal::derive(move || state.lang.get().tb().label_goal_budget.to_owned())
                />
                <div class="field">
                    <label for="goal-group">{trb(|t| t.label_goal_group)}</label>
                    <select id="goal-group" data-testid="goal-group" on:change=choose_group>
                        <option value="" prop:selected=move || state.form.with(|f| f.goal.budget_group.is_none())>
                            {trb(|t| t.goal_all_groups)}
                        </option>
                        {group_options}
                    </select>
                </div>
            </div>
            <Fields fields=&OTHER_FIELDS/>
            <div class="goal-answers" aria-live="polite">
                {move || {
                    budget()
                        .map(|text| {
                            view! {
                                <p data-testid="goal-budget-answer">{text}</p>
                                <button type="button" class="secondary" data-testid="apply-targets" on:click=apply>
                                    {trb(|t| t.apply_targets)}
                                </button>
                            }
                        })
                }}
                <p data-testid="goal-published-answer">{published}</p>
                <p data-testid="goal-staff-answer">{with_goal(staff_answer, |g| g.staff)}</p>
            </div>
        </section>
    }
}

fn budget_answer(
    s: &Scenario,
    budget: f64,
    group: Option<usize>,
    lang: crate::model::Lang,
) -> String {
    let t = lang.tb();
    if let Some(index) = group {
        return match group_caseload_for_budget(s, index, budget) {
            Ok(sol) => {
                let g = &s.groups[index];
                let name = if g.name.trim().is_empty() {
                    (t.group_default_name)(index + 1)
                } else {
                    g.name.clone()
                };
                (t.goal_group_budget_answer)(
                    &name,
                    &format_trimmed(g.current, 1, lang),
                    &format(sol.target, 1, lang),
                )
            }
            Err(e) => (t.goal_error)(&e),
        };
    }
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

fn published_answer(
    s: &Scenario,
    published: f64,
    price_level: i32,
    lang: crate::model::Lang,
) -> String {
    let t = lang.tb();
    let reference = reference_cost(price_level);
    match check_proposal(published, &s.groups, reference) {
        Ok(c) => format!(
            "{} {}",
            (t.goal_check_answer)(
                &kr(c.implied_cost_per_staff_year, lang),
                &format(c.extra_staff, 2, lang)
            ),
            (t.plausibility)(c.plausibility, &kr(reference, lang), price_level),
        ),
        Err(e) => (t.goal_error)(&e),
    }
}

fn staff_answer(s: &Scenario, staff: f64, lang: crate::model::Lang) -> String {
    let t = lang.tb();
    match new_staff(s, staff) {
        Ok(n) => {
            let mut text = (t.goal_staff_answer)(
                &format_trimmed(staff, 1, lang),
                &format_trimmed(n.citizens, 1, lang),
                &format_trimmed(n.caseload_now, 1, lang),
                &format_trimmed(n.caseload_after, 1, lang),
            );
            // Only a target below today's takes extra staff to compare with.
            if n.staff_for_target > 0.0 {
                text.push(' ');
                text.push_str(&(t.goal_staff_target)(
                    &format_trimmed(n.target_caseload, 1, lang),
                    &format(n.staff_for_target, 1, lang),
                ));
            }
            text
        }
        Err(e) => (t.goal_error)(&e),
    }
}
