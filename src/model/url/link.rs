//! The URL interface: the one place that knows every query key.
//!
//! The whole scenario lives in the query, readable and versioned:
//!
//! - **Version 1** (no `v` key): the public interface embedding hosts and
//!   tests use, `?headcount=5000&current=70&target=50&cost=396900&
//!   benefit_month=15774`. Such links load exactly as they always have, and
//!   its keys still work on top of any version.
//! - **Version 2** (`v=2`): every field of the form, each key left out while
//!   it equals its default, so short scenarios give short links
//!   (`?v=2&g1.headcount=5000&cost=396900`). Read against the defaults of
//!   its time: cost 400,000 kr. without overhead, the rates of then, every
//!   amount at the link's price level ([`Form::legacy`]).
//! - **Version 3** (`v=3`): as version 2, plus the years amounts are in
//!   (`cost_year`, `<benefit>.year`) and `overhead`, read against today's
//!   defaults. [`encode`] writes it; [`load`] reads it back,
//!   `load(encode(x))` giving `x`.
//!
//! Numbers are plain decimals (`52.5`), whatever the language. Text a user
//! typed that is not a valid value is kept as typed behind a `~`
//! (`g1.current=~52.5` from a Danish page), so a reload shows the same text
//! and the same error; a value without the `~` that is not valid is reported
//! and skipped. The query (and the stored or downloaded copy of it, see
//! [`read_record`](super::saved::read_record)) is untrusted: bounded in pairs and lengths, unknown keys
//! ignored, bad values reported as [`Notice`]s, and the rest still loads.

use std::cell::Cell;

use crate::model::ds::Area;
use crate::model::form::{EffectUnit, FieldId, Form, Switch, MAX_GROUPS, MAX_NAME_CHARS};
use crate::model::input::{FieldKind, InputError};
use crate::model::kind::BenefitKind;
use crate::model::lang::Lang;
use crate::model::number::{from_plain_text, to_plain_text};
use crate::model::preset::{self, Preset};

use super::codec::{cut, quote, MAX_PAIRS, MAX_VALUE_CHARS};
use super::keys::{self, CURRENT_VERSION};
use super::notice::{Notice, Problem};

/// Longest text kept as typed (`~…`) per field, in the link and on load.
pub const MAX_RAW_CHARS: usize = 100;
/// Marks a value kept exactly as typed because it is not a valid value.
pub const RAW: char = '~';
/// `area` value for "no DS area".
const NO_AREA: &str = "none";

/// A scenario read from the query.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub lang: Lang,
    pub preset: Option<&'static Preset>,
    pub form: Form,
    pub notices: Vec<Notice>,
}

/// The query pairs as read: first occurrence of each scenario key, bounded,
/// and whether the loader has read it (a key never read gets a notice, so
/// nothing in a link is dropped without a word).
struct Reader {
    seen: Vec<(String, String, Cell<bool>)>,
    notices: Vec<Notice>,
}

impl Reader {
    fn new<I, K, V>(pairs: I) -> Reader
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: AsRef<str>,
    {
        let mut seen: Vec<(String, String, Cell<bool>)> = Vec::new();
        let mut ignored = 0usize;
        for (i, (k, v)) in pairs.into_iter().enumerate() {
            if i >= MAX_PAIRS {
                ignored += 1;
                continue;
            }
            let k = k.as_ref();
            if is_scenario_key(k) && !seen.iter().any(|(s, _, _)| s == k) {
                seen.push((
                    k.to_owned(),
                    cut(v.as_ref(), MAX_VALUE_CHARS),
                    Cell::new(false),
                ));
            }
        }
        let mut r = Reader {
            seen,
            notices: Vec::new(),
        };
        if ignored > 0 {
            r.notice("", &ignored.to_string(), Problem::TooManyPairs);
        }
        r
    }

    /// Whether any key beyond `v`, `lang` and `preset` was given.
    fn has_scenario_data(&self) -> bool {
        self.seen.iter().any(|(k, _, _)| !is_default_key(k))
    }

