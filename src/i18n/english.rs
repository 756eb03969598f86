//! Where [`Lang::t`](crate::model::Lang::t) and
//! [`Lang::tb`](crate::model::Lang::tb) find English. In one-module builds
//! it is [`ENGLISH`]; in split builds [`ENGLISH`] is only named by the
//! English chunk's split point (`app::text::english`), which hands it over
//! through `set` once fetched, so [`EN`] and
//! [`EN_BELOW`] travel in that chunk alone.

use super::{BelowTexts, Texts, EN, EN_BELOW};

/// Said by the language switch when English could not be fetched, in both
/// languages: whoever asked for English may not read Danish (the page marks
/// the English sentence `lang="en"`). Only a Danish page can ask, so this is
/// not a field of [`Texts`].
pub const ENGLISH_FAILED: (&str, &str) = (
    "Den engelske udgave kunne ikke hentes. Tjek forbindelsen og prøv igen.",
    "The English version could not be fetched. Check the connection and try again.",
);

/// English: its [`Texts`] and its [`BelowTexts`], as the English chunk
/// hands them over.
pub static ENGLISH: English = English {
    texts: &EN,
    below: &EN_BELOW,
};

/// English's two structs of texts, handed over by the chunk as one.
pub struct English {
    pub texts: &'static Texts,
    pub below: &'static BelowTexts,
}

#[cfg(not(split))]
pub fn get() -> &'static Texts {
    &EN
}

#[cfg(not(split))]
pub fn get_below() -> &'static BelowTexts {
    &EN_BELOW
}

#[cfg(not(split))]
pub fn loaded() -> bool {
    true
}

#[cfg(split)]
static LOADED: std::sync::OnceLock<&'static English> = std::sync::OnceLock::new();

#[cfg(split)]
pub fn get() -> &'static Texts {
    LOADED.get().map_or(&super::DA, |e| e.texts)
}

#[cfg(split)]
pub fn get_below() -> &'static BelowTexts {
    LOADED.get().map_or(&super::DA_BELOW, |e| e.below)
}

#[cfg(split)]
pub fn loaded() -> bool {
    LOADED.get().is_some()
}

/// Called by the English chunk's loader with its [`ENGLISH`].
#[cfg(split)]
pub fn set(english: &'static English) {
    let _ = LOADED.set(english);
}
