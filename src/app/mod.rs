//! The Leptos page: small components, one per file, around one [`AppState`].
//!
//! State lives in [`AppState`] only; everything shown is derived from it by
//! memos. Effects ([`browser_sync`]) only push state outward: `<html lang>`,
//! the document title, the scenario in the URL and its autosaved copy
//! ([`persist`]).

mod benefit_table;
mod browser_sync;
mod budget_section;
mod budget_table;
mod choice;
mod data_table;
mod ds_section;
mod error_summary;
mod figure;
mod goal_panel;
mod group_results_table;
mod group_row;
mod language_switch;
mod number_field;
mod persist;
mod preset_picker;
mod results_panel;
mod share_bar;
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
/// `None` reads the page's own URL, and then also the autosaved scenario
/// (when the URL has no scenario of its own) and keeps both up to date.
/// Tests pass their own and nothing is read or written.
#[component]
pub fn App(#[prop(optional, into)] search: Option<String>) -> impl IntoView {
    let keep = search.is_none();
    let search = search.unwrap_or_else(browser_sync::current_search);
    let pairs = query::parse_search(&search);
    // The URL wins over the saved copy when it holds a scenario.
    let saved = (keep && !query::has_scenario(&pairs))
        .then(persist::restore)
        .flatten();
    let ignored = matches!(saved, Some(Err(_)));
    let loaded = match saved {
        Some(Ok(loaded)) => loaded,
        _ => query::load(pairs),
    };
    let state = AppState::new(loaded);
    if ignored {
        state
            .share_status
            .set(state.lang.get_untracked().t().saved_ignored.to_owned());
    }
    provide_context(state);
    browser_sync::start(state, keep);

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
            <share_bar::ShareBar/>
            <div class="layout">
                <div class="inputs">
                    <target_groups::TargetGroups/>
                    <staff_cost::StaffCost/>
                    <benefit_table::BenefitTable/>
                </div>
                <results_panel::ResultsPanel/>
            </div>
            <group_results_table::GroupResultsTable/>
            <budget_section::BudgetSection/>
            <ds_section::DsSection/>
            <goal_panel::GoalPanel/>
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
