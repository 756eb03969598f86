//! The visible language switch: one button naming the other language in
//! that language.

use leptos::prelude::*;

use super::{english, AppState};

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let state = expect_context::<AppState>();
    let other = move || state.lang.get().other();
    // Set when English could not be fetched (see `english`); said next to
    // the button until the next try.
    let failed = RwSignal::new(false);
    let switch = move |_| {
        let to = other();
        failed.set(false);
        english::then(to, move |ok| {
            if ok {
                state.set_lang(to);
            } else {
                failed.set(true);
            }
        });
    };
    view! {
        <div class="lang-box">
            <button
                type="button"
                class="lang-switch"
                data-testid="lang-switch"
                lang=move || other().code()
                title=move || state.lang.get().t().switch_to_other_hint
                on:click=switch
                on:pointerenter=move |_| english::prefetch(other())
                on:focus=move |_| english::prefetch(other())
            >
                {move || state.lang.get().t().switch_to_other}
            </button>
            <p class="lang-failed" role="status">
                {move || failed.get().then(|| state.lang.get().t().english_failed)}
            </p>
        </div>
    }
}