    fn get(&self, key: &str) -> Option<String> {
        self.seen
            .iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, v, used)| {
                used.set(true);
                v.clone()
            })
    }

    /// A notice for every key the loader never read: a group the scenario
    /// does not have, or a version-2 key in a version-1 link.
    fn report_unused(&mut self, v2: bool) {
        let unused: Vec<(String, String)> = self
            .seen
            .iter()
            .filter(|(_, _, used)| !used.get())
            .map(|(k, v, _)| (k.clone(), v.clone()))
            .collect();
        for (key, value) in unused {
            let problem = if v2 {
                Problem::NoSuchGroup
            } else {
                Problem::NeedsVersion2
            };
            self.notice(&quote(&key), &value, problem);
        }
    }

    fn notice(&mut self, key: &str, value: &str, problem: Problem) {
        self.notices.push(Notice {
            key: key.to_owned(),
            value: quote(value),
            problem,
        });
    }

    /// `key`'s value as field text, if given and a valid plain decimal; a
    /// notice when it is not.
    fn plain(&mut self, key: &str, kind: FieldKind, lang: Lang) -> Option<String> {
        let v = self.get(key)?;
        number_text(&v, kind, lang, false)
            .map_err(|p| self.notice(key, &v, p))
            .ok()
    }

    /// Sets `slot` from `key`'s value, if given; a notice when it is bad.
    fn read(&mut self, form: &mut Form, key: &str, slot: Slot, lang: Lang, raw: bool) -> bool {
        let Some(v) = self.get(key) else {
            return false;
        };
        match set(form, slot, &v, lang, raw) {
            Ok(()) => true,
            Err(p) => {
                self.notice(key, &v, p);
                false
            }
        }
    }
}

/// Reads the query pairs (already percent-decoded, in order). The first
/// occurrence of a key wins, as with `URLSearchParams.get`.
pub fn load<I, K, V>(pairs: I) -> Loaded
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let mut r = Reader::new(pairs);
    let version = match r.get(keys::VERSION).as_deref() {
        None | Some("1") => 1,
        Some("2") => 2,
        Some("3") => 3,
        Some(v) => {
            r.notice(keys::VERSION, v, Problem::UnknownVersion);
            CURRENT_VERSION
        }
    };
    let lang = match r.get(keys::LANG) {
        None => Lang::default(),
        Some(v) => Lang::from_code(&v).unwrap_or_else(|| {
            r.notice(keys::LANG, &v, Problem::UnknownLang);
            Lang::default()
        }),
    };
    let preset = r.get(keys::PRESET).and_then(|v| {
        let found = preset::find(&v);
        if found.is_none() {
            r.notice(keys::PRESET, &v, Problem::UnknownPreset);
        }
        found
    });
    // Links of version 2 and earlier that say anything beyond language and
    // preset were written before amounts carried years and overhead and
    // against the rates of their time: they are read against those defaults
    // (rates they leave out mean the frozen version 2 rates), with every
    // amount at the link's own price level, so they keep their figures. A
    // link with no scenario data is "the defaults" and gets today's (see
    // docs/url.md).
    let legacy = version <= 2 && r.has_scenario_data();
    let mut form = base_form(preset, lang, legacy);
    let v2 = version >= 2;
    if let Some(v) = r.get(keys::GROUPS).filter(|_| v2) {
        match group_count(&v) {
            Ok(n) => resize(&mut form, n),
            Err(e) => r.notice(keys::GROUPS, &v, Problem::Invalid(e)),
        }
    }
    // Version 1's group keys work in every version: any of them makes a
    // one-group scenario built on the first group. (Read in version 1's
    // order, so their notices come in the order they always did.)
    let v1 = [
        (keys::HEADCOUNT, FieldKind::Headcount),
        (keys::CURRENT, FieldKind::Caseload),
        (keys::TARGET, FieldKind::Caseload),
    ]
    .map(|(key, kind)| r.plain(key, kind, lang));
    // Version 1 knows only `cost` of these.
    for (key, slot) in slots(form.groups.len()) {
        if v2 || key == keys::COST {
            r.read(&mut form, &key, slot, lang, v2);
        }
    }
    let benefit_month = r.plain(keys::BENEFIT_MONTH, FieldKind::Money, lang);
    if v1.iter().any(Option::is_some) || benefit_month.is_some() {
        resize(&mut form, 1);
        let id = form.groups[0].id;
        let fields = [
            FieldId::Headcount(id),
            FieldId::Current(id),
            FieldId::Target(id),
        ];
        for (field, text) in fields.into_iter().zip(v1) {
            if let Some(t) = text {
                form.set_text(field, &t);
            }
        }
        if let Some(t) = benefit_month {
            // A net amount per month: "another benefit" with no reimbursement.
            form.set_group_benefit(id, BenefitKind::Other);
            form.set_text(FieldId::MonthlyRate(BenefitKind::Other), &t);
            form.set_text(FieldId::Reimbursement(BenefitKind::Other), "0");
        }
    }
    if legacy {
        form.at_price_level();
    }
    r.report_unused(v2);
    Loaded {
        lang,
        preset,
        form,
        notices: r.notices,
    }
}

