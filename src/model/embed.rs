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
//! Also here, as pure functions: the figures posted to the host page and the
//! iframe snippet the "Embed" dialog offers.

use super::calc::{BreakEven, Results};
use super::markup::escape;
use super::query::{hex, keys, quote, Notice, Problem, MAX_PAIRS};

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

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

pub const WHITE: Rgb = Rgb(255, 255, 255);
/// The page's own accent (`--accent` in style/main.css).
pub const PAGE_ACCENT: Rgb = Rgb(0x0b, 0x5c, 0xad);
const BLACK: Rgb = Rgb(0, 0, 0);
/// The page background (`--bg` in style/main.css); accent links sit on it.
const PAGE_BG: Rgb = Rgb(0xf4, 0xf6, 0xf8);
/// WCAG 2.1 AA for normal text (1.4.3).
pub const MIN_CONTRAST: f64 = 4.5;

impl Rgb {
    /// Reads exactly six hex digits, with or without a leading `#`.
    pub fn parse_hex(text: &str) -> Option<Rgb> {
        let digits = text.strip_prefix('#').unwrap_or(text).as_bytes();
        if digits.len() != 6 {
            return None;
        }
        let byte = |i: usize| Some(hex(digits[i])? * 16 + hex(digits[i + 1])?);
        Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
    }

    /// `#rrggbb`, lower case: the only form that reaches the CSS.
    pub fn hex(self) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut s = String::with_capacity(7);
        s.push('#');
        for b in [self.0, self.1, self.2] {
            s.push(DIGITS[usize::from(b >> 4)] as char);
            s.push(DIGITS[usize::from(b & 15)] as char);
        }
        s
    }

    /// `self` moved towards `other` by `t` (0–1), channel by channel.
    pub fn mix(self, other: Rgb, t: f64) -> Rgb {
        let ch = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        Rgb(
            ch(self.0, other.0),
            ch(self.1, other.1),
            ch(self.2, other.2),
        )
    }

    /// Relative luminance, WCAG 2.1.
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }
}

/// WCAG contrast ratio of two colours, 1–21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// `x^2.4` for `x` in 0–1 with square roots only: `x^2.4 = x² · x^0.4` and
/// 0.4 is 0.0110 0110 0110…₂, so `x^0.4` is the product of `x^(1/2^k)` for
/// the bits k that are set. The wasm's native `sqrt` instruction replaces a
/// software `pow`; 24 bits leave a relative error below 1e-6 for x ≥ 0.001.
fn pow_2_4(x: f64) -> f64 {
    let mut root = x;
    let mut acc = x * x;
    for k in 1..=24 {
        root = root.sqrt();
        if k % 4 == 2 || k % 4 == 3 {
            acc *= root;
        }
    }
    acc
}

/// The colours derived from one accent, as CSS custom properties.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    /// Buttons, links, the headline's bar.
    pub accent: Rgb,
    /// Hovered buttons.
    pub accent_dark: Rgb,
    /// The headline's background and hovered secondary buttons.
    pub tint: Rgb,
}

impl Theme {
    /// The theme for `wanted`, darkened in small steps until the accent
    /// reads at 4.5:1 on white, on the page background and on its own tint
    /// (white text on the accent is the first of these). Black always
    /// passes, so this ends. Returns whether the colour had to change.
    pub fn from_accent(wanted: Rgb) -> (Theme, bool) {
        const STEPS: u8 = 20;
        for step in 0..=STEPS {
            let accent = wanted.mix(BLACK, f64::from(step) / f64::from(STEPS));
            let theme = Theme {
                accent,
                accent_dark: accent.mix(BLACK, 0.3),
                tint: accent.mix(WHITE, 0.9),
            };
            if theme.passes() {
                return (theme, step > 0);
            }
        }
        // Unreachable in practice: black on its tint is 16:1.
        let theme = Theme {
            accent: BLACK,
            accent_dark: BLACK,
            tint: BLACK.mix(WHITE, 0.9),
        };
        (theme, true)
    }

    /// Every pairing the stylesheet uses reaches AA.
    pub fn passes(&self) -> bool {
        [WHITE, PAGE_BG, self.tint]
            .iter()
            .all(|&bg| contrast(self.accent, bg) >= MIN_CONTRAST)
    }

