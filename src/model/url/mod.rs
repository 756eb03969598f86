//! The link: everything a scenario's URL (and a saved copy of it) holds.
//!
//! From the bottom up: [`keys`] names every query key once, [`codec`]
//! percent-encodes and bounds the text, [`notice`] says what was wrong with
//! a value the page ignored, [`link`] reads and writes the scenario in every
//! link version, and [`saved`] checks a scenario file or the autosave before
//! reading it like a link. Embed mode's options (`crate::model::embed`) use
//! the same keys, codec and notices; nothing here depends on it.

pub mod codec;
pub mod keys;
pub mod link;
pub mod notice;
pub mod saved;
