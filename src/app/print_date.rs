//! The date line of the printed report, shown only in print: "Udskrevet
//! 5. marts 2025". The date is read when the page renders, when the
//! language changes and again just before printing (`beforeprint`), so a
//! page left open past midnight prints the day it is printed.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::AppState;

#[component]
pub fn PrintDate() -> impl IntoView {
    let state = expect_context::<AppState>();
    let printing = RwSignal::new(false);
    // Lives as long as the page: the header it is mounted into does. A
    // `bool` signal and a plain `Closure<dyn Fn()>`, types the page has
    // already: 65 bytes of wasm, where a `u32` signal and Leptos' window
    // listener took 1 KB.
    let on_print = Closure::<dyn Fn()>::new(move || printing.update(|p| *p = !*p));
    window().set_onbeforeprint(Some(on_print.as_ref().unchecked_ref()));
    on_print.forget();
    view! {
        <p class="print-only print-date" data-testid="print-date">
            {move || {
                printing.track();
                let now = js_sys::Date::new_0();
                (state.lang.get().t().printed_on)(now.get_date(), now.get_month() + 1, now.get_full_year())
            }}
        </p>
    }
}
