//! The published examples: the picker on the first screen (its buttons come
//! from the examples' names), and in the `presets` chunk, fetched on a click
//! or when the link names one, the records and what a loaded example shows
//! (its source and figures, the undo notice).

pub mod examples_fetch;
pub mod preset_info;
pub mod preset_picker;
pub mod presets;
pub mod undo_notice;
