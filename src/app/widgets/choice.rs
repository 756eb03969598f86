//! A labelled select that fills in a field from a list (a catalogue rate, a
//! reimbursement step), showing which entry the field currently matches, or
//! "own value" when it matches none.

use leptos::prelude::*;

#[component]
pub fn Choice(
    id: String,
    /// Screen-reader label (the column header says it visually).
    label: Signal<String>,
    /// Shown when the field matches no entry.
    none_label: Signal<String>,
    /// (value, visible text) per entry.
    options: Vec<(&'static str, Signal<String>)>,
    /// The entry the field matches now.
    selected: Signal<Option<&'static str>>,
    on_choose: impl Fn(&str) + 'static,
) -> impl IntoView {
    view! {
        <label for=id.clone() class="sr-only">{label}</label>
        <select
            id=id.clone()
            class="choice"
            data-testid=id
            on:change=move |ev| on_choose(&event_target_value(&ev))
        >
            <option value="" prop:selected=move || selected.get().is_none()>{none_label}</option>
            {options
                .into_iter()
                .map(|(value, text)| {
                    view! {
                        <option value=value prop:selected=move || selected.get() == Some(value)>
                            {text}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
}
