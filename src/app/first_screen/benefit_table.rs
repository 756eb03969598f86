//! Rates, the year each rate is for, and reimbursement of the benefits in
//! use, with the municipality's net cost per benefit month and the source
//! of each default.

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::app::text::rate_note::rate_note;
use crate::app::text::tr;
use crate::app::widgets::choice::Choice;
use crate::app::widgets::number_field::NumberField;
use crate::i18n::kr;
use crate::model::benefit::{catalogue_for, Duration, Funding};
use crate::model::rates;
use crate::model::{BenefitKind, FieldId};

#[component]
pub fn BenefitTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Rows are rebuilt only when the set of benefits in use changes (a memo),
    // never while typing; cheaper in code than a keyed <For>.
    let in_use = Memo::new(move |_| state.form.with(|f| f.benefits_in_use()));
    view! {
        <section class="card benefits-card" aria-labelledby="benefits-heading">
            <h2 id="benefits-heading">{tr(|t| t.benefits_heading)}</h2>
            <p class="hint">{tr(|t| t.benefits_hint)}</p>
            <table class="benefits">
                <thead>
                    <tr>
                        <th scope="col">{tr(|t| t.col_benefit)}</th>
                        <th scope="col">{tr(|t| t.col_rate)}</th>
                        <th scope="col">{tr(|t| t.col_rate_year)}</th>
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
    let funding = benefit.funding();
    let share_label = move || match funding {
        Funding::Reimbursed => t().col_reimbursement,
        Funding::CoFinanced => t().col_cofinancing,
    };
    // What the rate in use is and where it comes from (the default with
    // its basis, a catalogue rate, or the user's own), following the field.
    let note = move || {
        let lang = state.lang.get();
        state.form.with(|f| rate_note(f, benefit, lang))
    };
    // Supplements (kontanthjælp's tillæg from 2025) are listed for
    // information: they are paid on top of a rate, never a rate themselves.
    let supplements: Vec<&'static rates::CatalogueRate> =
        catalogue_for(benefit).filter(|r| !r.is_rate()).collect();
    let supplement_line = (!supplements.is_empty()).then(|| {
        let line = move || {
            let lang = state.lang.get();
            supplements
                .iter()
                .map(|r| format!("{}: {}", r.label.get(lang), kr(r.monthly, lang)))
                .collect::<Vec<_>>()
                .join("; ")
        };
        view! { <small class="source" data-testid="supplements">{line}</small> }
    });
    // Fill the rate from the year-stamped catalogue (when it has entries for
    // this benefit) and the reimbursement from the ladder.
    let rate_choice = (catalogue_for(benefit).count() > 0).then(|| {
        let options = catalogue_for(benefit)
            .filter(|r| r.is_rate())
            .map(|r| {
                (
                    r.id,
                    Signal::derive(move || r.label.get(state.lang.get()).to_owned()),
                )
            })
            .collect();
        view! {
            <Choice
                id=format!("rate-source-{}", benefit.id())
                label=Signal::derive(move || format!("{}, {}", t().label_rate_source, name()))
                none_label=Signal::derive(move || t().own_rate.to_owned())
                options=options
                selected=Signal::derive(move || {
                    state.form.with(|f| f.catalogue_match(benefit, state.lang.get()).map(|r| r.id))
                })
                on_choose=move |id: &str| {
                    if let Some(r) = rates::find(id) {
                        let lang = state.lang.get_untracked();
                        state.form.update(|f| f.apply_catalogue(r, lang));
                    }
                }
            />
        }
    });
    let duration_choice = view! {
        <Choice
            id=format!("duration-{}", benefit.id())
            label=Signal::derive(move || format!("{}, {}", t().label_duration, name()))
            none_label=Signal::derive(move || t().own_share.to_owned())
            options=Duration::ALL
                .into_iter()
                .map(|d| {
                    (
                        d.id(),
                        Signal::derive(move || match funding {
                            Funding::Reimbursed => (t().duration_name)(d).to_owned(),
                            Funding::CoFinanced => (t().cofinancing_name)(d).to_owned(),
                        }),
                    )
                })
                .collect()
            selected=Signal::derive(move || {
                state.form.with(|f| f.duration_match(benefit, state.lang.get()).map(Duration::id))
            })
            on_choose=move |id: &str| {
                if let Some(d) = Duration::from_id(id) {
                    let lang = state.lang.get_untracked();
                    state.form.update(|f| f.apply_duration(benefit, d, lang));
                }
            }
        />
    };
    view! {
        <tr data-testid=format!("benefit-{}", benefit.id())>
            <th scope="row">
                {name}
                <small class="source">{move || (t().benefit_source)(benefit)}</small>
                <small class="source" data-testid="rate-in-use">
                    {note}
                </small>
                {supplement_line}
            </th>
            <td data-label=tr(|t| t.col_rate)>
                <NumberField
                    field=FieldId::MonthlyRate(benefit)
                    label=Signal::derive(move || format!("{}, {}", t().col_rate, name()))
                    label_hidden=true
                />
                {rate_choice}
            </td>
            <td data-label=tr(|t| t.col_rate_year)>
                <NumberField
                    field=FieldId::RateYear(benefit)
                    label=Signal::derive(move || format!("{}, {}", t().col_rate_year, name()))
                    label_hidden=true
                />
            </td>
            <td data-label=share_label>
                <NumberField
                    field=FieldId::Reimbursement(benefit)
                    label=Signal::derive(move || format!("{}, {}", share_label(), name()))
                    label_hidden=true
                />
                {duration_choice}
            </td>
            <td data-label=tr(|t| t.col_net) class="num" data-testid="net-per-month">
                {move || net().unwrap_or_else(|| "–".to_owned())}
            </td>
        </tr>
    }
}
