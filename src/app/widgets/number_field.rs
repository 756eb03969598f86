//! A labelled numeric input bound to one [`FieldId`] of the form, with its
//! error shown beside it in the user's language.

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::model::FieldId;

#[component]
pub fn NumberField(
    field: FieldId,
    /// The visible (or screen-reader) label.
    #[prop(into)]
    label: Signal<String>,
    /// Keep the label for screen readers only (inside tables).
    #[prop(optional)]
    label_hidden: bool,
    /// Unit shown after the input, e.g. "kr." or "%".
    #[prop(optional, into)]
    unit: Option<Signal<String>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = field.dom_id();
    let error_id = format!("{id}-error");
    let error = Memo::new(move |_| state.evaluation.with(|e| e.error(field)));
    // Phone keyboards for inputmode="decimal" may have no minus key, so a
    // field that accepts negative numbers (an expected effect) asks for text.
    let inputmode = if field.kind().range().0 < 0.0 {
        "text"
    } else {
        "decimal"
    };
    let message = move || {
        error.get().map(|e| {
            let lang = state.lang.get();
            (lang.t().error)(e, field.kind(), lang)
        })
    };
    let text = move || {
        state
            .form
            .with(|f| f.text(field).unwrap_or_default().to_owned())
    };
    view! {
        <div class="field" class:invalid=move || error.get().is_some()>
            <label for=id.clone() class:sr-only=label_hidden>{label}</label>
            <div class="input-row">
                <input
                    id=id
                    type="text"
                    inputmode=inputmode
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=text
                    aria-invalid=move || error.get().is_some().then_some("true")
                    aria-describedby=error_id.clone()
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        state.form.update(|f| f.set_text(field, &value));
                    }
                />
                {unit.map(|u| view! { <span class="unit" aria-hidden="true">{u}</span> })}
            </div>
            <p id=error_id class="field-error">{message}</p>
        </div>
    }
}
