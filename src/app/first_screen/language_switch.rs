//! The visible language switch: one button naming the other language in
//! that language.

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::app::text::english;
use crate::i18n::ENGLISH_FAILED;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let state = expect_context::<AppState>();
    let other = move || state.lang.get().other();
    let failed = state.english_failed;
    let switch = move |_| {
        let from = state.lang.get_untracked();
        let to = from.other();
        failed.set(false);
        english::then(to, move |ok| {
            if !ok {
                failed.set(true);
            } else if state.lang.get_untracked() == from {
                // Unless something else (an opened file) changed the
                // language while English was on its way.
                state.set_lang(to);
            }
        });
    };
    let (failed_da, failed_en) = ENGLISH_FAILED;
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
                {move || {
                    failed
                        .get()
                        .then(|| view! { {failed_da} " " <span lang="en">{failed_en}</span> })
                }}
            </p>
        </div>
    }
}