/// The scenario as query pairs in the current version, each key left out
/// while it equals its default: the default form, or `preset`'s form when
/// one is chosen. Nothing at all for the default scenario in Danish;
/// otherwise `v=3` first.
///
/// It writes what [`load`] needs to rebuild `form` from the default: it
/// loads each pair into a copy of the default as it goes and writes only
/// what still differs (so a DS area that followed the benefit is not
/// written), and `load` of the result gives the same scenario.
pub fn encode(form: &Form, lang: Lang, preset: Option<&'static Preset>) -> Vec<(String, String)> {
    encode_on(form, lang, preset, base_form(preset, lang, false))
}

/// `v`, `lang` and `preset`: the keys that do not make a link scenario data.
fn is_default_key(key: &str) -> bool {
    key == keys::VERSION || key == keys::LANG || key == keys::PRESET
}

/// [`encode`] against `default`.
fn encode_on(
    form: &Form,
    lang: Lang,
    preset: Option<&'static Preset>,
    mut default: Form,
) -> Vec<(String, String)> {
    let n = form.groups.len();
    let mut out: Vec<(String, String)> = Vec::new();
    if lang != Lang::default() {
        out.push((keys::LANG.to_owned(), lang.code().to_owned()));
    }
    if let Some(p) = preset {
        out.push((keys::PRESET.to_owned(), p.id.to_owned()));
    }
    if n != default.groups.len() {
        out.push((keys::GROUPS.to_owned(), n.to_string()));
        resize(&mut default, n);
    }
    for (key, slot) in slots(n) {
        let value = get(form, slot, lang);
        if value != get(&default, slot, lang) {
            let _ = set(&mut default, slot, &value, lang, true);
            out.push((key, value));
        }
    }
    if !out.is_empty() {
        out.insert(0, (keys::VERSION.to_owned(), CURRENT_VERSION.to_string()));
    }
    out
}

/// One thing a key sets: a part of group `i` (from 0), a numeric field
/// outside the groups, or a switch.
#[derive(Clone, Copy, Debug)]
enum Slot {
    Group(usize, Part),
    Field(FieldId),
    Switch(Switch),
}

#[derive(Clone, Copy, Debug)]
enum Part {
    Benefit,
    Area,
    Unit,
    Name,
    Headcount,
    Current,
    Target,
    Effect,
    DisplacedTo,
    Displaced,
}

/// Every key of a scenario with `n` groups, in the order they are read: a
/// group's benefit before its DS area and displacement destination (which
/// follow the benefit) and its effect unit before the effect.
fn slots(n: usize) -> Vec<(String, Slot)> {
    const PARTS: [Part; 10] = [
        Part::Benefit,
        Part::Area,
        Part::Unit,
        Part::DisplacedTo,
        Part::Name,
        Part::Headcount,
        Part::Current,
        Part::Target,
        Part::Effect,
        Part::Displaced,
    ];
    let mut out = Vec::with_capacity(n * PARTS.len() + 24);
    for i in 0..n {
        for (field, part) in keys::GROUP_FIELDS.into_iter().zip(PARTS) {
            out.push((keys::group(i + 1, field), Slot::Group(i, part)));
        }
    }
    for (key, switch) in [
        (keys::HIRING, Switch::Hiring),
        (keys::RAMP, Switch::Ramp),
        (keys::NEW_HIRES, Switch::NewHires),
    ] {
        out.push((key.to_owned(), Slot::Switch(switch)));
    }
    out.push((
        keys::COST.to_owned(),
        Slot::Field(FieldId::CostPerStaffYear),
    ));
    out.push((keys::OVERHEAD.to_owned(), Slot::Field(FieldId::Overhead)));
    out.push((keys::COST_YEAR.to_owned(), Slot::Field(FieldId::CostYear)));
    for b in BenefitKind::ALL {
        out.push((
            keys::benefit(b, keys::B_RATE),
            Slot::Field(FieldId::MonthlyRate(b)),
        ));
        out.push((
            keys::benefit(b, keys::B_YEAR),
            Slot::Field(FieldId::RateYear(b)),
        ));
        out.push((
            keys::benefit(b, keys::B_REIMBURSEMENT),
            Slot::Field(FieldId::Reimbursement(b)),
        ));
    }
    for (key, field) in [
        (keys::START_YEAR, FieldId::StartYear),
        (keys::YEARS, FieldId::Years),
        (keys::PRICE_LEVEL, FieldId::PriceLevel),
        (keys::HIRING_SHARE, FieldId::HiringShare),
        (keys::RAMP_YEAR1, FieldId::RampYear1),
        (keys::RAMP_YEAR2, FieldId::RampYear2),
        (keys::GOAL_BUDGET, FieldId::GoalBudget),
        (keys::GOAL_PUBLISHED, FieldId::GoalPublished),
        (keys::GOAL_STAFF, FieldId::GoalStaff),
    ] {
        out.push((key.to_owned(), Slot::Field(field)));
    }
    out
}

