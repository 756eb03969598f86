//! The "Embed" dialog's choices: which sections the frame shows and its
//! accent colour. The snippet follows them at once, so a host never edits
//! the address by hand; a colour too faint to read is darkened here, as the
//! embedded page would, and the dialog says so.

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::app::text::trb;
use crate::model::colour::{Rgb, PAGE_ACCENT};
use crate::model::embed::{snippet, with_choice, EmbedChoice, Section};

/// What the snippet is built from besides the choice: the page's address
/// (origin and path), its query pairs (the scenario and a host's own keys)
/// and the frame's title.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedBase {
    pub page: String,
    pub pairs: Vec<(String, String)>,
    pub title: &'static str,
}

impl EmbedBase {
    pub fn snippet(&self, choice: EmbedChoice) -> String {
        snippet(&self.page, &with_choice(&self.pairs, choice), self.title)
    }
}

#[component]
pub fn EmbedOptions(choice: RwSignal<EmbedChoice>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let boxes = Section::ALL
        .iter()
        .enumerate()
        .map(|(i, &section)| {
            let id = format!("embed-section-{}", section.name());
            let on = move || choice.with(|c| c.sections.shows(section));
            view! {
                <div class="check">
                    <input
                        type="checkbox"
                        id=id.clone()
                        data-testid=id.clone()
                        prop:checked=on
                        // The last one stays: a frame shows something.
                        prop:disabled=move || on() && choice.with(|c| c.sections.len() == 1)
                        on:change=move |ev| {
                            let checked = event_target_checked(&ev);
                            choice.update(|c| c.sections = c.sections.toggled(section, checked));
                        }
                    />
                    <label for=id>{move || state.lang.get().tb().embed_section_names[i]}</label>
                </div>
            }
        })
        .collect_view();
    let accent = move || choice.with(|c| c.accent).unwrap_or(PAGE_ACCENT).hex();
    let darkened = move || {
        choice
            .with(|c| c.used_accent())
            .and_then(|(used, darkened)| {
                darkened.then(|| (state.lang.get().tb().embed_accent_darkened)(&used.hex()))
            })
    };
    view! {
        <fieldset class="embed-options">
            <legend>{trb(|t| t.embed_sections_legend)}</legend>
            <div class="checks">{boxes}</div>
        </fieldset>
        <div class="field embed-accent">
            <label for="embed-accent">{trb(|t| t.embed_accent_label)}</label>
            <div class="button-row">
                <input
                    type="color"
                    id="embed-accent"
                    data-testid="embed-accent"
                    prop:value=accent
                    on:input=move |ev| {
                        let picked = Rgb::parse_hex(&event_target_value(&ev));
                        choice.update(|c| c.accent = picked);
                    }
                />
                <button
                    type="button"
                    class="secondary"
                    data-testid="embed-accent-own"
                    prop:disabled=move || choice.with(|c| c.accent.is_none())
                    on:click=move |_| choice.update(|c| c.accent = None)
                >
                    {trb(|t| t.embed_accent_own)}
                </button>
            </div>
            <p class="hint" role="status" data-testid="embed-accent-note">{darkened}</p>
        </div>
    }
}
