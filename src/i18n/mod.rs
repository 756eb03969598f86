//! Every string the page shows, in Danish and English.
//!
//! [`Texts`] (what the first screen needs) and [`BelowTexts`] (what only
//! the sections below the key figures need) are structs with one field per
//! string and two constants each, [`DA`]/[`EN`] and
//! [`DA_BELOW`]/[`EN_BELOW`]. Both are written by `texts!` (`macros.rs`)
//! from tables that give each string's Danish and English side by side:
//! `first_screen.rs` and `messages.rs` for [`Texts`], `below_figures.rs`
//! and `below_tools.rs` for [`BelowTexts`]. A string missing in either
//! language is a compile error. Strings with numbers in them are functions,
//! so word order can differ per language. Number and amount formatting is
//! in `format.rs`, on top of [`crate::model::number`]; how English reaches
//! the page in its own wasm chunk is in `english.rs`.
//!
//! To add a string, add one entry to the table of the part of the page it
//! belongs to (a first-screen string to [`Texts`]' tables, a string only the
//! sections below use to [`BelowTexts`]' tables, so it travels in their
//! chunk), in the order of the neighbouring fields:
//!
//! ```text
//! /// What it is for, when the name does not say.
//! reset { da: "Nulstil til standard", en: "Reset to defaults" }
//! preset_loaded: fn(&str) -> String {
//!     da: |name| format!("Indlæst: {name}"),
//!     en: |name| format!("Loaded: {name}"),
//! }
//! ```
//!
//! A field is `&'static str` unless a type follows its name. The entries
//! are expanded here, so a type new to the tables needs its `use` below.
//! Read it as `lang.t().reset` (or `tr`/`trb` in `app::text`).

mod below_figures;
mod below_tools;
pub mod english;
mod first_screen;
mod format;
mod macros;
mod messages;
#[cfg(test)]
mod tests;

pub use english::{ENGLISH, ENGLISH_FAILED};
pub use format::{explain_sentence, fill, kr, mio_kr, not_needed_headline, percent, value_text};

// The tables' entries name these: `texts!` expands them in this module.
use crate::model::benefit::Duration;
use crate::model::chart::cost::CostWords;
use crate::model::chart::geometry::Magnitude;
use crate::model::chart::payback::PaybackWords;
use crate::model::ds::Position;
use crate::model::explain::Step;
use crate::model::form::EffectUnit;
use crate::model::goal::{GoalError, Plausibility, Side};
use crate::model::input::{FieldKind, InputError};
use crate::model::kind::BenefitKind;
use crate::model::number::format;
use crate::model::sensitivity::Assumption;
use crate::model::url::notice::{EmbedProblem, Problem};
use crate::model::url::saved::{RecordError, MAX_RECORD_BYTES};
use crate::model::Lang;
use format::range_text;
use macros::texts;
use std::ops::Deref;

texts! {
    /// The UI text of one language that the start of the page needs; the
    /// sections below the key figures have theirs in [`BelowTexts`].
    pub struct Texts;
    pub const DA, EN;
    tables: first_screen::table, messages::table;
}

/// One price conversion as the note under the budget says it: what was
/// converted, from which year to which, the factor as text, and whether an
/// index year in between is assumed.
pub struct FactorText {
    pub what: String,
    pub from: i32,
    pub to: i32,
    pub factor: String,
    pub assumed: bool,
}

texts! {
    /// The texts only the sections below the key figures use (`app::below`),
    /// apart from [`Texts`] so that they travel in those sections' wasm chunk:
    /// only code of that chunk names [`DA_BELOW`] (through [`Lang::tb`]). The
    /// rest of the texts are reached through it too ([`Deref`] to its
    /// language's [`Texts`]), so a section reads every string from one place.
    pub struct BelowTexts;
    pub const DA_BELOW, EN_BELOW;
    private base: &'static Texts { da: &DA, en: &EN }
    tables: below_figures::table, below_tools::table;
}

impl Deref for BelowTexts {
    type Target = Texts;

    fn deref(&self) -> &Texts {
        self.base
    }
}

impl Lang {
    /// The texts of this language. In split builds English is a wasm chunk
    /// of its own (`app::english`): until it is in the page, Danish stands
    /// in (the page waits for it before showing English, so this is only a
    /// guard).
    pub fn t(self) -> &'static Texts {
        match self {
            Lang::Da => &DA,
            Lang::En => english::get(),
        }
    }

    /// The texts of the sections below the key figures (and, through
    /// them, all others): see [`BelowTexts`].
    pub fn tb(self) -> &'static BelowTexts {
        match self {
            Lang::Da => &DA_BELOW,
            Lang::En => english::get_below(),
        }
    }
}
