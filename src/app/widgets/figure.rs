//! One key figure of the results: a label, a readable value and, for
//! embedding hosts and tests, the unrounded number in `data-value`.

use leptos::prelude::*;

use crate::app::browser::number::plain_js;
use crate::app::text::{tr, Pick};

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
