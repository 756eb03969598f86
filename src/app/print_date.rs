//! The date line of the printed report, shown only in print: "Udskrevet
//! 5. marts 2025". The date is read when the page renders (and again when
//! the language changes); a page left open past midnight prints the day
//! it was opened.

use leptos::prelude::*;

use super::AppState;

#[component]
pub fn PrintDate() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <p class="print-only print-date" data-testid="print-date">
            {move || {
                let now = js_sys::Date::new_0();
                (state.lang.get().t().printed_on)(now.get_date(), now.get_month() + 1, now.get_full_year())
            }}
        </p>
    }
}