/// The numeric field behind `slot` in `form`, if it is one (a group's
/// effect in the group's current unit).
fn number_field(form: &Form, slot: Slot) -> Option<FieldId> {
    let (i, part) = match slot {
        Slot::Field(f) => return Some(f),
        Slot::Switch(_) => return None,
        Slot::Group(i, part) => (i, part),
    };
    let g = form.groups.get(i)?;
    Some(match part {
        Part::Headcount => FieldId::Headcount(g.id),
        Part::Current => FieldId::Current(g.id),
        Part::Target => FieldId::Target(g.id),
        Part::Effect => FieldId::Effect(g.id, g.effect_unit),
        Part::Displaced => FieldId::Displaced(g.id),
        _ => return None,
    })
}

/// The query value of `slot` in `form`.
fn get(form: &Form, slot: Slot, lang: Lang) -> String {
    if let Some(field) = number_field(form, slot) {
        return field_value(form.text(field).unwrap_or_default(), field.kind(), lang);
    }
    let id: &str = match slot {
        Slot::Switch(s) => {
            if switch_on(form, s) {
                "1"
            } else {
                "0"
            }
        }
        Slot::Group(i, part) => {
            let Some(g) = form.groups.get(i) else {
                return String::new();
            };
            match part {
                Part::Benefit => g.benefit.id(),
                Part::Area => g.ds_area.map_or(NO_AREA, Area::id),
                Part::Unit => g.effect_unit.id(),
                Part::DisplacedTo => g.displaced_to.id(),
                _ => return cut(&g.name, MAX_NAME_CHARS),
            }
        }
        Slot::Field(_) => "",
    };
    id.to_owned()
}

/// Sets `slot` in `form` from a query value. Numbers must be valid plain
/// decimals (or, when `raw` is allowed, text kept as typed after `~`).
fn set(form: &mut Form, slot: Slot, value: &str, lang: Lang, raw: bool) -> Result<(), Problem> {
    if let Some(field) = number_field(form, slot) {
        form.set_text(field, &number_text(value, field.kind(), lang, raw)?);
        return Ok(());
    }
    const CHOICE: Problem = Problem::UnknownChoice;
    match slot {
        Slot::Switch(s) => form.set_switch(
            s,
            match value {
                "1" => true,
                "0" => false,
                _ => return Err(CHOICE),
            },
        ),
        Slot::Group(i, part) => {
            let Some(id) = form.groups.get(i).map(|g| g.id) else {
                return Ok(());
            };
            match part {
                Part::Benefit => {
                    form.set_group_benefit(id, BenefitKind::from_id(value).ok_or(CHOICE)?)
                }
                Part::Area => {
                    let area = if value == NO_AREA {
                        None
                    } else {
                        Some(Area::from_id(value).ok_or(CHOICE)?)
                    };
                    form.set_group_area(id, area);
                }
                Part::Unit => {
                    let unit = EffectUnit::from_id(value).ok_or(CHOICE)?;
                    if let Some(g) = form.group_mut(id) {
                        g.effect_unit = unit;
                    }
                }
                Part::DisplacedTo => {
                    form.set_displaced_to(id, BenefitKind::from_id(value).ok_or(CHOICE)?)
                }
                _ => form.set_group_name(id, value),
            }
        }
        Slot::Field(_) => {}
    }
    Ok(())
}

/// The field text for a query value: a valid plain decimal written in
/// `lang`, or (when `raw` is allowed) the text kept as typed after `~`.
fn number_text(value: &str, kind: FieldKind, lang: Lang, raw: bool) -> Result<String, Problem> {
    if let Some(typed) = value.strip_prefix(RAW).filter(|_| raw) {
        return Ok(cut(typed, MAX_RAW_CHARS));
    }
    kind.parse_plain(value).map_err(Problem::Invalid)?;
    Ok(from_plain_text(value, lang, grouped(kind)).unwrap_or_default())
}

