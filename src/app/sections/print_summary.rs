//! For print only: the rest of the conclusion under the key figures, so
//! that the first printed page answers a meeting's questions: when the
//! effort pays back, where the caseloads land against DS's recommendation,
//! the scenario in one line and the link to it (written out in full, so it
//! wraps on paper; the share bar's field would cut it).
//!
//! Hidden on screen (`.print-only`); the stylesheet prints it right after
//! the results and before the inputs (`@media print`). It is one of the
//! sections below the key figures ([`crate::app::chunks::below`]), so it costs the first
//! load nothing.

use leptos::prelude::*;

use crate::app::browser::persist;
use crate::app::sections::budget_table::budget_data;
use crate::app::state::AppState;
use crate::app::text::trb;
use crate::i18n::kr;
use crate::model::ds::{scenario_norms, Position};
use crate::model::number::{format, format_trimmed};

#[component]
pub fn PrintSummary() -> impl IntoView {
    let state = expect_context::<AppState>();
    // [payback, DS, scenario]; `None` while the scenario is invalid (the
    // results above say why).
    let lines = state.later(move || {
        let lang = state.lang.get();
        let t = lang.tb();
        let (ids, areas): (Vec<u32>, Vec<_>) = state
            .form
            .with(|f| f.groups.iter().map(|g| (g.id, g.ds_area)).unzip());
        let names: Vec<String> = ids.iter().map(|&id| state.group_label(id)).collect();
        let payback = match budget_data(state, lang)? {
            Ok((_, payback)) => payback,
            Err(why) => why.to_owned(),
        };
        state.evaluation.with(|e| {
            let (s, plan) = (e.scenario.as_ref()?, e.plan.as_ref()?);
            let n = |v: f64| format_trimmed(v, 1, lang);
            let groups: Vec<String> = s
                .groups
                .iter()
                .zip(&names)
                .map(|(g, name)| {
                    (t.print_group)(name, &n(g.headcount), &n(g.current), &n(g.target))
                })
                .collect();
            let first = plan.settings.start_year;
            let last = first + plan.settings.years.saturating_sub(1) as i32;
            let scenario = (t.print_scenario)(
                &groups.join("; "),
                &kr(s.cost_per_staff_year, lang),
                first,
                last,
                plan.price_level,
            );
            let ds: Vec<String> = scenario_norms(s, &areas)
                .iter()
                .zip(s.groups.iter().zip(&names))
                .map(|(norm, (g, name))| match norm {
                    Some(norm) => {
                        let r = norm.area.range();
                        let at =
                            |c: f64, p: Position| format!("{} ({})", n(c), (t.position_name)(p));
                        (t.print_ds)(
                            name,
                            &format!("{}–{}", format(r.min, 0, lang), format(r.max, 0, lang)),
                            &at(g.current, norm.current),
                            &at(g.target, norm.target),
                        )
                    }
                    None => format!("{name}: {}", t.print_ds_none),
                })
                .collect();
            Some([
                payback,
                format!("{}: {}.", t.ds_heading, ds.join("; ")),
                scenario,
            ])
        })
    });
    let link = state.later(move || persist::share_link(&persist::pairs(state)));
    view! {
        <div class="print-only print-summary" data-testid="print-summary">
            {move || {
                lines
                    .get()
                    .map(|[payback, ds, scenario]| {
                        view! {
                            <p class="payback" data-testid="print-payback">{payback}</p>
                            <p data-testid="print-ds">{ds}</p>
                            <p data-testid="print-scenario">{scenario}</p>
                        }
                    })
            }}
            <p data-testid="print-link">
                {trb(|t| t.link_label)} ": " <a href=move || link.get()>{move || link.get()}</a>
            </p>
        </div>
    }
}
