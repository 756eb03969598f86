//! One key figure of the results: a label, a readable value and, for
//! embedding hosts and tests, the unrounded number in `data-value`.

use leptos::prelude::*;

use super::{tr, Pick};
use crate::model::number::expand_exponent;

/// How a figure stands against the form as typed now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Computed from the form as it is.
    Fresh,
    /// Kept from the last valid form while a field is being retyped: shown
    /// greyed, and without `data-value`, which only ever carries the answer
    /// to the form as it is.
    Stale,
    /// Cannot be computed; the text says why.
    Unavailable,
}

/// `value` is (number for `data-value`, text shown); a fresh figure may
/// have no number (e.g. "not within 4 years").
#[component]
pub fn Figure(
    testid: &'static str,
    label: Pick,
    #[prop(into)] value: Signal<(Option<f64>, String)>,
    #[prop(into)] status: Signal<Status>,
) -> impl IntoView {
    view! {
        <div class="figure">
            <dt>{tr(label)}</dt>
            <dd
                data-testid=testid
                data-value=move || {
                    (status.get() == Status::Fresh)
                        .then(|| value.with(|(v, _)| v.map(plain_js)))
                        .flatten()
                }
                class:unavailable=move || status.get() == Status::Unavailable
                class:stale=move || status.get() == Status::Stale
            >
                {move || value.with(|(_, text)| text.clone())}
            </dd>
        </div>
    }
}

/// The unrounded number as plain decimal text, printed by the browser's own
/// `Number#toString` (shortest digits that read back exactly), so the wasm
/// carries no float printer of its own.
pub fn plain_js(value: f64) -> String {
    let js: String = js_sys::Number::from(value)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default();
    expand_exponent(&js)
}
