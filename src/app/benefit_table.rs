//! Rates and reimbursement of the benefits in use, with the municipality's
//! net cost per benefit month and the source of each default.

use leptos::prelude::*;

use super::number_field::NumberField;
use super::tr;
use super::AppState;
use crate::i18n::kr;
use crate::model::{BenefitKind, FieldId};

#[component]
pub fn BenefitTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Rows are rebuilt only when the set of benefits in use changes (a memo),
    // never while typing; cheaper in code than a keyed <For>.
    let in_use = Memo::new(move |_| state.form.with(|f| f.benefits_in_use()));
    view! {
        <section class="card" aria-labelledby="benefits-heading">
            <h2 id="benefits-heading">{tr(|t| t.benefits_heading)}</h2>
            <p class="hint">{tr(|t| t.benefits_hint)}</p>
            <table class="benefits stack-narrow">
                <thead>
                    <tr>
                        <th scope="col">{tr(|t| t.col_benefit)}</th>
                        <th scope="col">{tr(|t| t.col_rate)}</th>
                        <th scope="col">{tr(|t| t.col_reimbursement)}</th>
                        <th scope="col">{tr(|t| t.col_net)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        in_use
                            .get()
                            .into_iter()
                            .map(|b| view! { <BenefitRow benefit=b/> })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </section>
    }
}

#[component]
fn BenefitRow(benefit: BenefitKind) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.lang.get().t();
    let name = move || (t().benefit_name)(benefit);
    let net = move || {
        let lang = state.lang.get();
        state
            .form
            .with(|f| f.net_per_month(benefit, lang))
            .map(|v| kr(v, lang))
    };
    view! {
        <tr data-testid=format!("benefit-{}", benefit.id())>
            <th scope="row">
                {name}
                <small class="source">{move || (t().benefit_source)(benefit)}</small>
            </th>
            <td data-label=tr(|t| t.col_rate)>
                <NumberField
                    field=FieldId::MonthlyRate(benefit)
                    label=Signal::derive(move || format!("{}, {}", t().col_rate, name()))
                    label_hidden=true
                />
            </td>
            <td data-label=tr(|t| t.col_reimbursement)>
                <NumberField
                    field=FieldId::Reimbursement(benefit)
                    label=Signal::derive(move || format!("{}, {}", t().col_reimbursement, name()))
                    label_hidden=true
                />
            </td>
            <td data-label=tr(|t| t.col_net) class="num" data-testid="net-per-month">
                {move || net().unwrap_or_else(|| "–".to_owned())}
            </td>
        </tr>
    }
}
