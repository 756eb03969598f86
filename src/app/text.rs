//! UI strings that follow the language: the page's texts are picked out of
//! `i18n`'s tables by a function, so a component names a string once and it
//! changes with the language switch.

pub mod english;
pub mod key_figure;
pub mod rate_note;

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::i18n::{BelowTexts, Texts};

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
