//! A realism switch of the budget: a checkbox with a one-line explanation,
//! and the fields that only count while it is on.

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::app::text::{trb, PickB};
use crate::app::widgets::fields::Fields;
use crate::model::{FieldId, Switch};

/// Each realism switch: label, one-line explanation, and its fields.
pub type SwitchSpec = (Switch, PickB, PickB, &'static [(FieldId, PickB)]);

#[component]
pub fn Toggle(spec: SwitchSpec) -> impl IntoView {
    let (switch, label, hint, fields) = spec;
    let state = expect_context::<AppState>();
    let on = move || {
        state.form.with(|f| match switch {
            Switch::Hiring => f.budget.hiring,
            Switch::Ramp => f.budget.ramp,
            Switch::NewHires => f.budget.new_hires,
        })
    };
    let id = format!("switch-{}", switch.id());
    let hint_id = format!("{id}-hint");
    view! {
        <div class="toggle">
            <div class="check">
                <input
                    type="checkbox"
                    id=id.clone()
                    data-testid=id.clone()
                    aria-describedby=hint_id.clone()
                    prop:checked=on
                    on:change=move |ev| {
                        let checked = event_target_checked(&ev);
                        state.form.update(|f| f.set_switch(switch, checked));
                    }
                />
                <label for=id>{trb(label)}</label>
            </div>
            <p class="hint" id=hint_id>{trb(hint)}</p>
            {move || (on() && !fields.is_empty()).then(|| view! { <Fields fields=fields/> })}
        </div>
    }
}
