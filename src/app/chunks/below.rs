//! The sections below the key figures, as their own wasm chunk.
//!
//! A first visit needs the inputs and the key figures; sharing, the
//! tables, charts, export, comparison and explanation below them are about
//! a third of the wasm. In release builds for the browser, [`load`] is a split point
//! (Leptos' `wasm_split`, cut by `scripts/split-wasm.mjs` after the build):
//! everything only these sections use goes into `lazy-below-….wasm`, which
//! the page fetches after its first render, so it is not part of the first
//! load. Debug builds and tests have one module and [`load`] answers at
//! once.
//!
//! The main module only knows which [`Section`] each part belongs to
//! ([`SECTIONS`]); the renderers are reachable from [`renderers`] only, so
//! the splitter can move them.

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use crate::app::sections::{
    budget_section, cost_chart, ds_section, explanation, export_bar, goal_panel,
    group_results_table, payback_chart, print_summary, scenario_compare, share_bar,
};
use crate::app::widgets::table_hint;
use crate::model::embed::Section;

/// Renders one section, given whether the page is in embed mode.
pub type Render = fn(bool) -> AnyView;

/// The sections below the key figures, in page order.
pub const SECTIONS: [Section; 12] = [
    Section::Export,
    Section::Groups,
    Section::Charts,
    Section::Budget,
    Section::Charts,
    Section::Export,
    Section::Ds,
    Section::Goal,
    Section::Compare,
    Section::Explain,
    // Print only: the rest of the conclusion, under the key figures on
    // paper; with the budget, whose payback it says (so an embed that shows
    // only the inputs and results still fetches nothing below).
    Section::Budget,
    // No markup: the words above a table that scrolls sideways (any table
    // of the page; with the budget, as embeds show it by default).
    Section::Budget,
];

/// The renderer of each entry of [`SECTIONS`], in the same order: keep the
/// two lists in step (the compiler checks only that their lengths match).
static RENDER: [Render; SECTIONS.len()] = [
    |_| view! { <share_bar::ShareBar/> }.into_any(),
    |_| view! { <group_results_table::GroupResultsTable/> }.into_any(),
    |_| view! { <cost_chart::CostChart/> }.into_any(),
    |_| view! { <budget_section::BudgetSection/> }.into_any(),
    |_| view! { <payback_chart::PaybackChart/> }.into_any(),
    |embedded| view! { <export_bar::ExportBar embedded=embedded/> }.into_any(),
    |_| view! { <ds_section::DsSection/> }.into_any(),
    |_| view! { <goal_panel::GoalPanel/> }.into_any(),
    |_| view! { <scenario_compare::ScenarioCompare/> }.into_any(),
    |_| view! { <explanation::Explanation/> }.into_any(),
    |_| view! { <print_summary::PrintSummary/> }.into_any(),
    |_| view! { <table_hint::TableHint/> }.into_any(),
];

/// The split point: in a split build, calling it fetches and instantiates
/// the chunk first (`fallible`: a failed fetch is an `Err`, not a panic, and
/// the next call tries again).
#[cfg_attr(
    split,
    leptos::wasm_split::wasm_split(below, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn renderers() -> Result<&'static [Render; SECTIONS.len()], SplitLoaderError> {
    Ok(&RENDER)
}

/// The renderers of [`SECTIONS`], once their code is in the page.
pub async fn load() -> Result<&'static [Render; SECTIONS.len()], SplitLoaderError> {
    #[cfg(split)]
    return renderers().await;
    #[cfg(not(split))]
    return renderers();
}
