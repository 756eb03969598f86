//! What was wrong with a value in a link, a saved scenario or embed mode's
//! options: the notices the page shows instead of dropping a value silently.

use crate::model::colour::Rgb;
use crate::model::input::InputError;

/// What was wrong with one query value.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    Invalid(InputError),
    UnknownLang,
    UnknownPreset,
    /// More than [`MAX_PAIRS`](super::codec::MAX_PAIRS) pairs; `value` holds how many were ignored.
    TooManyPairs,
    /// A `v` this page does not know; read as the current version.
    UnknownVersion,
    /// Not one of the values the key takes (a benefit, unit, area, or `0`/`1`).
    UnknownChoice,
    /// An embed option (`embed`, `accent`, `sections`).
    Embed(EmbedProblem),
    /// A group key (`g7.headcount`) for a group the scenario does not have
    /// (`groups` is lower, or the number is 0).
    NoSuchGroup,
    /// A version-2 key (`groups`, `g1.…`, `sygedagpenge.rate`, …) in a link
    /// without `v=2`, which is read as version 1.
    NeedsVersion2,
}

/// A query value that was ignored, to tell the user about.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub key: String,
    /// The value as given, cut to a readable length. Shown as text only.
    pub value: String,
    pub problem: Problem,
}

/// What was wrong with an embed option in the URL.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum EmbedProblem {
    /// `embed=` was neither `1` nor `0`.
    NotAFlag,
    /// `accent` or `sections` without `embed=1`.
    OnlyWhenEmbedded,
    /// `accent` is not six hex digits.
    NotAColour,
    /// The accent had too little contrast; this darker one is used instead.
    AccentDarkened(Rgb),
    /// A name in `sections` that is not a section.
    UnknownSection,
    /// `sections` named no known section; the default ones show.
    NoSections,
}
