//! The URL interface: the one place that knows every query key.
//!
//! Embedding hosts and automated checks set a scenario with plain decimals
//! (`?headcount=5000&current=70&target=50&cost=396900&benefit_month=15774`).
//! The query is untrusted: unknown keys are ignored, bad values are reported
//! as [`Notice`]s and skipped, and the rest of the scenario still loads.

use super::benefit::BenefitKind;
use super::embed::EmbedProblem;
use super::form::{FieldId, Form};
use super::input::{FieldKind, InputError};
use super::lang::Lang;
use super::preset::{self, Preset};

/// Every query key the page reads or writes.
pub mod keys {
    /// Full-year persons in the (single) target group.
    pub const HEADCOUNT: &str = "headcount";
    /// Today's caseload.
    pub const CURRENT: &str = "current";
    /// Target caseload.
    pub const TARGET: &str = "target";
    /// Cost per staff year, kr.
    pub const COST: &str = "cost";
    /// The municipality's net kr. per benefit month (after reimbursement).
    pub const BENEFIT_MONTH: &str = "benefit_month";
    /// `da` or `en`.
    pub const LANG: &str = "lang";
    /// A preset id, see `preset::PRESETS`.
    pub const PRESET: &str = "preset";
    /// `1`: embed mode, the calculator without page chrome (`model::embed`).
    pub const EMBED: &str = "embed";
    /// Embed mode's accent colour, six hex digits (`0b5cad`).
    pub const ACCENT: &str = "accent";
    /// Embed mode's sections, comma-separated (`results,budget`).
    pub const SECTIONS: &str = "sections";
}

/// Most query pairs read; the rest are ignored with one notice. Keeps a
/// hostile URL with thousands of keys from costing anything.
pub const MAX_PAIRS: usize = 64;
/// Longest value quoted back in a notice.
const MAX_QUOTED_CHARS: usize = 40;

/// What was wrong with one query value.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    Invalid(InputError),
    UnknownLang,
    UnknownPreset,
    /// More than [`MAX_PAIRS`] pairs; `value` holds how many were ignored.
    TooManyPairs,
    /// An embed option (`embed`, `accent`, `sections`).
    Embed(EmbedProblem),
}

/// A query value that was ignored, to tell the user about.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub key: String,
    /// The value as given, cut to a readable length. Shown as text only.
    pub value: String,
    pub problem: Problem,
}

/// A scenario read from the query.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub lang: Lang,
    pub preset: Option<&'static Preset>,
    pub form: Form,
    pub notices: Vec<Notice>,
}

