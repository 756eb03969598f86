//! Embed mode: the calculator inside an iframe on someone else's page.
//!
//! `?embed=1` drops the page chrome; `accent=` themes it and `sections=`
//! picks what shows (see [`Section`]). The query is untrusted like every
//! other key: a bad value is ignored with a [`Notice`], nothing here can
//! panic, and every value that reaches the page is rebuilt from parsed data
//! (a colour is three bytes, a section an enum), so no text from the URL is
//! ever written into CSS or HTML.
//!
//! An accent colour that would fail WCAG AA contrast is darkened until it
//! passes and the notice says which colour is used, so the host keeps its
//! hue and the page stays readable.
//!
//! Also here, as a pure function: the iframe snippet the "Embed" dialog
//! offers. The figures posted to the host are `model::key_figure`'s.

use super::colour::{Rgb, Theme};
use super::markup::escape;
use super::url::codec::{quote, MAX_PAIRS};
use super::url::keys;
use super::url::notice::{EmbedProblem, Notice, Problem};

/// A part of the page that embed mode can show or hide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// Target groups, cost per staff year, benefits.
    Inputs,
    /// The headline and key figures.
    Results,
    /// The per-group table.
    Groups,
    /// The multi-year budget.
    Budget,
    /// DS's recommended caseloads.
    Ds,
    /// Goal seeking.
    Goal,
    /// The published cases.
    Presets,
    /// Copy, download and print.
    Export,
    /// Scenarios side by side.
    Compare,
    /// The two charts (cost by caseload, multi-year net effect).
    Charts,
    /// "Sådan regnes der": the calculation in words.
    Explain,
}

impl Section {
    pub const ALL: [Section; 11] = [
        Section::Inputs,
        Section::Results,
        Section::Groups,
        Section::Budget,
        Section::Ds,
        Section::Goal,
        Section::Presets,
        Section::Export,
        Section::Compare,
        Section::Charts,
        Section::Explain,
    ];

    /// The name used in `sections=`.
    pub fn name(self) -> &'static str {
        match self {
            Section::Inputs => "inputs",
            Section::Results => "results",
            Section::Groups => "groups",
            Section::Budget => "budget",
            Section::Ds => "ds",
            Section::Goal => "goal",
            Section::Presets => "presets",
            Section::Export => "export",
            Section::Compare => "compare",
            Section::Charts => "charts",
            Section::Explain => "explain",
        }
    }

    fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// A set of sections.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sections(u16);

impl Sections {
    /// The full page shows everything.
    pub const ALL: Sections = Sections(0x7ff);
    /// What an article needs: the form, the answer and the budget. The
    /// published cases and the export buttons belong to the full page.
    pub const EMBED_DEFAULT: Sections = Sections(0b1011);

    pub fn shows(self, s: Section) -> bool {
        self.0 & s.bit() != 0
    }

    pub fn with(self, s: Section) -> Sections {
        Sections(self.0 | s.bit())
    }

    /// The set with `s` added (`on`) or removed.
    pub fn toggled(self, s: Section, on: bool) -> Sections {
        if on {
            self.with(s)
        } else {
            Sections(self.0 & !s.bit())
        }
    }

    /// How many sections the set holds.
    pub fn len(self) -> u32 {
        self.0.count_ones()
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The value for `sections=`: the names, in [`Section::ALL`]'s order.
    pub fn names(self) -> String {
        let names: Vec<&str> = Section::ALL
            .iter()
            .filter(|s| self.shows(**s))
            .map(|s| s.name())
            .collect();
        names.join(",")
    }

    fn empty() -> Sections {
        Sections(0)
    }
}

/// Most names read from `sections=`; there are only eleven sections.
const MAX_SECTION_NAMES: usize = 16;

/// The embed options of a page in embed mode.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Embed {
    pub sections: Sections,
    /// `None`: the page's own colours.
    pub theme: Option<Theme>,
}

/// Embed options read from the query, and what was ignored.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedLoaded {
    /// `None`: the full page.
    pub embed: Option<Embed>,
    pub notices: Vec<Notice>,
}

