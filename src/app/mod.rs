//! The Leptos page: small components, one per file, around one [`AppState`].
//!
//! State lives in [`AppState`] only; everything shown is derived from it by
//! memos. Effects (`browser::browser_sync`, `browser::embed_sync`) only push state
//! outward: `<html lang>`, the document title, the scenario in the URL and
//! its autosaved copy (`browser::persist`), and in embed mode the theme and the
//! messages to a parent window. Event sources set state: the browser's
//! Back and Forward (`browser::history`) and other tabs' saves (`browser::other_tabs`).
//!
//! With `?embed=1` (see `model::embed`) the page drops its chrome (intro,
//! language switch, footer) and shows only the chosen sections.

mod browser;
mod chunks;
mod examples;
mod first_screen;
mod sections;
mod state;
mod text;
mod widgets;

use leptos::prelude::*;

use browser::focus::MAIN_ID;
use browser::{browser_sync, embed_sync, history, other_tabs, persist};
use chunks::{below, below_failed, reveal};
use examples::{preset_picker, presets};
use first_screen::{
    benefit_table, other_tab_notice, page_header, results_panel, saved_notice, staff_cost,
    summary_bar, target_groups, url_notices,
};
use sections::full_page_link;
use text::english;
use text::tr;

use crate::model::embed::{self, Section, Sections};
use crate::model::start::choose;
use crate::model::url::{keys, link};

pub use state::AppState;

/// What the page starts from: the scenario (from `search`, or the page's
/// own URL and then the autosaved copy, as `model::start::choose` decides),
/// embed mode, and whether to keep the URL and the autosave up to date.
struct Start {
    keep: bool,
    loaded: link::Loaded,
    embed: Option<embed::Embed>,
    /// The autosaved copy could not be read.
    ignored: bool,
    /// The example the link or the autosave named, whose records could not
    /// be fetched (see [`mount`]): the page starts without it and the
    /// picker says so, with "Prøv igen".
    example_failed: Option<&'static str>,
}

fn start(search: Option<String>) -> Start {
    let own_page = search.is_none();
    let search = search.unwrap_or_else(browser_sync::current_search);
    let chosen = choose(&search, own_page, persist::take_pending, persist::restore);
    if let Some(pairs) = &chosen.rewrite {
        persist::write_url(pairs);
    }
    Start {
        keep: chosen.keep,
        loaded: chosen.loaded,
        embed: chosen.embed,
        ignored: chosen.ignored,
        example_failed: None,
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
        example_failed,
    }: Start,
    shell: Option<web_sys::Element>,
) -> impl IntoView {
    // English that could not be fetched (see `mount`): the page starts in
    // Danish, and the language switch says so and can try again.
    let english_failed = !english::ready(loaded.lang);
    let state = AppState::new(english::shown(loaded), keep);
    state.english_failed.set(english_failed);
    state.saved_ignored.set(ignored);
    if let Some(id) = example_failed {
        state.examples.set(state::Fetch::Failed(id));
    }
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

/// Mounts the page on `<body>`, after the static header that `index.html`
/// shows until now (`#shell`), which becomes the page's header; called by
/// `main`.
///
/// A start that names an example (the link's or the autosave's `preset=`)
/// waits for the examples' records (`examples::presets`) and then reads its start
/// again; a page that starts in English waits for the English texts
/// (`text::english`); the static header is Danish and hidden on such pages.
pub fn mount() {
    let first = start(None);
    let Some(id) = crate::model::preset::take_missed() else {
        return mount_in_language(first);
    };
    // At most a few seconds, as for English below; then the page starts
    // without the example (read against the defaults) and says so.
    let first = std::rc::Rc::new(std::cell::Cell::new(Some(first)));
    let late = first.clone();
    presets::then(move |fetched| {
        if let Some(first) = first.take() {
            if fetched {
                // Read again, now with the records: the link (with the
                // pending edit written into it by the first reading) or the
                // autosave, as before.
                mount_in_language(start(None));
            } else {
                mount_in_language(without_example(first, id));
            }
        }
    });
    set_timeout(
        move || {
            if let Some(first) = late.take() {
                mount_in_language(without_example(first, id));
            }
        },
        std::time::Duration::from_secs(4),
    );
}

/// `start` read while the records of example `id` were missing: not an
/// unknown example, but one the picker offers to fetch again.
fn without_example(mut start: Start, id: &'static str) -> Start {
    start
        .loaded
        .notices
        .retain(|n| !(n.key == keys::PRESET && n.value == id));
    start.example_failed = Some(id);
    start
}

/// Mounts the page, after fetching English if it starts in English.
fn mount_in_language(start: Start) {
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