/// Reads the query pairs (already percent-decoded, in order). The first
/// occurrence of a key wins, as with `URLSearchParams.get`.
pub fn load<I, K, V>(pairs: I) -> Loaded
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let mut notices = Vec::new();
    let mut seen: Vec<(String, String)> = Vec::new();
    let mut ignored = 0usize;
    for (i, (k, v)) in pairs.into_iter().enumerate() {
        if i >= MAX_PAIRS {
            ignored += 1;
            continue;
        }
        let (k, v) = (k.as_ref(), v.as_ref());
        if is_known(k) && !seen.iter().any(|(s, _)| s == k) {
            seen.push((k.to_owned(), v.to_owned()));
        }
    }
    if ignored > 0 {
        notices.push(Notice {
            key: String::new(),
            value: ignored.to_string(),
            problem: Problem::TooManyPairs,
        });
    }
    let get = |key: &str| seen.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    let mut notice = |key: &str, value: &str, problem: Problem| {
        notices.push(Notice {
            key: key.to_owned(),
            value: quote(value),
            problem,
        });
    };

    let lang = match get(keys::LANG) {
        None => Lang::default(),
        Some(v) => Lang::from_code(v).unwrap_or_else(|| {
            notice(keys::LANG, v, Problem::UnknownLang);
            Lang::default()
        }),
    };
    let preset = get(keys::PRESET).and_then(|v| {
        let found = preset::find(v);
        if found.is_none() {
            notice(keys::PRESET, v, Problem::UnknownPreset);
        }
        found
    });
    let mut form = preset.map_or_else(|| Form::new(lang), |p| p.to_form(lang));

    let mut read = |key: &str, kind: FieldKind| -> Option<f64> {
        let v = get(key)?;
        kind.parse_plain(v)
            .map_err(|e| notice(key, v, Problem::Invalid(e)))
            .ok()
    };
    let headcount = read(keys::HEADCOUNT, FieldKind::Headcount);
    let current = read(keys::CURRENT, FieldKind::Caseload);
    let target = read(keys::TARGET, FieldKind::Caseload);
    let cost = read(keys::COST, FieldKind::Money);
    let benefit_month = read(keys::BENEFIT_MONTH, FieldKind::Money);

    if let Some(v) = cost {
        form.set_value(FieldId::CostPerStaffYear, v, lang);
    }
    // Any group value makes it a one-group scenario, built on the first group.
    if headcount.is_some() || current.is_some() || target.is_some() || benefit_month.is_some() {
        form.groups.truncate(1);
        let id = form.groups[0].id;
        for (field, value) in [
            (FieldId::Headcount(id), headcount),
            (FieldId::Current(id), current),
            (FieldId::Target(id), target),
        ] {
            if let Some(v) = value {
                form.set_value(field, v, lang);
            }
        }
        if let Some(v) = benefit_month {
            // A net amount per month: "another benefit" with no reimbursement.
            form.set_group_benefit(id, BenefitKind::Other);
            form.set_value(FieldId::MonthlyRate(BenefitKind::Other), v, lang);
            form.set_value(FieldId::Reimbursement(BenefitKind::Other), 0.0, lang);
        }
    }
    Loaded {
        lang,
        preset,
        form,
        notices,
    }
}

/// Splits `location.search` (`?a=1&b=2`) into decoded pairs the way
/// `URLSearchParams` does: `+` is a space, `%XX` is a byte, a broken escape
/// stays as text, and invalid UTF-8 becomes U+FFFD. Never fails.
pub fn parse_search(search: &str) -> Vec<(String, String)> {
    search
        .strip_prefix('?')
        .unwrap_or(search)
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode_component(k), decode_component(v))
        })
        .collect()
}

fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len()
                && hex(bytes[i + 1]).is_some()
                && hex(bytes[i + 2]).is_some() =>
            {
                out.push(hex(bytes[i + 1]).unwrap_or(0) * 16 + hex(bytes[i + 2]).unwrap_or(0));
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

fn is_known(key: &str) -> bool {
    [
        keys::HEADCOUNT,
        keys::CURRENT,
        keys::TARGET,
        keys::COST,
        keys::BENEFIT_MONTH,
        keys::LANG,
        keys::PRESET,
    ]
    .contains(&key)
}

/// The value as quoted back in a notice: cut to a readable length.
pub(crate) fn quote(value: &str) -> String {
    if value.chars().count() <= MAX_QUOTED_CHARS {
        return value.to_owned();
    }
    let mut cut: String = value.chars().take(MAX_QUOTED_CHARS).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::calc::compute;

    fn pairs(q: &str) -> Vec<(String, String)> {
        q.split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (k.to_owned(), v.to_owned())
            })
            .collect()
    }

    #[test]
    fn the_documented_example_computes_the_published_figures() {
        let l = load(pairs(
            "headcount=5000&current=70&target=50&cost=396900&benefit_month=15774",
        ));
        assert!(l.notices.is_empty());
        let e = l.form.evaluate(l.lang);
        assert!(e.errors.is_empty(), "{:?}", e.errors);
        let r = compute(&e.scenario.unwrap());
        assert!((r.extra_staff - 28.571_428_571_428_57).abs() < 1e-9);
        assert!((r.annual_cost - 11_340_000.0).abs() < 1e-6);
        let crate::model::calc::BreakEven::Required {
            months_per_year, ..
        } = r.break_even
        else {
            panic!()
        };
        assert!((months_per_year - 718.904_526).abs() < 1e-3);
    }

    #[test]
    fn no_query_gives_the_default_scenario_in_danish() {
        let l = load(Vec::<(String, String)>::new());
        assert_eq!(l.lang, Lang::Da);
        assert_eq!(l.form, Form::new(Lang::Da));
        assert!(l.preset.is_none() && l.notices.is_empty());
    }

    #[test]
    fn bad_values_are_reported_and_the_rest_still_loads() {
        let l = load(pairs(
            "lang=en&headcount=abc&current=0&target=45&cost=-1&lang=da",
        ));
        assert_eq!(l.lang, Lang::En, "first occurrence wins");
        let keys: Vec<&str> = l.notices.iter().map(|n| n.key.as_str()).collect();
        assert_eq!(keys, ["headcount", "current", "cost"]);
        assert_eq!(
            l.notices[0].problem,
            Problem::Invalid(InputError::NotANumber)
        );
        assert_eq!(l.form.groups[0].target, "45");
        assert_eq!(
            l.form.groups[0].headcount, "1,000",
            "default kept, in English"
        );
        assert!(l.form.evaluate(l.lang).errors.is_empty());
    }

    #[test]
    fn unknown_keys_lang_and_preset() {
        let l = load(pairs("foo=bar&lang=fr&preset=nope"));
        assert_eq!(l.lang, Lang::Da);
        let problems: Vec<&Problem> = l.notices.iter().map(|n| &n.problem).collect();
        assert_eq!(problems, [&Problem::UnknownLang, &Problem::UnknownPreset]);
    }

    #[test]
    fn preset_with_overrides_becomes_one_group() {
        let l = load(pairs("preset=kk-bi08-2023"));
        assert_eq!(l.form.groups.len(), 4);
        assert_eq!(l.preset.map(|p| p.id), Some("kk-bi08-2023"));
        let l = load(pairs("preset=kk-bi08-2023&target=45"));
        assert_eq!(l.form.groups.len(), 1);
        assert_eq!(l.form.groups[0].headcount, "1.400");
        assert_eq!(l.form.groups[0].target, "45");
        // cost alone keeps every group.
        let l = load(pairs("preset=kk-bi08-2023&cost=400000"));
        assert_eq!(l.form.groups.len(), 4);
        assert_eq!(l.form.cost_per_staff_year, "400.000");
    }

    #[test]
    fn decodes_the_search_string_like_url_search_params() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("", &[]),
            ("?", &[]),
            (
                "?headcount=5000&lang=en",
                &[("headcount", "5000"), ("lang", "en")],
            ),
            ("?a=1+2&b=%3Cscript%3E", &[("a", "1 2"), ("b", "<script>")]),
            ("?x=%ZZ&y=%4", &[("x", "%ZZ"), ("y", "%4")]),
            ("?x=%", &[("x", "%")]),
            ("?%FF=%C3%A6", &[("\u{fffd}", "æ")]),
            ("?flag&&=v", &[("flag", ""), ("", "v")]),
            ("?a=b=c", &[("a", "b=c")]),
        ];
        for (search, expected) in cases {
            let got = parse_search(search);
            let got: Vec<(&str, &str)> =
                got.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            assert_eq!(&got, expected, "{search:?}");
        }
    }

    #[test]
    fn thousands_of_keys_and_long_values_are_bounded() {
        let many: Vec<(String, String)> =
            (0..5000).map(|i| (format!("k{i}"), "1".into())).collect();
        let l = load(many);
        assert_eq!(l.notices.len(), 1);
        assert_eq!(l.notices[0].problem, Problem::TooManyPairs);
        let l = load(pairs(&format!("headcount={}", "<script>".repeat(100))));
        assert_eq!(l.notices[0].value.chars().count(), MAX_QUOTED_CHARS + 1);
    }
}
