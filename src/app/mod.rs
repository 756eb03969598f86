//! The Leptos page: small components, one per file, around one [`AppState`].
//!
//! State lives in [`AppState`] only; everything shown is derived from it by
//! memos. Effects ([`browser_sync`]) only push state outward: `<html lang>`,
//! the document title and the `lang` URL key.

mod benefit_table;
mod browser_sync;
mod error_summary;
mod figure;
mod group_results_table;
mod group_row;
mod language_switch;
mod number_field;
mod preset_picker;
mod results_panel;
mod staff_cost;
mod state;
mod target_groups;
mod url_notices;

use leptos::prelude::*;

use crate::model::query;
pub use state::AppState;

/// The whole page. `search` is the query string to start from (`?a=1&…`);
/// `None` reads the page's own URL. Tests pass their own.
#[component]
pub fn App(#[prop(optional, into)] search: Option<String>) -> impl IntoView {
    let search = search.unwrap_or_else(browser_sync::current_search);
    let state = AppState::new(query::load(query::parse_search(&search)));
    provide_context(state);
    browser_sync::start(state);
    let t = move || state.lang.get().t();

    view! {
        <a class="skip-link" href="#results">{move || t().skip_to_results}</a>
        <header class="page-header">
            <div class="title-row">
                <h1>{move || t().page_title}</h1>
                <language_switch::LanguageSwitch/>
            </div>
            <p class="intro">{move || t().intro}</p>
            <p class="privacy">{move || t().privacy}</p>
        </header>
        <main>
            <url_notices::UrlNotices/>
            <preset_picker::PresetPicker/>
            <div class="layout">
                <div class="inputs">
                    <target_groups::TargetGroups/>
                    <staff_cost::StaffCost/>
                    <benefit_table::BenefitTable/>
                </div>
                <results_panel::ResultsPanel/>
            </div>
            <group_results_table::GroupResultsTable/>
        </main>
        <footer class="page-footer">
            <p>{move || t().footer_sources}</p>
        </footer>
    }
}

/// Mounts the page on `<body>`; called by `main`.
pub fn mount() {
    leptos::mount::mount_to_body(|| view! { <App/> });
}
