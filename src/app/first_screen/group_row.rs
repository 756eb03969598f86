//! One target group: name, headcount, today's and target caseload, benefit.

use leptos::prelude::*;

use crate::app::browser::focus::focus_after_render;
use crate::app::state::AppState;
use crate::app::text::tr;
use crate::app::widgets::number_field::NumberField;
use crate::model::ds::Area;
use crate::model::number::format_trimmed;
use crate::model::{BenefitKind, EffectUnit, FieldId, FieldKind};

#[component]
pub fn GroupRow(id: u32) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.lang.get().t();
    let label = Memo::new(move |_| state.group_label(id));
    let name = move || {
        state
            .form
            .with(|f| f.groups.iter().find(|g| g.id == id).map(|g| g.name.clone()))
            .unwrap_or_default()
    };
    let benefit = move || {
        state
            .form
            .with(|f| f.groups.iter().find(|g| g.id == id).map(|g| g.benefit))
            .unwrap_or(BenefitKind::Sygedagpenge)
    };
    // A memo, so the effect field is rebuilt only when the unit changes,
    // never while the user types in it.
    let unit = Memo::new(move |_| {
        state
            .form
            .with(|f| f.groups.iter().find(|g| g.id == id).map(|g| g.effect_unit))
            .unwrap_or_default()
    });
    // A change of unit converts the number (8,5 months is 70,8333 %); say
    // so beside it while the converted number stands, so nothing the user
    // typed changes without a word. (from text, from unit, to text)
    let converted = RwSignal::new(None::<(String, EffectUnit, String)>);
    let effect_text = move || {
        state
            .form
            .with(|f| {
                f.groups
                    .iter()
                    .find(|g| g.id == id)
                    .map(|g| g.effect.clone())
            })
            .unwrap_or_default()
    };
    let converted_note = move || {
        let (from, from_unit, to) = converted.get()?;
        (effect_text() == to && !to.is_empty()).then(|| {
            let t = t();
            format!(
                "{}: {from} {} = {to} {}.",
                t.effect_converted,
                (t.effect_unit_name)(from_unit),
                (t.effect_unit_name)(unit.get())
            )
        })
    };
    let removable = move || state.form.with(|f| f.groups.len() > 1);
    let unit_id = format!("group-effect-unit-{id}");
    let area_id = format!("group-area-{id}");
    let area = move || {
        state
            .form
            .with(|f| f.groups.iter().find(|g| g.id == id).and_then(|g| g.ds_area))
    };
    // Where the target lies against the chosen DS area, in words, where a
    // union representative sets both.
    let ds_verdict = move || {
        let area = area()?;
        let lang = state.lang.get();
        let target = state.form.with(|f| {
            let g = f.groups.iter().find(|g| g.id == id)?;
            FieldKind::Caseload.parse(&g.target, lang).ok()
        })?;
        let range = area.range();
        Some((t().ds_verdict)(
            area.classify(target).ok()?,
            &format_trimmed(target, 2, lang),
            &format_trimmed(range.min, 0, lang),
            &format_trimmed(range.max, 0, lang),
        ))
    };
    let remove = move |_| {
        state.form.update(|f| {
            f.remove_group(id);
        });
        focus_after_render("add-group".to_owned());
    };
    let name_id = format!("group-name-{id}");
    let benefit_id = format!("group-benefit-{id}");
    view! {
        <fieldset class="group" data-testid="group">
            <legend>{move || label.get()}</legend>
            <div class="group-head">
            <div class="field field-name">
                <label for=name_id.clone()>{tr(|t| t.label_name)}</label>
                <input
                    id=name_id
                    type="text"
                    maxlength="80"
                    autocomplete="off"
                    prop:value=name
                    placeholder=move || label.get()
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        state.form.update(|f| f.set_group_name(id, &value));
                    }
                />
            </div>
            <div class="field field-benefit">
                <label for=benefit_id.clone()>{tr(|t| t.label_benefit)}</label>
                <select
                    id=benefit_id
                    on:change=move |ev| {
                        if let Some(b) = BenefitKind::from_id(&event_target_value(&ev)) {
                            state.form.update(|f| f.set_group_benefit(id, b));
                        }
                    }
                >
                    {BenefitKind::DISPLAY
                        .into_iter()
                        .map(|b| {
                            view! {
                                <option value=b.id() prop:selected=move || benefit() == b>
                                    {move || (t().benefit_name)(b)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field field-area">
                <label for=area_id.clone()>{tr(|t| t.label_ds_area)}</label>
                <select
                    id=area_id
                    data-testid="ds-area"
                    on:change=move |ev| {
                        let area = Area::from_id(&event_target_value(&ev));
                        state.form.update(|f| f.set_group_area(id, area));
                    }
                >
                    <option value="" prop:selected=move || area().is_none()>{tr(|t| t.area_none)}</option>
                    {Area::ALL
                        .into_iter()
                        .map(|a| {
                            view! {
                                <option value=a.id() prop:selected=move || area() == Some(a)>
                                    {move || a.name().get(state.lang.get())}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <p class="hint" data-testid="ds-verdict">{ds_verdict}</p>
            </div>
            </div>
            <div class="group-numbers">
            <NumberField
                field=FieldId::Headcount(id)
                label=Signal::derive(move || t().label_headcount.to_owned())
            />
            <NumberField
                field=FieldId::Current(id)
                label=Signal::derive(move || t().label_current.to_owned())
            />
            <NumberField
                field=FieldId::Target(id)
                label=Signal::derive(move || t().label_target.to_owned())
            />
            </div>
            <div class="group-effect">
                {move || {
                    view! {
                        <NumberField
                            field=FieldId::Effect(id, unit.get())
                            label=Signal::derive(move || t().label_effect.to_owned())
                        />
                    }
                }}
                <div class="field">
                    <label for=unit_id.clone() class="sr-only">{tr(|t| t.label_effect_unit)}</label>
                    <select
                        id=unit_id
                        data-testid="effect-unit"
                        on:change=move |ev| {
                            if let Some(u) = EffectUnit::from_id(&event_target_value(&ev)) {
                                let lang = state.lang.get_untracked();
                                let before = (untrack(effect_text), unit.get_untracked());
                                state.form.update(|f| f.set_effect_unit(id, u, lang));
                                let after = untrack(effect_text);
                                converted.set((after != before.0).then_some((before.0, before.1, after)));
                            }
                        }
                    >
                        {EffectUnit::ALL
                            .into_iter()
                            .map(|u| {
                                view! {
                                    <option value=u.id() prop:selected=move || unit.get() == u>
                                        {move || (t().effect_unit_name)(u)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                    <p class="hint" data-testid="effect-converted" aria-live="polite">
                        {converted_note}
                    </p>
                </div>
            </div>
            <Show when=removable>
                <button
                    type="button"
                    class="remove"
                    data-testid="remove-group"
                    aria-label=move || (t().remove_group)(&label.get())
                    on:click=remove
                >
                    "×"
                </button>
            </Show>
        </fieldset>
    }
}
