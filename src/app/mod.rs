//! The Leptos page: small components, one per file, around one [`AppState`].
//!
//! State lives in [`AppState`] only; everything shown is derived from it by
//! memos. Effects ([`browser_sync`], [`embed_sync`]) only push state
//! outward: `<html lang>`, the document title, the scenario in the URL and
//! its autosaved copy ([`persist`]), and in embed mode the theme and the
//! messages to a parent window.
//!
//! With `?embed=1` (see `model::embed`) the page drops its chrome (intro,
//! language switch, footer) and shows only the chosen sections.

mod benefit_table;
mod browser_sync;
mod budget_section;
mod budget_table;
mod chart;
mod choice;
mod clipboard;
mod copy_dialog;
mod cost_chart;
mod data_table;
mod download;
mod ds_section;
mod embed_sync;
mod error_summary;
mod explanation;
mod export_bar;
mod figure;
mod full_page_link;
mod goal_panel;
mod group_results_table;
mod group_row;
mod language_switch;
mod number_field;
mod payback_chart;
mod persist;
mod preset_picker;
mod print_date;
mod results_panel;
mod scenario_compare;
mod share_bar;
mod staff_cost;
mod state;
mod target_groups;
mod toggle;
mod url_notices;

use leptos::prelude::*;

use crate::i18n::Texts;
use crate::model::embed::{self, Section, Sections};
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
    let embed = embed::load(&pairs);
    // Only the full page keeps the scenario in its URL and in storage: an
    // embedded calculator must not overwrite what a visitor saved on the
    // full page (same origin, same localStorage).
    let keep = keep && embed.embed.is_none();
    // The URL wins over the saved copy when it holds a scenario.
    let saved = (keep && !query::has_scenario(&pairs))
        .then(persist::restore)
        .flatten();
    let ignored = matches!(saved, Some(Err(_)));
    let mut loaded = match saved {
        Some(Ok(loaded)) => loaded,
        _ => query::load(pairs),
    };
    loaded.notices.extend(embed.notices);
    let embed = embed.embed;
    let state = AppState::new(loaded);
    if ignored {
        state
            .share_status
            .set(state.lang.get_untracked().t().saved_ignored.to_owned());
    }
    provide_context(state);
    browser_sync::start(state, keep);
    embed_sync::start(state, embed);

    let embedded = embed.is_some();
    let sections = embed.map_or(Sections::ALL, |e| e.sections);
    let below = reveal(parts_shown(&BELOW, sections).count());
    view! {
        {if embedded {
            // No visible chrome, but the frame's document keeps its title
            // as the top heading for screen reader navigation.
            view! { <h1 class="sr-only">{tr(|t| t.page_title)}</h1> }.into_any()
        } else {
            view! {
                <a class="skip-link" href="#results">{tr(|t| t.skip_to_results)}</a>
                <header class="page-header">
                    <div class="title-row">
                        <h1>{tr(|t| t.page_title)}</h1>
                        <language_switch::LanguageSwitch/>
                    </div>
                    <p class="intro">{tr(|t| t.intro)}</p>
                    <p class="privacy">{tr(|t| t.privacy)}</p>
                    <print_date::PrintDate/>
                </header>
            }
                .into_any()
        }}
        <main class:embedded=embedded>
            <url_notices::UrlNotices/>
            {parts(&TOP, sections, embedded)}
            <div class="layout">{parts(&LAYOUT, sections, embedded)}</div>
            // Busy while sections are still being added: only this part,
            // so the inputs and the figures' live region are never muted.
            <div class="below" aria-busy=move || below.busy().then_some("true")>
                {parts_shown(&BELOW, sections)
                    .enumerate()
                    .map(|(i, render)| {
                        let on = below.shows(i);
                        move || on.get().then(|| render(embedded))
                    })
                    .collect_view()}
            </div>
        </main>
        {if embedded {
            view! { <full_page_link::FullPageLink/> }.into_any()
        } else {
            view! {
                <footer class="page-footer">
                    <p>{tr(|t| t.footer_sources)}</p>
                </footer>
            }
                .into_any()
        }}
    }
}

