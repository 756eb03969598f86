//! The Leptos page: small components, one per file, around one [`AppState`].
//!
//! State lives in [`AppState`] only; everything shown is derived from it by
//! memos. Effects ([`browser_sync`]) only push state outward: `<html lang>`,
//! the document title and the `lang` URL key.

mod benefit_table;
mod browser_sync;
mod budget_section;
mod budget_table;
mod chart;
mod choice;
mod cost_chart;
mod data_table;
mod ds_section;
mod error_summary;
mod explanation;
mod figure;
mod goal_panel;
mod group_results_table;
mod group_row;
mod language_switch;
mod number_field;
mod payback_chart;
mod preset_picker;
mod results_panel;
mod staff_cost;
mod state;
mod target_groups;
mod toggle;
mod url_notices;

use leptos::prelude::*;

use crate::i18n::Texts;
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

    view! {
        <a class="skip-link" href="#results">{tr(|t| t.skip_to_results)}</a>
        <header class="page-header">
            <div class="title-row">
                <h1>{tr(|t| t.page_title)}</h1>
                <language_switch::LanguageSwitch/>
            </div>
            <p class="intro">{tr(|t| t.intro)}</p>
            <p class="privacy">{tr(|t| t.privacy)}</p>
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
            <cost_chart::CostChart/>
            <budget_section::BudgetSection/>
            <payback_chart::PaybackChart/>
            <ds_section::DsSection/>
            <goal_panel::GoalPanel/>
            <explanation::Explanation/>
        </main>
        <footer class="page-footer">
            <p>{tr(|t| t.footer_sources)}</p>
        </footer>
    }
}

/// Picks one string out of the texts: `|t| t.page_title`.
pub type Pick = fn(&'static Texts) -> &'static str;

/// A UI string that follows the language: `tr(|t| t.page_title)`.
///
/// Every call returns the same closure type, so Leptos compiles its
/// text-node code once for all strings instead of once per string; with
/// dozens of strings that is a large share of the wasm.
pub fn tr(pick: Pick) -> impl Fn() -> &'static str + Clone + Send + Sync + 'static {
    let lang = expect_context::<AppState>().lang;
    move || pick(lang.get().t())
}

/// Focuses an element once the DOM has caught up with the state.
pub fn focus_after_render(dom_id: String) {
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        if let Some(el) = document()
            .get_element_by_id(&dom_id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// Mounts the page on `<body>`; called by `main`.
pub fn mount() {
    leptos::mount::mount_to_body(|| view! { <App/> });
}