    /// (custom property, value) pairs for the page's root element.
    pub fn css_vars(&self) -> [(&'static str, String); 3] {
        [
            ("--accent", self.accent.hex()),
            ("--accent-dark", self.accent_dark.hex()),
            ("--good-bg", self.tint.hex()),
        ]
    }
}

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
/// [`MAX_PAIRS`] pairs are read, as in [`super::query::load`], which reports
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

/// The names of the figures in the `sagsstamme:result` message, in the
/// order of [`result_fields`].
pub const RESULT_NAMES: [&str; 8] = [
    "extraStaffYears",
    "annualCost",
    "breakEvenMonths",
    "monthsPerCitizen",
    "reductionShare",
    "personsOffBenefits",
    "staffNow",
    "staffTarget",
];

/// The figures posted to the host page in the `sagsstamme:result` message,
/// by their names there ([`RESULT_NAMES`]), and exported as the results.
/// `None` is posted as `null`: break-even is impossible (no benefit
/// spending); when no reduction is needed the break-even figures are 0.
pub fn result_fields(r: &Results) -> [(&'static str, Option<f64>); 8] {
    let (months, per_citizen, share, persons) = match r.break_even {
        BreakEven::Required {
            months_per_year,
            months_per_citizen,
            share,
            full_year_persons,
        } => (
            Some(months_per_year),
            Some(months_per_citizen),
            Some(share),
            Some(full_year_persons),
        ),
        // A cut or no change: the embed message keeps its schema, with 0
        // for "no reduction needed" as before.
        BreakEven::NotNeeded(_) => (Some(0.0), Some(0.0), Some(0.0), Some(0.0)),
        BreakEven::NoBenefitSpending => (None, None, None, None),
    };
    let values = [
        Some(r.extra_staff),
        Some(r.annual_cost),
        months,
        per_citizen,
        share,
        persons,
        Some(r.staff_now),
        Some(r.staff_target),
    ];
    std::array::from_fn(|i| (RESULT_NAMES[i], values[i]))
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
    super::query::to_search(&kept)
}

/// The query of the same scenario on the full page: the embed keys dropped.
pub fn full_page_search<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> String {
    let kept: Vec<(&str, &str)> = without_embed_keys(pairs).collect();
    super::query::to_search(&kept)
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
mod tests {
    use super::*;
    use crate::model::query::{parse_search, to_search};

    fn embed_of(search: &str) -> EmbedLoaded {
        load(&parse_search(search))
    }

    fn problems(l: &EmbedLoaded) -> Vec<(&str, &str, Problem)> {
        l.notices
            .iter()
            .map(|n| (n.key.as_str(), n.value.as_str(), n.problem.clone()))
            .collect()
    }

    #[test]
    fn the_flag_turns_embed_mode_on_and_only_1_and_0_are_flags() {
        let cases: &[(&str, bool, usize)] = &[
            ("", false, 0),
            ("?embed=1", true, 0),
            ("?embed=0", false, 0),
            ("?embed=yes", false, 1),
            ("?embed=", false, 1),
            ("?embed=1&embed=0", true, 0),
        ];
        for &(search, on, n) in cases {
            let l = embed_of(search);
            assert_eq!(l.embed.is_some(), on, "{search}");
            assert_eq!(l.notices.len(), n, "{search}");
        }
    }

    #[test]
    fn embed_mode_defaults_to_the_form_results_and_budget() {
        let e = embed_of("?embed=1").embed.unwrap();
        assert_eq!(e.theme, None);
        let shown: Vec<&str> = Section::ALL
            .iter()
            .filter(|s| e.sections.shows(**s))
            .map(|s| s.name())
            .collect();
        assert_eq!(shown, ["inputs", "results", "budget"]);
        assert!(Section::ALL.iter().all(|s| Sections::ALL.shows(*s)));
    }

    #[test]
    fn sections_pick_what_shows_and_unknown_names_are_reported() {
        let l = embed_of("?embed=1&sections=results,+ds,bogus,,goal");
        let s = l.embed.unwrap().sections;
        for (section, shown) in [
            (Section::Results, true),
            (Section::Ds, true),
            (Section::Goal, true),
            (Section::Inputs, false),
            (Section::Budget, false),
        ] {
            assert_eq!(s.shows(section), shown, "{section:?}");
        }
        assert_eq!(
            problems(&l),
            [(
                "sections",
                "bogus",
                Problem::Embed(EmbedProblem::UnknownSection)
            )]
        );
    }

    #[test]
    fn no_known_section_falls_back_to_the_default() {
        let l = embed_of("?embed=1&sections=%3Cscript%3E");
        assert_eq!(l.embed.unwrap().sections, Sections::EMBED_DEFAULT);
        assert_eq!(
            problems(&l),
            [
                (
                    "sections",
                    "<script>",
                    Problem::Embed(EmbedProblem::UnknownSection)
                ),
                (
                    "sections",
                    "<script>",
                    Problem::Embed(EmbedProblem::NoSections)
                ),
            ]
        );
    }

    #[test]
    fn a_long_sections_list_is_bounded() {
        let search = format!("?embed=1&sections={}", "x,".repeat(10_000));
        let l = embed_of(&search);
        // One notice per name read, at most MAX_SECTION_NAMES, plus "none".
        assert_eq!(l.notices.len(), MAX_SECTION_NAMES + 1);
        assert!(l
            .notices
            .iter()
            .all(|n| n.value.chars().count() <= crate::model::query::MAX_QUOTED_CHARS + 1));
    }

    #[test]
    fn theme_keys_without_embed_are_ignored_with_a_notice() {
        let l = embed_of("?accent=0b5cad&sections=results");
        assert!(l.embed.is_none());
        let keys: Vec<_> = problems(&l).into_iter().map(|(k, _, p)| (k, p)).collect();
        let p = Problem::Embed(EmbedProblem::OnlyWhenEmbedded);
        assert_eq!(keys, [("accent", p.clone()), ("sections", p)]);
    }

    #[test]
    fn accent_colours_are_six_hex_digits() {
        let cases: &[(&str, Option<Rgb>)] = &[
            ("0b5cad", Some(Rgb(0x0b, 0x5c, 0xad))),
            ("#0B5CAD", Some(Rgb(0x0b, 0x5c, 0xad))),
            ("000000", Some(Rgb(0, 0, 0))),
            ("fff", None),
            ("0b5cad0", None),
            ("red", None),
            ("12345g", None),
            ("0b5cad;}body{display:none", None),
            ("ææ", None),
            ("", None),
        ];
        for &(text, expected) in cases {
            assert_eq!(Rgb::parse_hex(text), expected, "{text:?}");
        }
        assert_eq!(Rgb(0x0b, 0x5c, 0xad).hex(), "#0b5cad");
        let l = embed_of("?embed=1&accent=red");
        assert_eq!(l.embed.unwrap().theme, None);
        assert_eq!(
            problems(&l),
            [("accent", "red", Problem::Embed(EmbedProblem::NotAColour))]
        );
    }

    #[test]
    fn contrast_matches_the_wcag_reference_values() {
        // Known pairs: black/white 21:1, the page's accent 6.67:1 on white,
        // #767676 is the lightest grey that passes on white (4.54:1).
        let cases = [
            (BLACK, WHITE, 21.0),
            (Rgb(0x0b, 0x5c, 0xad), WHITE, 6.67),
            (Rgb(0x76, 0x76, 0x76), WHITE, 4.54),
            (WHITE, WHITE, 1.0),
        ];
        for (a, b, expected) in cases {
            let c = contrast(a, b);
            assert!((c - expected).abs() < 0.01, "{a:?} on {b:?}: {c}");
            assert_eq!(c, contrast(b, a));
        }
    }

    #[test]
    fn pow_by_square_roots_matches_powf() {
        for i in 0..=1000 {
            let x = f64::from(i) / 1000.0;
            let (ours, std) = (pow_2_4(x), x.powf(2.4));
            assert!(
                (ours - std).abs() <= 1e-6 * std.max(1e-9),
                "{x}: {ours} {std}"
            );
        }
    }

    #[test]
    fn a_good_accent_is_kept_and_a_pale_one_is_darkened_until_it_passes() {
        let (theme, changed) = Theme::from_accent(Rgb(0x0b, 0x5c, 0xad));
        assert!(!changed);
        assert_eq!(theme.accent, Rgb(0x0b, 0x5c, 0xad));
        assert!(theme.passes());
        for pale in [
            Rgb(255, 255, 0),
            Rgb(255, 255, 255),
            Rgb(0x76, 0x76, 0x76),
            Rgb(0xff, 0x66, 0x00),
        ] {
            let (theme, changed) = Theme::from_accent(pale);
            assert!(changed, "{pale:?}");
            assert!(theme.passes(), "{pale:?} → {theme:?}");
            assert!(contrast(theme.accent, WHITE) >= MIN_CONTRAST);
            assert!(contrast(theme.accent, theme.tint) >= MIN_CONTRAST);
            assert!(theme.accent.luminance() < pale.luminance());
        }
        let l = embed_of("?embed=1&accent=ffff00");
        let used = l.embed.unwrap().theme.unwrap().accent;
        assert_eq!(
            problems(&l),
            [(
                "accent",
                "ffff00",
                Problem::Embed(EmbedProblem::AccentDarkened(used))
            )]
        );
    }

    #[test]
    fn every_accent_gives_a_passing_theme() {
        // A coarse sweep of the whole colour cube.
        for r in (0..=255).step_by(15) {
            for g in (0..=255).step_by(15) {
                for b in (0..=255).step_by(15) {
                    let (theme, _) = Theme::from_accent(Rgb(r, g, b));
                    assert!(theme.passes(), "{:?}", (r, g, b));
                }
            }
        }
    }

    #[test]
    fn theme_css_values_are_plain_hex_colours() {
        let (theme, _) = Theme::from_accent(Rgb(0xc0, 0x30, 0x30));
        for (name, value) in theme.css_vars() {
            assert!(name.starts_with("--"));
            assert_eq!(value.len(), 7);
            assert!(value.starts_with('#'));
            assert!(value[1..].bytes().all(|b| b.is_ascii_hexdigit()));
        }
    }

    #[test]
    fn result_fields_follow_break_even() {
        use crate::model::test_support::scenario;
        use crate::model::{compute, BenefitKind};
        let s = scenario(
            &[(5000.0, 70.0, 50.0, BenefitKind::Other)],
            396_900.0,
            [0.0, 0.0, 0.0, 15_774.0],
        );
        let fields = result_fields(&compute(&s));
        let get = |name: &str| fields.iter().find(|(n, _)| *n == name).unwrap().1;
        assert!((get("extraStaffYears").unwrap() - 28.571_428_571).abs() < 1e-6);
        assert!((get("annualCost").unwrap() - 11_340_000.0).abs() < 1e-6);
        assert!((get("breakEvenMonths").unwrap() - 718.904_526).abs() < 1e-3);
        // Nothing to save from: break-even is impossible, posted as null.
        let s = scenario(&[(5000.0, 70.0, 50.0, BenefitKind::Other)], 1.0, [0.0; 4]);
        let fields = result_fields(&compute(&s));
        assert_eq!(fields[2], ("breakEvenMonths", None));
        assert!(fields[0].1.is_some());
        // A saving: nothing needed, 0.
        let s = scenario(&[(5000.0, 50.0, 70.0, BenefitKind::Other)], 1.0, [1.0; 4]);
        assert_eq!(
            result_fields(&compute(&s))[2],
            ("breakEvenMonths", Some(0.0))
        );
    }

    #[test]
    fn embed_and_full_page_queries_round_trip() {
        let pairs = [
            ("name", "Jobcenter Øst & Vest"),
            ("x", "50%+1"),
            ("embed", "0"),
        ];
        let decoded = parse_search(&embed_search(&pairs));
        let decoded: Vec<(&str, &str)> = decoded
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(decoded, [pairs[0], pairs[1], ("embed", "1")]);
        assert_eq!(
            full_page_search(&[("embed", "1"), ("accent", "0b5cad")]),
            ""
        );
    }

    #[test]
    fn embed_and_full_page_links_keep_the_scenario() {
        let pairs = parse_search("?headcount=5000&embed=0&lang=en&accent=0b5cad&sections=results");
        assert_eq!(
            embed_search(&pairs),
            "?headcount=5000&lang=en&accent=0b5cad&sections=results&embed=1"
        );
        assert_eq!(full_page_search(&pairs), "?headcount=5000&lang=en");
        assert_eq!(embed_search::<&str, &str>(&[]), "?embed=1");
    }

    #[test]
    fn the_dialogs_choice_becomes_the_embed_keys_and_reads_back_as_chosen() {
        let base = [
            ("headcount", "300"),
            ("accent", "ff0000"),
            ("utm", "x"),
            ("sections", "ds"),
            ("embed", "0"),
        ];
        let all_but = |s: Section| Sections::ALL.toggled(s, false);
        let cases: &[(EmbedChoice, &str)] = &[
            (EmbedChoice::default(), "?headcount=300&utm=x"),
            (
                EmbedChoice {
                    sections: Sections::EMBED_DEFAULT
                        .toggled(Section::Budget, false)
                        .with(Section::Ds),
                    accent: None,
                },
                "?headcount=300&utm=x&sections=inputs,results,ds",
            ),
            (
                EmbedChoice {
                    sections: Sections::EMBED_DEFAULT,
                    accent: Some(Rgb(0x0b, 0x5c, 0xad)),
                },
                "?headcount=300&utm=x&accent=0b5cad",
            ),
            (
                EmbedChoice {
                    sections: all_but(Section::Explain),
                    accent: None,
                },
                "?headcount=300&utm=x&sections=inputs,results,groups,budget,ds,goal\
                 ,presets,export,compare,charts",
            ),
            // No section at all is no choice: the default ones show.
            (
                EmbedChoice {
                    sections: Sections::empty(),
                    accent: None,
                },
                "?headcount=300&utm=x",
            ),
        ];
        for (choice, want) in cases {
            let pairs = with_choice(&base, *choice);
            assert_eq!(to_search(&pairs), *want, "{choice:?}");
            // What the embedded page reads: the sections chosen, no notice.
            let mut embedded = pairs.clone();
            embedded.push(("embed".into(), "1".into()));
            let read = load(&embedded);
            assert_eq!(read.notices, vec![], "{choice:?}");
            let shown = read.embed.unwrap().sections;
            if choice.sections.is_empty() {
                assert_eq!(shown, Sections::EMBED_DEFAULT);
            } else {
                assert_eq!(shown, choice.sections);
            }
        }
    }

    #[test]
    fn a_faint_accent_is_darkened_in_the_dialog_so_the_embedded_page_has_nothing_to_report() {
        let faint = EmbedChoice {
            sections: Sections::EMBED_DEFAULT,
            accent: Some(Rgb(0xff, 0xee, 0x00)),
        };
        let (used, darkened) = faint.used_accent().unwrap();
        assert!(darkened);
        assert!(Theme::from_accent(used).0.passes());
        let mut pairs = with_choice(&[("headcount", "300")], faint);
        assert_eq!(pairs[1], ("accent".to_owned(), used.hex()[1..].to_owned()));
        pairs.push(("embed".into(), "1".into()));
        let read = load(&pairs);
        assert_eq!(read.notices, vec![]);
        assert_eq!(read.embed.unwrap().theme.unwrap().accent, used);
        // The page's own accent passes as it is.
        let own = EmbedChoice {
            accent: Some(PAGE_ACCENT),
            ..faint
        };
        assert_eq!(own.used_accent(), Some((PAGE_ACCENT, false)));
    }

    #[test]
    fn sections_toggle_count_and_name_themselves_in_page_order() {
        let s = Sections::empty()
            .with(Section::Explain)
            .with(Section::Inputs);
        assert_eq!(s.names(), "inputs,explain");
        assert_eq!(s.len(), 2);
        assert_eq!(s.toggled(Section::Inputs, false).names(), "explain");
        assert_eq!(s.toggled(Section::Explain, true), s);
        assert!(s
            .toggled(Section::Inputs, false)
            .toggled(Section::Explain, false)
            .is_empty());
        assert_eq!(Sections::ALL.len(), 11);
        assert_eq!(Sections::EMBED_DEFAULT.names(), "inputs,results,budget");
    }

    #[test]
    fn the_snippet_embeds_this_scenario_and_cannot_be_broken_out_of() {
        let pairs = parse_search("?headcount=5000&lang=en");
        let s = snippet(
            "https://x.dk/beregner/index.html",
            &pairs,
            "Caseload calculator",
        );
        assert_eq!(
            s,
            "<iframe src=\"https://x.dk/beregner/index.html?headcount=5000&amp;lang=en&amp;embed=1\" \
             title=\"Caseload calculator\" data-sagsstamme style=\"width:100%;height:900px;border:0\" \
             loading=\"lazy\"></iframe>\n\
             <script src=\"https://x.dk/beregner/embed/sagsstamme-embed.js\" async></script>"
        );
        let pairs = parse_search("?name=%22%3E%3Cscript%3Ealert(1)%3C/script%3E");
        let s = snippet("https://x.dk/a\"b/", &pairs, "T\"<>");
        assert!(!s.contains("<script>alert"), "{s}");
        assert_eq!(s.matches('"').count(), 2 * 5, "only our own quotes: {s}");
        assert!(s.contains("title=\"T&quot;&lt;&gt;\""));
    }
}