/// A field's text as a query value: the plain decimal when reading it back
/// gives exactly the same number, else the text as typed behind [`RAW`]
/// (invalid entries, and the rare valid one that would not read back the
/// same, e.g. 40 digits that gain thousands separators).
fn field_value(text: &str, kind: FieldKind, lang: Lang) -> String {
    let wanted = kind.parse(text, lang);
    if wanted.is_ok() {
        if let Some(plain) = to_plain_text(text, lang) {
            let back = from_plain_text(&plain, lang, grouped(kind)).map(|t| kind.parse(&t, lang));
            if kind.parse_plain(&plain).is_ok() && back == Some(wanted) {
                return plain;
            }
        }
    }
    let mut raw = String::with_capacity(text.len().min(MAX_RAW_CHARS) + 1);
    raw.push(RAW);
    raw.push_str(&cut(text, MAX_RAW_CHARS));
    raw
}

/// A count of groups, 1 to [`MAX_GROUPS`].
fn group_count(v: &str) -> Result<usize, InputError> {
    let n = v.parse::<usize>().map_err(|_| InputError::NotANumber)?;
    if (1..=MAX_GROUPS).contains(&n) {
        Ok(n)
    } else {
        Err(InputError::OutOfRange {
            min: 1.0,
            max: MAX_GROUPS as f64,
        })
    }
}

/// The form keys are compared against: the preset's, else the default.
/// `legacy`: the defaults of version 1 and 2 links ([`Form::legacy`]).
fn base_form(preset: Option<&Preset>, lang: Lang, legacy: bool) -> Form {
    let form = if legacy {
        Form::legacy(lang)
    } else {
        Form::new(lang)
    };
    match preset {
        Some(p) => p.to_form_on(form, lang),
        None => form,
    }
}

/// `n` groups: the first `n` of the form's, or more added the way the
/// page's "add group" does (copying the last row, headcount empty).
fn resize(form: &mut Form, n: usize) {
    form.groups.truncate(n.max(1));
    while form.groups.len() < n && form.add_group().is_some() {}
}

fn switch_on(form: &Form, switch: Switch) -> bool {
    let b = &form.budget;
    match switch {
        Switch::Hiring => b.hiring,
        Switch::Ramp => b.ramp,
        Switch::NewHires => b.new_hires,
    }
}

/// Years are written without thousands separators ("2027").
fn grouped(kind: FieldKind) -> bool {
    !matches!(kind, FieldKind::Year | FieldKind::YearCount)
}

/// Whether `key` belongs to the scenario (any version). The page rewrites
/// these keys and keeps every other key of its URL as it was.
pub fn is_scenario_key(key: &str) -> bool {
    const FIXED: [&str; 23] = [
        keys::HEADCOUNT,
        keys::CURRENT,
        keys::TARGET,
        keys::COST,
        keys::COST_YEAR,
        keys::OVERHEAD,
        keys::BENEFIT_MONTH,
        keys::LANG,
        keys::PRESET,
        keys::VERSION,
        keys::GROUPS,
        keys::START_YEAR,
        keys::YEARS,
        keys::PRICE_LEVEL,
        keys::HIRING,
        keys::HIRING_SHARE,
        keys::RAMP,
        keys::RAMP_YEAR1,
        keys::RAMP_YEAR2,
        keys::NEW_HIRES,
        keys::GOAL_BUDGET,
        keys::GOAL_PUBLISHED,
        keys::GOAL_STAFF,
    ];
    if FIXED.contains(&key) {
        return true;
    }
    let Some((head, field)) = key.split_once('.') else {
        return false;
    };
    if let Some(n) = head.strip_prefix('g') {
        // Any group number: one the scenario lacks is reported, not kept.
        return !n.is_empty()
            && n.bytes().all(|b| b.is_ascii_digit())
            && keys::GROUP_FIELDS.contains(&field);
    }
    BenefitKind::from_id(head).is_some()
        && [keys::B_RATE, keys::B_YEAR, keys::B_REIMBURSEMENT].contains(&field)
}

/// Whether the query holds any scenario key (then it wins over a scenario
/// saved in the browser).
pub fn has_scenario<K: AsRef<str>, V>(pairs: &[(K, V)]) -> bool {
    pairs
        .iter()
        .take(MAX_PAIRS)
        .any(|(k, _)| is_scenario_key(k.as_ref()))
}

#[cfg(test)]
mod tests;
