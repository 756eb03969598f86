//! Which scenario the page starts from, when several could say: the edit
//! this tab kept when a reload beat the address update, the link, the
//! autosaved copy, or the defaults. Pure: the two reads of the browser's
//! storage are handed in as functions, so the order of precedence is
//! tested natively and the page only performs what this decides.

use super::embed::{self, Embed};
use crate::model::url::link::Loaded;
use crate::model::url::saved::RecordError;
use crate::model::url::{codec, link};

/// A query as pairs of key and value.
pub type Pairs = Vec<(String, String)>;

/// What the page starts from.
#[derive(Clone, Debug, PartialEq)]
pub struct Chosen {
    /// The full page keeps the scenario in its address and in storage; an
    /// embedded calculator or a test mount does not.
    pub keep: bool,
    pub loaded: Loaded,
    pub embed: Option<Embed>,
    /// The autosaved copy was there but could not be read: the page says
    /// so and starts from the link (or the defaults).
    pub ignored: bool,
    /// The kept edit, to write into the address so that a second reload
    /// shows the same.
    pub rewrite: Option<Pairs>,
}

/// Chooses the start from the address's query `search`. `own_page` is
/// false when a test mounts the page with a query of its own: then nothing
/// is read from storage or written. `pending(search)` takes the edit this
/// tab kept for that address; `saved()` reads the autosaved copy. Each is
/// called at most once, and only when its answer can matter.
pub fn choose(
    search: &str,
    own_page: bool,
    pending: impl FnOnce(&str) -> Option<Pairs>,
    saved: impl FnOnce() -> Option<Result<Loaded, RecordError>>,
) -> Chosen {
    let pairs = codec::parse_search(search);
    let embed = embed::load(&pairs);
    // An embedded calculator must not overwrite what a visitor saved on
    // the full page (same origin, same localStorage).
    let keep = own_page && embed.embed.is_none();
    let rewrite = if keep { pending(search) } else { None };
    let pairs = rewrite.clone().unwrap_or(pairs);
    // The link wins over the saved copy when it holds a scenario.
    let saved = if keep && !link::has_scenario(&pairs) {
        saved()
    } else {
        None
    };
    let ignored = matches!(saved, Some(Err(_)));
    let mut loaded = match saved {
        Some(Ok(loaded)) => loaded,
        _ => link::load(pairs),
    };
    loaded.notices.extend(embed.notices);
    Chosen {
        keep,
        loaded,
        embed: embed.embed,
        ignored,
        rewrite,
    }
}

#[cfg(test)]
mod tests;
