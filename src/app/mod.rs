//! The Leptos page: small components, one per file, around one [`AppState`].
//!
//! State lives in [`AppState`] only; everything shown is derived from it by
//! memos. Effects ([`browser_sync`], [`embed_sync`]) only push state
//! outward: `<html lang>`, the document title, the scenario in the URL and
//! its autosaved copy ([`persist`]), and in embed mode the theme and the
//! messages to a parent window. Event sources set state: the browser's
//! Back and Forward ([`history`]) and other tabs' saves ([`other_tabs`]).
//!
//! With `?embed=1` (see `model::embed`) the page drops its chrome (intro,
//! language switch, footer) and shows only the chosen sections.

mod below;
mod below_failed;
mod benefit_table;
mod browser_sync;
mod budget_section;
mod budget_table;
mod chart;
mod choice;
mod clipboard;
mod compare_store;
mod copy_dialog;
mod cost_chart;
mod data_table;
mod displacement_table;
mod download;
mod ds_section;
mod embed_options;
mod embed_sync;
mod english;
mod error_summary;
mod explanation;
mod export_bar;
mod figure;
mod full_page_link;
mod goal_panel;
mod group_results_table;
mod group_row;
mod history;
mod js_read;
mod language_switch;
mod number_field;
mod other_tab_notice;
mod other_tabs;
mod page_header;
mod payback_chart;
mod persist;
mod preset_picker;
mod price_factors;
mod print_summary;
mod rate_note;
mod results_panel;
mod reveal;
mod saved_notice;
mod scenario_compare;
mod sensitivity_table;
mod share_bar;
mod staff_cost;
mod state;
mod summary_bar;
mod table_hint;
mod target_groups;
mod toggle;
mod undo_notice;
mod url_notices;

use leptos::prelude::*;

use crate::i18n::{BelowTexts, Texts};
use crate::model::embed::{self, Section, Sections};
use crate::model::query;

pub use state::AppState;

/// What the page starts from: the scenario (from `search`, or the page's
/// own URL and then the autosaved copy), embed mode, and whether to keep the
/// URL and the autosave up to date.
struct Start {
    keep: bool,
    loaded: query::Loaded,
    embed: Option<embed::Embed>,
    /// The autosaved copy could not be read.
    ignored: bool,
}

fn start(search: Option<String>) -> Start {
    let keep = search.is_none();
    let search = search.unwrap_or_else(browser_sync::current_search);
    let pairs = query::parse_search(&search);
    let embed = embed::load(&pairs);
    // Only the full page keeps the scenario in its URL and in storage: an
    // embedded calculator must not overwrite what a visitor saved on the
    // full page (same origin, same localStorage).
    let keep = keep && embed.embed.is_none();
    // A reload right after an edit: the edit this tab kept when it left,
    // not the address it could not update in time. The address catches up
    // now, so a second reload shows the same.
    let pending = keep.then(|| persist::take_pending(&search)).flatten();
    if let Some(pending) = &pending {
        persist::write_url(pending);
    }
    let pairs = pending.unwrap_or(pairs);
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
    Start {
        keep,
        loaded,
        embed: embed.embed,
        ignored,
    }
}

/// The whole page. `search` is the query string to start from (`?a=1&…`);
/// `None` reads the page's own URL, and then also the autosaved scenario
/// (when the URL has no scenario of its own) and keeps both up to date.
/// Tests pass their own and nothing is read or written. `shell` is the
/// page's header: a copy of `index.html`'s static one (see [`page`]).
#[component]
pub fn App(
    #[prop(optional, into)] search: Option<String>,
    #[prop(optional)] shell: Option<web_sys::Element>,
) -> impl IntoView {
    page(start(search), shell)
}

