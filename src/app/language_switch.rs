//! The visible language switch: one button naming the other language in
//! that language.

use leptos::prelude::*;

use super::AppState;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let state = expect_context::<AppState>();
    let other = move || state.lang.get().other();
    view! {
        <button
            type="button"
            class="lang-switch"
            data-testid="lang-switch"
            lang=move || other().code()
            title=move || state.lang.get().t().switch_to_other_hint
            on:click=move |_| state.set_lang(other())
        >
            {move || state.lang.get().t().switch_to_other}
        </button>
    }
}
