//! The line under the budget that says which price level its amounts are
//! in and what was converted to it: the salary with the wage index, each
//! rate in use with the rate regulation, each with its years and factor.
//! A finance officer checks these before signing, so none is hidden.

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::i18n::FactorText;
use crate::model::form::Converted;
use crate::model::number::format;

#[component]
pub fn PriceFactors() -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = move || {
        let lang = state.lang.get();
        let t = lang.tb();
        state.evaluation.with(|e| {
            let plan = e.plan.as_ref()?;
            let list: Vec<FactorText> = plan
                .conversions
                .iter()
                .filter(|(_, c)| c.from != c.to)
                .map(|(what, c)| {
                    let name = match what {
                        Converted::StaffCost => t.factor_salary.to_owned(),
                        Converted::Rate(b) => (t.factor_rate)((t.benefit_name)(*b)),
                    };
                    FactorText {
                        what: name,
                        from: c.from,
                        to: c.to,
                        factor: format(c.factor, 4, lang),
                        assumed: c.assumed,
                    }
                })
                .collect();
            Some((t.price_factors)(plan.price_level, &list))
        })
    };
    view! { <p class="hint" data-testid="budget-factors">{text}</p> }
}
