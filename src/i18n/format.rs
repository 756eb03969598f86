//! Numbers, amounts and sentences in a language: kr. and mio. kr., per
//! cent, a field's allowed range, the `{0}`…`{9}` templates of the charts
//! and the explanation, and the headline of a change that needs no effect.
//! On top of [`crate::model::number`]; the strings they use are fields of
//! [`Texts`](super::Texts).

use crate::model::calc::Change;
use crate::model::ds::CutLanding;
use crate::model::explain::{Line, Step, Unit, Value};
use crate::model::input::FieldKind;
use crate::model::number::{format, format_trimmed};
use crate::model::Lang;

/// Formats kr.: "11.340.000 kr." / "DKK 11,340,000".
pub fn kr(value: f64, lang: Lang) -> String {
    match lang {
        Lang::Da => format!("{} kr.", format(value, 0, lang)),
        Lang::En => format!("DKK {}", format(value, 0, lang)),
    }
}

/// Formats millions of kr.: "11,34 mio. kr." / "DKK 11.34 million".
pub fn mio_kr(value: f64, lang: Lang) -> String {
    let m = format(value / 1e6, 2, lang);
    match lang {
        Lang::Da => format!("{m} mio. kr."),
        Lang::En => format!("DKK {m} million"),
    }
}

/// Formats a share 0–1 as per cent with one decimal: "4,8 %".
pub fn percent(share: f64, lang: Lang) -> String {
    format!("{} %", format(share * 100.0, 1, lang))
}

fn range_unit(kind: FieldKind, lang: Lang) -> (&'static str, &'static str) {
    // (prefix, suffix) around a number.
    match (kind, lang) {
        (FieldKind::Headcount, Lang::Da) => ("", " helårspersoner"),
        (FieldKind::Headcount, Lang::En) => ("", " full-year persons"),
        (FieldKind::Caseload, Lang::Da) => ("", " sager pr. sagsbehandler"),
        (FieldKind::Caseload, Lang::En) => ("", " cases per caseworker"),
        (FieldKind::Money, Lang::Da) => ("", " kr."),
        (FieldKind::Money, Lang::En) => ("DKK ", ""),
        (FieldKind::Percent | FieldKind::EffectPercent, _) => ("", " %"),
        (FieldKind::Year, _) => ("", ""),
        (FieldKind::YearCount, Lang::Da) => ("", " år"),
        (FieldKind::YearCount, Lang::En) => ("", " years"),
        (FieldKind::EffectMonths, Lang::Da) => ("", " måneder"),
        (FieldKind::EffectMonths, Lang::En) => ("", " months"),
        (FieldKind::StaffYears, Lang::Da) => ("", " årsværk"),
        (FieldKind::StaffYears, Lang::En) => ("", " staff years"),
    }
}

pub(super) fn range_text(kind: FieldKind, min: f64, max: f64, lang: Lang) -> (String, String) {
    let (pre, suf) = range_unit(kind, lang);
    // Years are never grouped: "2000", not "2.000".
    let num = |v: f64| match kind {
        FieldKind::Year | FieldKind::YearCount => (v as i64).to_string(),
        _ => format(v, 0, lang),
    };
    (
        format!("{pre}{}", num(min)),
        format!("{pre}{}{suf}", num(max)),
    )
}

// --- charts ---

/// Fills a template's `{0}`…`{9}` with `args`, in any order and as often as
/// the language needs; a placeholder without an argument is left out, and a
/// full stop right after an argument ending in one ("kr.") is dropped.
pub fn fill(template: &str, args: &[String]) -> String {
    let mut out = String::with_capacity(template.len() + 16 * args.len());
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 1..];
        match tail.as_bytes() {
            [d @ b'0'..=b'9', b'}', ..] => {
                let arg = args.get(usize::from(d - b'0')).map_or("", String::as_str);
                out.push_str(arg);
                rest = &tail[2..];
                // "11.340.000 kr." ends a sentence with one full stop.
                if arg.ends_with('.') {
                    rest = rest.strip_prefix('.').unwrap_or(rest);
                }
            }
            _ => {
                out.push('{');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The headline of a change that needs no effect ([`BreakEven::NotNeeded`](crate::model::BreakEven::NotNeeded)):
/// a cut or a mixed change names the fewer caseworkers, the saving, the
/// higher caseload and where it lands against DS (`landing`), so a cut is
/// never presented as "no effect needed" alone.
pub fn not_needed_headline(change: Change, landing: CutLanding, lang: Lang) -> String {
    let t = lang.t();
    let (template, c) = match change {
        Change::Unchanged => return t.headline_unchanged.to_owned(),
        Change::Free => return t.headline_free.to_owned(),
        Change::Cut(c) => (t.headline_cut, c),
        Change::Mixed(c) => (t.headline_mixed, c),
    };
    let mut s = template(
        &format(c.fewer_staff, 1, lang),
        &kr(c.saving, lang),
        &format_trimmed(c.caseload_now, 1, lang),
        &format_trimmed(c.caseload_target, 1, lang),
    );
    let landing = match landing {
        CutLanding::NoArea => None,
        CutLanding::AllAbove { range: Some(r) } => Some((t.cut_above_range)(
            &format_trimmed(r.min, 1, lang),
            &format_trimmed(r.max, 1, lang),
        )),
        CutLanding::AllAbove { range: None } => Some(t.cut_above_ranges.to_owned()),
        CutLanding::SomeAbove { above, of } => Some((t.cut_some_above)(above, of)),
        CutLanding::NoneAbove => Some(t.cut_not_above.to_owned()),
    };
    for part in landing
        .iter()
        .map(String::as_str)
        .chain([t.cut_effect_note])
    {
        s.push(' ');
        s.push_str(part);
    }
    s
}

/// A number of an explanation step, written for `lang`.
pub fn value_text(v: Value, lang: Lang) -> String {
    let x = v.value;
    match v.unit {
        Unit::Citizens | Unit::Caseload => format_trimmed(x, 2, lang),
        Unit::StaffYears | Unit::Months => format(x, 2, lang),
        Unit::Count => format(x, 0, lang),
        Unit::Persons => format(x, 1, lang),
        Unit::Kr => kr(x, lang),
        Unit::KrOere => match lang {
            Lang::Da => format!("{} kr.", format(x, 2, lang)),
            Lang::En => format!("DKK {}", format(x, 2, lang)),
        },
        Unit::Share => format!("{} %", format_trimmed(x * 100.0, 3, lang)),
        // Years are never grouped: "2023", not "2.023".
        Unit::Year => (x as i64).to_string(),
    }
}

/// One explanation line's sentence with its numbers filled in.
pub fn explain_sentence(line: &Line, lang: Lang) -> String {
    let t = lang.t();
    let template = match line.step {
        Step::NoSpending => t.no_benefit_spending,
        Step::ExceedsAll => t.exceeds_all_benefits,
        Step::NoEffect => t.no_effect_given,
        step => (t.explain_step)(step),
    };
    let args: Vec<String> = line.values.iter().map(|&v| value_text(v, lang)).collect();
    fill(template, &args)
}
