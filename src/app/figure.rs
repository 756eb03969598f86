//! One key figure of the results: a label, a readable value and, for
//! embedding hosts and tests, the unrounded number in `data-value`.

use leptos::prelude::*;

use super::{tr, Pick};
use crate::model::number::expand_exponent;

/// `value` is (number for `data-value`, text shown). No number means the
/// figure cannot be computed; the attribute is then absent and the text
/// says why.
#[component]
pub fn Figure(
    testid: &'static str,
    label: Pick,
    #[prop(into)] value: Signal<(Option<f64>, String)>,
) -> impl IntoView {
    view! {
        <div class="figure">
            <dt>{tr(label)}</dt>
            <dd
                data-testid=testid
                data-value=move || value.with(|(v, _)| v.map(plain_js))
                class:unavailable=move || value.with(|(v, _)| v.is_none())
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
