//! On a phone the results come after every input, a screen or more below
//! the field being typed in. This bar keeps the key answers (extra staff
//! years, annual cost, break-even and, when known, the payback year) in
//! view at the top while the inputs are on screen: CSS makes it sticky
//! within the inputs, so it leaves with them, and shows it only where the
//! results are not beside the inputs. It is a link to the full results.
//! It is not a live region: the result panel announces the headline once.

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::i18n::mio_kr;
use crate::model::budget::Payback;
use crate::model::number::format;
use crate::model::BreakEven;

#[component]
pub fn SummaryBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let parts = move || -> Vec<String> {
        let lang = state.lang.get();
        let t = lang.t();
        state.results.with(|r| {
            let Some(r) = r else {
                return vec![t.invalid_results.to_owned()];
            };
            let mut parts = vec![
                format!("{} {}", format(r.extra_staff, 1, lang), t.staff_years_unit),
                (t.summary_cost)(&mio_kr(r.annual_cost, lang)),
            ];
            match r.break_even {
                BreakEven::Required {
                    months_per_citizen, ..
                } => parts.push((t.summary_break_even)(&format(months_per_citizen, 2, lang))),
                BreakEven::NotNeeded(_) => parts.push(t.not_needed.to_owned()),
                BreakEven::NoBenefitSpending => {}
            }
            if let Some(e) = state.effect.get() {
                parts.push(match e.payback {
                    Payback::In(year) => (t.summary_payback)(year),
                    Payback::NotWithin(years) => (t.payback_not_within)(years),
                    Payback::NoEffectGiven => return parts,
                });
            }
            parts
        })
    };
    view! {
        <a class="summary-bar" href="#results" data-testid="summary-bar">
            {move || parts().into_iter().map(|p| view! { <span>{p}</span> }).collect_view()}
        </a>
    }
}