/// The page for what it starts from (read once: by [`App`], or by
/// [`mount`], which needs the language before mounting). `shell` is the
/// static header of `index.html`, which the full page keeps as its own
/// ([`page_header`]): it draws no header of its own, so a page without the
/// static one has none.
fn page(
    Start {
        keep,
        loaded,
        embed,
        ignored,
    }: Start,
    shell: Option<web_sys::Element>,
) -> impl IntoView {
    // English that could not be fetched (see `mount`): the page starts in
    // Danish, and the language switch says so and can try again.
    let english_failed = !english::ready(loaded.lang);
    let state = AppState::new(english::shown(loaded), keep);
    state.english_failed.set(english_failed);
    state.saved_ignored.set(ignored);
    provide_context(state);
    browser_sync::start(state, keep);
    history::start(state);
    other_tabs::start(state);
    embed_sync::start(state, embed);

    let embedded = embed.is_some();
    let sections = embed.map_or(Sections::ALL, |e| e.sections);
    // Indices into `below::SECTIONS` of the parts this page shows.
    let shown: Vec<usize> = (0..below::SECTIONS.len())
        .filter(|&i| sections.shows(below::SECTIONS[i]))
        .collect();
    let below = reveal::reveal(shown.len());
    let header = if embedded {
        // No visible chrome, but the frame's document keeps its title as
        // its top heading for screen reader navigation. (`index.html` hid
        // the static header already.)
        if let Some(shell) = shell {
            shell.remove();
        }
        Some(view! { <h1 class="sr-only">{tr(|t| t.page_title)}</h1> })
    } else {
        if let Some(shell) = shell {
            page_header::adopt(shell, state);
        }
        None
    };
    view! {
        {header}
        // Focusable from script only: where focus goes when a notice at its
        // top is dismissed (the button is gone; focus would fall to <body>).
        <main id=MAIN_ID tabindex="-1" class:embedded=embedded>
            <url_notices::UrlNotices/>
            <saved_notice::SavedNotice/>
            <other_tab_notice::OtherTabNotice/>
            {parts(&TOP, sections, embedded)}
            <div class="layout">{parts(&LAYOUT, sections, embedded)}</div>
            // Busy while sections are still being added: only this part,
            // so the inputs and the figures' live region are never muted.
            <div
                class="below"
                id=reveal::BELOW_ID
                tabindex="-1"
                aria-busy=move || below.busy().then_some("true")
            >
                {shown
                    .into_iter()
                    .enumerate()
                    .map(|(step, part)| {
                        let on = below.shows(step);
                        move || on.get().then(|| below.render(part, embedded))
                    })
                    .collect_view()}
                {move || below.failed().then(|| view! { <below_failed::BelowFailed below=below/> })}
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
const TOP: [Part; 1] = [(Section::Presets, |_| {
    view! { <preset_picker::PresetPicker/> }.into_any()
})];
const LAYOUT: [Part; 2] = [
    (Section::Inputs, |_| {
        view! {
            <div class="inputs">
                <summary_bar::SummaryBar/>
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

fn parts(list: &'static [Part], sections: Sections, embedded: bool) -> Vec<AnyView> {
    list.iter()
        .filter(|(s, _)| sections.shows(*s))
        .map(|(_, render)| render(embedded))
        .collect()
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

/// Picks one string out of the texts of the sections below the key
/// figures (`i18n::BelowTexts`, which also reach every other text).
pub type PickB = fn(&'static BelowTexts) -> &'static str;

/// [`tr`] for the sections below the key figures: their texts travel in
/// those sections' wasm chunk (see `i18n::BelowTexts`).
pub fn trb(pick: PickB) -> impl Fn() -> &'static str + Clone + Send + Sync + 'static {
    let lang = expect_context::<AppState>().lang;
    move || pick(lang.get().tb())
}

/// The id of `<main>`, focused when a notice at its top is dismissed.
pub const MAIN_ID: &str = "main";

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

/// Mounts the page on `<body>`, after the static header that `index.html`
/// shows until now (`#shell`), which becomes the page's header; called by
/// `main`.
///
/// A page that starts in English waits for the English texts first
/// ([`english`]); the static header is Danish and hidden on such pages.
pub fn mount() {
    let start = start(None);
    let lang = start.loaded.lang;
    if english::ready(lang) {
        return mount_now(start);
    }
    // At most a few seconds: a fetch that hangs must not leave the page
    // blank (the static header is hidden on English pages). Then the page
    // starts in Danish (see `page`). Whichever comes first takes `start`.
    let start = std::rc::Rc::new(std::cell::Cell::new(Some(start)));
    let once = move || {
        if let Some(start) = start.take() {
            mount_now(start);
        }
    };
    let late = once.clone();
    english::then(lang, move |_| once());
    set_timeout(late, std::time::Duration::from_secs(4));
}

fn mount_now(start: Start) {
    let shell = document().get_element_by_id("shell");
    leptos::mount::mount_to_body(move || page(start, shell));
}
