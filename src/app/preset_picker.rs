//! Load a published case, or go back to the defaults; shows the loaded
//! case's source and its published figure next to ours.

use leptos::prelude::*;

use super::tr;
use super::AppState;
use crate::i18n::mio_kr;
use crate::model::preset::PRESETS;

#[component]
pub fn PresetPicker() -> impl IntoView {
    let state = expect_context::<AppState>();
    let reset = move |_| {
        let confirmed = web_sys::window()
            .and_then(|w| {
                w.confirm_with_message(reset_question(state.lang.get_untracked()))
                    .ok()
            })
            .unwrap_or(true);
        if confirmed {
            state.reset();
        }
    };
    view! {
        <section class="card presets" aria-labelledby="presets-heading">
            <h2 id="presets-heading">{tr(|t| t.presets_heading)}</h2>
            <p class="hint">{tr(|t| t.presets_hint)}</p>
            <div class="button-row">
                {PRESETS
                    .iter()
                    .map(|p| {
                        view! {
                            <button
                                type="button"
                                data-testid=format!("preset-{}", p.id)
                                on:click=move |_| state.load_preset(p)
                            >
                                {move || p.name.get(state.lang.get())}
                            </button>
                        }
                    })
                    .collect_view()}
                <button type="button" class="secondary" data-testid="reset" on:click=reset>
                    {tr(|t| t.reset)}
                </button>
            </div>
            <PresetInfo/>
        </section>
    }
}

fn reset_question(lang: crate::model::Lang) -> &'static str {
    match lang {
        crate::model::Lang::Da => "Nulstil alle felter til standardværdierne?",
        crate::model::Lang::En => "Reset every field to the defaults?",
    }
}

/// Source, assumptions and published-versus-computed for the loaded preset.
#[component]
fn PresetInfo() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let preset = state.preset.get()?;
        let lang = state.lang.get();
        let t = lang.t();
        let computed = move || {
            state
                .results
                .with(|r| r.as_ref().map(|r| mio_kr(r.annual_cost, state.lang.get())))
                .unwrap_or_else(|| state.lang.get().t().invalid_results.to_owned())
        };
        Some(view! {
            <div class="preset-info" role="status" data-testid="preset-info">
                <p class="preset-loaded">{(t.preset_loaded)(preset.name.get(lang))}</p>
                {preset.published_annual_cost.map(|published| view! {
                    <dl class="comparison">
                        <div>
                            <dt>{t.published}</dt>
                            <dd data-testid="preset-published">
                                {format!("{} ({})", mio_kr(published, lang), (t.price_level)(preset.price_level))}
                            </dd>
                        </div>
                        <div>
                            <dt>{t.computed}</dt>
                            <dd data-testid="preset-computed">{computed}</dd>
                        </div>
                    </dl>
                })}
                <p><strong>{t.source}": "</strong>{preset.source.get(lang)}</p>
                <p><strong>{t.note}": "</strong>{preset.note.get(lang)}</p>
            </div>
        })
    }
}