/// Reads `embed`, `accent` and `sections` from the query pairs (decoded, in
/// order; the first occurrence of a key wins, and only the first
/// [`MAX_PAIRS`] pairs are read, as in [`super::url::link::load`], which reports
/// the rest).
pub fn load<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> EmbedLoaded {
    let get = |key: &str| {
        pairs
            .iter()
            .take(MAX_PAIRS)
            .find(|(k, _)| k.as_ref() == key)
            .map(|(_, v)| v.as_ref())
    };
    let mut notices = Vec::new();
    let mut notice = |key: &str, value: &str, p: EmbedProblem| {
        notices.push(Notice {
            key: key.to_owned(),
            value: quote(value),
            problem: Problem::Embed(p),
        });
    };
    let embedded = match get(keys::EMBED) {
        None | Some("0") => false,
        Some("1") => true,
        Some(v) => {
            notice(keys::EMBED, v, EmbedProblem::NotAFlag);
            false
        }
    };
    let (accent, sections) = (get(keys::ACCENT), get(keys::SECTIONS));
    if !embedded {
        for (key, value) in [(keys::ACCENT, accent), (keys::SECTIONS, sections)] {
            if let Some(v) = value {
                notice(key, v, EmbedProblem::OnlyWhenEmbedded);
            }
        }
        return EmbedLoaded {
            embed: None,
            notices,
        };
    }
    let theme = accent.and_then(|v| match Rgb::parse_hex(v) {
        None => {
            notice(keys::ACCENT, v, EmbedProblem::NotAColour);
            None
        }
        Some(wanted) => {
            let (theme, darkened) = Theme::from_accent(wanted);
            if darkened {
                notice(keys::ACCENT, v, EmbedProblem::AccentDarkened(theme.accent));
            }
            Some(theme)
        }
    });
    let sections = match sections {
        None => Sections::EMBED_DEFAULT,
        Some(v) => {
            let mut set = Sections::empty();
            for name in v.split(',').take(MAX_SECTION_NAMES) {
                let name = name.trim();
                match Section::ALL.iter().find(|s| s.name() == name) {
                    Some(&s) => set = set.with(s),
                    None if name.is_empty() => {}
                    None => notice(keys::SECTIONS, name, EmbedProblem::UnknownSection),
                }
            }
            if set == Sections::empty() {
                notice(keys::SECTIONS, v, EmbedProblem::NoSections);
                Sections::EMBED_DEFAULT
            } else {
                set
            }
        }
    };
    EmbedLoaded {
        embed: Some(Embed { sections, theme }),
        notices,
    }
}

/// The keys that configure embed mode, dropped from the full page's link.
const EMBED_KEYS: [&str; 3] = [keys::EMBED, keys::ACCENT, keys::SECTIONS];

/// The query of the same scenario in embed mode: every pair kept (theme
/// and sections included) except an old `embed`, then `embed=1`.
pub fn embed_search<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> String {
    let mut kept: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_ref(), v.as_ref()))
        .filter(|(k, _)| *k != keys::EMBED)
        .collect();
    kept.push((keys::EMBED, "1"));
    super::url::codec::to_search(&kept)
}

/// The query of the same scenario on the full page: the embed keys dropped.
pub fn full_page_search<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> String {
    let kept: Vec<(&str, &str)> = without_embed_keys(pairs).collect();
    super::url::codec::to_search(&kept)
}

/// `pairs` without the keys that configure embed mode.
fn without_embed_keys<K: AsRef<str>, V: AsRef<str>>(
    pairs: &[(K, V)],
) -> impl Iterator<Item = (&str, &str)> {
    pairs
        .iter()
        .map(|(k, v)| (k.as_ref(), v.as_ref()))
        .filter(|(k, _)| !EMBED_KEYS.contains(k))
}

/// What the "Embed" dialog lets a host choose.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EmbedChoice {
    pub sections: Sections,
    /// `None`: the page's own colours.
    pub accent: Option<Rgb>,
}

impl Default for EmbedChoice {
    fn default() -> EmbedChoice {
        EmbedChoice {
            sections: Sections::EMBED_DEFAULT,
            accent: None,
        }
    }
}

impl EmbedChoice {
    /// The accent the embedded page will use: the chosen one, darkened as
    /// [`Theme::from_accent`] does if it reads too faintly (then `true`).
    pub fn used_accent(&self) -> Option<(Rgb, bool)> {
        self.accent.map(|wanted| {
            let (theme, darkened) = Theme::from_accent(wanted);
            (theme.accent, darkened)
        })
    }
}

/// The query pairs for an embedded page with `choice`: `pairs` without
/// their own embed keys, then `sections` (unless the default) and `accent`
/// (already darkened where it had to be, so the embedded page has nothing
/// to report). [`snippet`] adds `embed=1`.
pub fn with_choice<K: AsRef<str>, V: AsRef<str>>(
    pairs: &[(K, V)],
    choice: EmbedChoice,
) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = without_embed_keys(pairs)
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    if choice.sections != Sections::EMBED_DEFAULT && !choice.sections.is_empty() {
        out.push((keys::SECTIONS.to_owned(), choice.sections.names()));
    }
    if let Some((accent, _)) = choice.used_accent() {
        out.push((keys::ACCENT.to_owned(), accent.hex()[1..].to_owned()));
    }
    out
}

/// Where the host script lives, next to the page: see `index.html`.
pub const HOST_SCRIPT: &str = "embed/sagsstamme-embed.js";

/// The HTML a host pastes: the iframe for this scenario and our host
/// script. `page` is the page's origin and path (`https://x.dk/beregner/`),
/// `pairs` its current query, `title` the iframe's accessible name.
/// Attribute values are escaped, so nothing in the query can break out.
pub fn snippet<K: AsRef<str>, V: AsRef<str>>(page: &str, pairs: &[(K, V)], title: &str) -> String {
    let dir = page.rfind('/').map_or(page, |i| &page[..=i]);
    format!(
        "<iframe src=\"{}\" title=\"{}\" data-sagsstamme \
         style=\"width:100%;height:900px;border:0\" loading=\"lazy\"></iframe>\n\
         <script src=\"{}\" async></script>",
        escape(&format!("{page}{}", embed_search(pairs))),
        escape(title),
        escape(&format!("{dir}{HOST_SCRIPT}")),
    )
}

#[cfg(test)]
mod tests;