/// A section of the page and how to render it (given whether the page is
/// in embed mode).
type Part = (Section, fn(bool) -> AnyView);

/// The page's sections in order, as data: one loop renders those shown,
/// so being able to hide each costs no code per section.
const TOP: [Part; 2] = [
    (Section::Presets, |_| {
        view! { <preset_picker::PresetPicker/> }.into_any()
    }),
    (Section::Export, |_| {
        view! { <share_bar::ShareBar/> }.into_any()
    }),
];
const LAYOUT: [Part; 2] = [
    (Section::Inputs, |_| {
        view! {
            <div class="inputs">
                <target_groups::TargetGroups/>
                <staff_cost::StaffCost/>
                <benefit_table::BenefitTable/>
            </div>
        }
        .into_any()
    }),
    (Section::Results, |_| {
        view! { <results_panel::ResultsPanel/> }.into_any()
    }),
];
const BELOW: [Part; 9] = [
    (Section::Groups, |_| {
        view! { <group_results_table::GroupResultsTable/> }.into_any()
    }),
    (Section::Charts, |_| {
        view! { <cost_chart::CostChart/> }.into_any()
    }),
    (Section::Budget, |_| {
        view! { <budget_section::BudgetSection/> }.into_any()
    }),
    (Section::Charts, |_| {
        view! { <payback_chart::PaybackChart/> }.into_any()
    }),
    (Section::Export, |embedded| {
        view! { <export_bar::ExportBar embedded=embedded/> }.into_any()
    }),
    (Section::Ds, |_| {
        view! { <ds_section::DsSection/> }.into_any()
    }),
    (Section::Goal, |_| {
        view! { <goal_panel::GoalPanel/> }.into_any()
    }),
    (Section::Compare, |_| {
        view! { <scenario_compare::ScenarioCompare/> }.into_any()
    }),
    (Section::Explain, |_| {
        view! { <explanation::Explanation/> }.into_any()
    }),
];

fn parts(list: &'static [Part], sections: Sections, embedded: bool) -> Vec<AnyView> {
    parts_shown(list, sections)
        .map(|render| render(embedded))
        .collect()
}

/// The renderers of the parts of `list` that `sections` shows, in order.
fn parts_shown(
    list: &'static [Part],
    sections: Sections,
) -> impl Iterator<Item = fn(bool) -> AnyView> {
    list.iter()
        .filter(move |(s, _)| sections.shows(*s))
        .map(|&(_, render)| render)
}

/// The sections below the results are added to the page one per task after
/// the first render, which builds only the top (header, inputs, key
/// figures). Building the whole page in one go blocked the main thread for
/// 170–350 ms on the project's machine (Lighthouse's Total Blocking Time);
/// in steps, the figures are on screen first and the page answers input
/// between the steps. Their wrapper (`.below`) is `aria-busy` until the
/// last one is in.
#[derive(Clone, Copy)]
struct Reveal {
    count: usize,
    done: RwSignal<usize>,
}

impl Reveal {
    /// Whether part `i` is on the page yet (changes once, false → true).
    fn shows(self, i: usize) -> Memo<bool> {
        let done = self.done;
        Memo::new(move |_| done.get() > i)
    }

    fn busy(self) -> bool {
        self.done.get() < self.count
    }
}

/// Starts adding `count` parts, one per task.
fn reveal(count: usize) -> Reveal {
    let r = Reveal {
        count,
        done: RwSignal::new(0),
    };
    fn step(r: Reveal) {
        set_timeout(
            move || {
                let more = r.done.try_update(|n| {
                    *n += 1;
                    *n < r.count
                });
                if more == Some(true) {
                    step(r);
                }
            },
            std::time::Duration::ZERO,
        );
    }
    if count > 0 {
        step(r);
    }
    r
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

/// Mounts the page on `<body>`; called by `main`. The static header that
/// `index.html` shows until now (`#shell`) gives way to the app's own, in
/// the same task, so no frame shows both or neither.
pub fn mount() {
    if let Some(shell) = document().get_element_by_id("shell") {
        shell.remove();
    }
    leptos::mount::mount_to_body(|| view! { <App/> });
}
