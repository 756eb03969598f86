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
//! [`read_record`]) is untrusted: bounded in pairs and lengths, unknown keys
//! ignored, bad values reported as [`Notice`]s, and the rest still loads.

use std::cell::Cell;

use super::ds::Area;
use super::embed::EmbedProblem;
use super::form::{EffectUnit, FieldId, Form, Switch, MAX_GROUPS, MAX_NAME_CHARS};
use super::input::{FieldKind, InputError};
use super::kind::BenefitKind;
use super::lang::Lang;
use super::number::{from_plain_text, to_plain_text};
use super::preset::{self, Preset};

/// Every query key the page reads or writes.
pub mod keys {
    use crate::model::kind::BenefitKind;

    // Version 1: the documented public interface (docs/url.md).
    /// Full-year persons in the (single) target group.
    pub const HEADCOUNT: &str = "headcount";
    /// Today's caseload.
    pub const CURRENT: &str = "current";
    /// Target caseload.
    pub const TARGET: &str = "target";
    /// Cost per staff year, kr. (the same key in version 2); from version 3
    /// the salary with pension, to which `overhead` is added.
    pub const COST: &str = "cost";
    /// The municipality's net kr. per benefit month (after reimbursement).
    pub const BENEFIT_MONTH: &str = "benefit_month";
    /// `da` or `en`.
    pub const LANG: &str = "lang";
    /// A preset id, see `preset::PRESETS`.
    pub const PRESET: &str = "preset";

    // Version 2: the whole scenario.
    /// The format version; absent means version 1.
    pub const VERSION: &str = "v";
    /// How many target groups, when not the default's (or preset's) count.
    pub const GROUPS: &str = "groups";
    /// Group fields, written `g<N>.<field>` with N from 1: see [`group`].
    pub const G_NAME: &str = "name";
    pub const G_HEADCOUNT: &str = "headcount";
    pub const G_CURRENT: &str = "current";
    pub const G_TARGET: &str = "target";
    /// A benefit id (`sygedagpenge`, `jobafklaring`, `kontanthjaelp`, `other`).
    pub const G_BENEFIT: &str = "benefit";
    /// The expected effect, in the group's effect unit.
    pub const G_EFFECT: &str = "effect";
    /// `months` (per citizen a year) or `percent`.
    pub const G_EFFECT_UNIT: &str = "effect_unit";
    /// A DS area id, or `none`.
    pub const G_AREA: &str = "area";
    /// Per cent of the benefit months saved that reappear on another
    /// benefit (fortrængning); absent means 0.
    pub const G_DISPLACED: &str = "displaced";
    /// The benefit id they reappear on; absent means the default for the
    /// group's benefit.
    pub const G_DISPLACED_TO: &str = "displaced_to";
    /// Every group field, in the order they are written.
    pub const GROUP_FIELDS: [&str; 10] = [
        G_BENEFIT,
        G_AREA,
        G_EFFECT_UNIT,
        G_DISPLACED_TO,
        G_NAME,
        G_HEADCOUNT,
        G_CURRENT,
        G_TARGET,
        G_EFFECT,
        G_DISPLACED,
    ];
    /// Benefit fields, written `<benefit id>.<field>`: see [`benefit`].
    pub const B_RATE: &str = "rate";
    /// State reimbursement, per cent.
    pub const B_REIMBURSEMENT: &str = "reimbursement";
    /// Version 3: the year a benefit's rate is for.
    pub const B_YEAR: &str = "year";
    /// Version 3: the year the salary (`cost`) is in, and the overhead on
    /// it in per cent.
    pub const COST_YEAR: &str = "cost_year";
    pub const OVERHEAD: &str = "overhead";
    /// Budget: first year, number of years, price level.
    pub const START_YEAR: &str = "start_year";
    pub const YEARS: &str = "years";
    pub const PRICE_LEVEL: &str = "price_level";
    /// Realism switches, `1` (on) or `0` (off), and their values (per cent).
    pub const HIRING: &str = "hiring";
    pub const HIRING_SHARE: &str = "hiring_share";
    pub const RAMP: &str = "ramp";
    pub const RAMP_YEAR1: &str = "ramp_year1";
    pub const RAMP_YEAR2: &str = "ramp_year2";
    pub const NEW_HIRES: &str = "new_hires";
    /// Goal-seeking questions (kr., kr., staff years); absent means not asked.
    pub const GOAL_BUDGET: &str = "goal_budget";
    pub const GOAL_PUBLISHED: &str = "goal_published";
    pub const GOAL_STAFF: &str = "goal_staff";

    /// The key of field `field` of group `n` (from 1): `g1.headcount`.
    pub fn group(n: usize, field: &str) -> String {
        format!("g{n}.{field}")
    }

    /// The key of field `field` of benefit `b`: `sygedagpenge.rate`.
    pub fn benefit(b: BenefitKind, field: &str) -> String {
        format!("{}.{field}", b.id())
    }

    // --- display keys (embed helper: `embed`, `accent`, `sections`) ---
    // Keys added here are not part of the scenario: `is_scenario_key` does
    // not know them, so rewriting the URL keeps them as they are.
    /// `1`: embed mode, the calculator without page chrome (`model::embed`).
    pub const EMBED: &str = "embed";
    /// Embed mode's accent colour, six hex digits (`0b5cad`).
    pub const ACCENT: &str = "accent";
    /// Embed mode's sections, comma-separated (`results,budget`).
    pub const SECTIONS: &str = "sections";
}

/// The version [`encode`] writes.
pub const CURRENT_VERSION: u32 = 3;
/// Most query pairs read; the rest are ignored with one notice. A full
/// scenario (20 groups, every field changed) needs about 230.
pub const MAX_PAIRS: usize = 256;
/// Longest value kept from a pair; anything longer is cut before reading
/// (no number, name or id is this long).
pub const MAX_VALUE_CHARS: usize = 200;
/// Longest text kept as typed (`~…`) per field, in the link and on load.
pub const MAX_RAW_CHARS: usize = 100;
/// Marks a value kept exactly as typed because it is not a valid value.
pub const RAW: char = '~';
/// Longest value quoted back in a notice.
pub const MAX_QUOTED_CHARS: usize = 40;
/// `area` value for "no DS area".
const NO_AREA: &str = "none";

/// What was wrong with one query value.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    Invalid(InputError),
    UnknownLang,
    UnknownPreset,
    /// More than [`MAX_PAIRS`] pairs; `value` holds how many were ignored.
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

/// Writes pairs as a query string (`?a=1&b=x+y`, or "" for none) that
/// [`parse_search`] and `URLSearchParams` read back as the same pairs:
/// letters, digits and `-._~*,:/` as they are (readable: `~52,5`), a space
/// as `+`, every other byte as `%XX`.
pub fn to_search<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> String {
    let mut out = String::new();
    for (i, (k, v)) in pairs.iter().enumerate() {
        out.push(if i == 0 { '?' } else { '&' });
        encode_component(k.as_ref(), &mut out);
        out.push('=');
        encode_component(v.as_ref(), &mut out);
    }
    out
}

fn encode_component(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in s.bytes() {
        match b {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'.'
            | b'_'
            | b'~'
            | b'*'
            | b','
            | b':'
            | b'/' => {
                out.push(char::from(b));
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 15)]));
            }
        }
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

/// The value of one hexadecimal digit (percent escapes, `accent` colours).
pub(crate) fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// The first `max` characters of `value`.
fn cut(value: &str, max: usize) -> String {
    match value.char_indices().nth(max) {
        None => value.to_owned(),
        Some((i, _)) => value[..i].to_owned(),
    }
}

/// A value cut to a readable length for a notice, "…" marking the cut.
pub(crate) fn quote(value: &str) -> String {
    let mut q = cut(value, MAX_QUOTED_CHARS);
    if q.len() < value.len() {
        q.push('…');
    }
    q
}

/// The `app` of a saved or downloaded scenario.
pub const APP_ID: &str = "sagsstamme-beregneren";
/// Largest scenario file or stored record read, in bytes. A full scenario
/// is a few kilobytes.
pub const MAX_RECORD_BYTES: usize = 64 * 1024;

/// Why a scenario file (or the copy saved in the browser) was not loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum RecordError {
    /// Larger than [`MAX_RECORD_BYTES`].
    TooBig,
    /// Not JSON at all.
    NotJson,
    /// JSON, but not an object with `"app": "sagsstamme-beregneren"`.
    NotOurs,
    /// Our file, but a `version` this page does not read.
    UnknownVersion,
    /// `scenario` missing or not an object.
    NoScenario,
    /// A scenario value that is neither text nor a number (the key, cut).
    WrongType(String),
}

/// A saved scenario as far as JSON gives it: each part `None` when missing
/// or of the wrong JSON type; a scenario value `None` when it is neither a
/// string nor a number (numbers already written as plain decimal text).
///
/// The record is `{"app": "sagsstamme-beregneren", "version": 2,
/// "scenario": {"g1.headcount": "5000", …}}`: the query pairs of [`encode`]
/// as an object, so a file and a link read the same way.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawRecord {
    pub app: Option<String>,
    pub version: Option<f64>,
    pub scenario: Option<Vec<(String, Option<String>)>>,
}

/// Checks a saved scenario and loads it like a link of its version. A
/// record that is not ours, of another version or with values of the wrong
/// type is refused as a whole; bad values of the right type are reported
/// and skipped as in a link.
pub fn read_record(record: RawRecord) -> Result<Loaded, RecordError> {
    if record.app.as_deref() != Some(APP_ID) {
        return Err(RecordError::NotOurs);
    }
    // Version 2 records (files and browser copies written before amounts
    // carried years) load as version 2 links do.
    let version = match record.version {
        Some(2.0) => 2,
        Some(v) if v == f64::from(CURRENT_VERSION) => CURRENT_VERSION,
        _ => return Err(RecordError::UnknownVersion),
    };
    let entries = record.scenario.ok_or(RecordError::NoScenario)?;
    let mut pairs = Vec::with_capacity(entries.len().min(MAX_PAIRS) + 1);
    // The record's version decides; a `v` inside the scenario is ignored.
    pairs.push((keys::VERSION.to_owned(), version.to_string()));
    for (k, v) in entries {
        match v {
            Some(v) => pairs.push((k, v)),
            None => return Err(RecordError::WrongType(cut(&k, MAX_QUOTED_CHARS))),
        }
    }
    Ok(load(pairs))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::calc::compute;
    use crate::model::ds::Area;
    use crate::model::form::EffectUnit;

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

    /// The form without its group ids (which only key the page's rows).
    fn content(f: &Form) -> impl PartialEq + std::fmt::Debug {
        let groups: Vec<_> = f
            .groups
            .iter()
            .cloned()
            .map(|mut g| {
                g.id = 0;
                g
            })
            .collect();
        (
            groups,
            f.cost_per_staff_year.clone(),
            f.benefits.clone(),
            f.budget.clone(),
            f.goal.clone(),
        )
    }

    fn strs(pairs: &[(String, String)]) -> Vec<(&str, &str)> {
        pairs
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect()
    }

    /// Every kind of field changed, in English, with text that does not
    /// read as a number and an empty headcount.
    fn rich_form() -> (Form, Lang) {
        let lang = Lang::En;
        let mut f = Form::new(lang);
        let first = f.groups[0].id;
        f.set_group_name(first, "Sygedagpenge & <b>jobcenter</b> = æøå");
        f.set_text(FieldId::Headcount(first), "1,234.5");
        f.set_text(FieldId::Current(first), "52,5");
        f.set_group_benefit(first, BenefitKind::Kontanthjaelp);
        f.set_group_area(first, Some(Area::Fleksjob));
        f.set_effect_unit(first, EffectUnit::Percent, lang);
        f.set_text(FieldId::Effect(first, EffectUnit::Percent), "7.5");
        f.set_text(FieldId::Displaced(first), "48");
        f.set_displaced_to(first, BenefitKind::Other);
        let second = f.add_group().unwrap();
        f.set_group_benefit(second, BenefitKind::Other);
        f.set_group_area(second, None);
        let third = f.add_group().unwrap();
        f.set_text(FieldId::Headcount(third), "400");
        f.set_text(FieldId::Target(third), "0");
        f.remove_group(second);
        f.set_text(FieldId::CostPerStaffYear, "396,900");
        f.set_text(FieldId::MonthlyRate(BenefitKind::Other), "15,774");
        f.set_text(FieldId::Reimbursement(BenefitKind::Kontanthjaelp), "30");
        f.set_text(FieldId::StartYear, "2025");
        f.set_text(FieldId::Years, "6");
        f.set_text(FieldId::PriceLevel, "2024");
        f.set_switch(Switch::Hiring, true);
        f.set_switch(Switch::Ramp, true);
        f.set_switch(Switch::NewHires, true);
        f.set_text(FieldId::HiringShare, "25");
        f.set_text(FieldId::RampYear1, "");
        f.set_text(FieldId::RampYear2, "~90");
        f.set_text(FieldId::GoalBudget, "1,000,000");
        f.set_text(FieldId::GoalStaff, "many");
        (f, lang)
    }

    #[test]
    fn defaults_are_left_out_so_the_default_link_is_empty() {
        assert_eq!(encode(&Form::new(Lang::Da), Lang::Da, None), vec![]);
        assert_eq!(
            strs(&encode(&Form::new(Lang::En), Lang::En, None)),
            [("v", "3"), ("lang", "en")]
        );
        let p = preset::find("kk-bi08-2023").unwrap();
        assert_eq!(
            strs(&encode(&p.to_form(Lang::Da), Lang::Da, Some(p))),
            [("v", "3"), ("preset", "kk-bi08-2023")]
        );
        // Retyping a default in another way writes nothing either.
        let mut f = Form::new(Lang::Da);
        let id = f.groups[0].id;
        f.set_text(FieldId::Headcount(id), "1000,00");
        f.set_text(FieldId::CostPerStaffYear, " 482946 kr.");
        assert_eq!(encode(&f, Lang::Da, None), vec![]);
    }

    #[test]
    fn encodes_changed_fields_as_plain_decimals() {
        let mut f = Form::new(Lang::Da);
        let id = f.groups[0].id;
        f.set_text(FieldId::Headcount(id), "5.000");
        f.set_group_benefit(id, BenefitKind::Other);
        f.set_text(FieldId::MonthlyRate(BenefitKind::Other), "15.774,5");
        f.set_text(FieldId::CostPerStaffYear, "396.900");
        f.set_text(FieldId::Years, "5");
        f.set_switch(Switch::Ramp, true);
        let pairs = encode(&f, Lang::Da, None);
        assert_eq!(
            strs(&pairs),
            [
                ("v", "3"),
                ("g1.benefit", "other"),
                ("g1.headcount", "5000"),
                ("ramp", "1"),
                ("cost", "396900"),
                ("other.rate", "15774.5"),
                ("years", "5"),
            ]
        );
        assert_eq!(
            to_search(&pairs),
            "?v=3&g1.benefit=other&g1.headcount=5000&ramp=1&cost=396900&other.rate=15774.5&years=5"
        );
        // The same scenario in English writes the same numbers.
        let mut en = f.clone();
        en.relocalize(Lang::Da, Lang::En);
        let en_pairs = encode(&en, Lang::En, None);
        assert_eq!(en_pairs[1], ("lang".to_owned(), "en".to_owned()));
        assert_eq!(en_pairs[2..], pairs[1..]);
    }

    #[test]
    fn old_links_keep_their_figures_and_new_links_carry_years() {
        use crate::model::compute;
        let figures = |search: &str| {
            let l = load(parse_search(search));
            assert_eq!(l.notices, vec![], "{search}");
            let s = l.form.evaluate(l.lang).scenario.unwrap();
            (
                s.cost_per_staff_year,
                s.benefit(BenefitKind::Sygedagpenge).monthly_rate,
                compute(&s).annual_cost,
            )
        };
        // Version 1, the documented example: 11.34 mio. kr. as always.
        let v1 = figures("?headcount=5000&current=70&target=50&cost=396900&benefit_month=15774");
        assert!((v1.2 - 11_340_000.0).abs() < 1e-6);
        // Version 2 without a cost: 400,000 kr. at the link's price level,
        // whichever it is; rates unconverted.
        for search in [
            "?v=2&g1.headcount=5000",
            "?v=2&price_level=2024",
            "?v=2&price_level=2030",
        ] {
            let (k, rate, _) = figures(search);
            assert_eq!(k, 400_000.0, "{search}");
            assert_eq!(rate, 20_345.0, "{search}");
        }
        // Version 3 writes the years and overhead it uses; a salary of 2023
        // at 2023 p/l with no overhead is the plain figure.
        let (k, _, _) = figures("?v=3&cost=396900&overhead=0&cost_year=2023&price_level=2023");
        assert_eq!(k, 396_900.0);
        let mut f = Form::new(Lang::Da);
        f.set_text(FieldId::CostYear, "2024");
        f.set_text(FieldId::Overhead, "15");
        f.set_text(FieldId::RateYear(BenefitKind::Sygedagpenge), "2025");
        assert_eq!(
            strs(&encode(&f, Lang::Da, None)),
            [
                ("v", "3"),
                ("overhead", "15"),
                ("cost_year", "2024"),
                ("sygedagpenge.year", "2025")
            ]
        );
        let back = load(encode(&f, Lang::Da, None));
        assert_eq!(content(&back.form), content(&f));
    }

    #[test]
    fn displacement_is_written_per_group_and_absent_means_none() {
        let lang = Lang::Da;
        let mut f = Form::new(lang);
        let id = f.groups[0].id;
        f.set_text(FieldId::Displaced(id), "48");
        f.set_displaced_to(id, BenefitKind::Kontanthjaelp);
        assert_eq!(
            strs(&encode(&f, lang, None)),
            [
                ("v", "3"),
                ("g1.displaced_to", "kontanthjaelp"),
                ("g1.displaced", "48")
            ]
        );
        let l = load(parse_search(
            "?v=3&g1.displaced=48&g1.displaced_to=kontanthjaelp",
        ));
        assert_eq!(l.notices, vec![]);
        assert_eq!(content(&l.form), content(&f));
        // Links written before displacement existed have none: the same
        // figures as before.
        let old = load(parse_search("?v=2&g1.headcount=5000&cost=396900"));
        let s = old.form.evaluate(lang).scenario.unwrap();
        assert_eq!(s.groups[0].displaced.share, 0.0);
        assert_eq!(s.groups[0].displaced.to, BenefitKind::Jobafklaring);
        // A share outside 0–100 % is reported and skipped.
        let bad = load(parse_search(
            "?v=2&g1.displaced=120&g1.displaced_to=pension",
        ));
        assert_eq!(bad.notices.len(), 2, "{:?}", bad.notices);
        assert_eq!(bad.form.groups[0].displaced, "0");
    }

    #[test]
    fn every_field_round_trips_through_the_link() {
        let (f, lang) = rich_form();
        let pairs = encode(&f, lang, None);
        let search = to_search(&pairs);
        let l = load(parse_search(&search));
        assert_eq!(l.notices, vec![], "{search}");
        assert_eq!(l.lang, lang);
        assert_eq!(l.preset, None);
        assert_eq!(content(&l.form), content(&f), "{search}");
        // Text that is not a valid value is kept as typed, errors and all.
        assert!(search.contains("g1.current=~52,5"), "{search}");
        assert_eq!(l.form.groups[0].current, "52,5");
        assert_eq!(
            l.form.evaluate(lang).errors.len(),
            f.evaluate(lang).errors.len()
        );
        assert!(!f.evaluate(lang).errors.is_empty());
        // Nothing changes on a second trip.
        assert_eq!(encode(&l.form, l.lang, l.preset), pairs);
    }

    #[test]
    fn preset_scenarios_are_written_relative_to_the_preset() {
        let p = preset::find("kk-bi08-2023").unwrap();
        let mut f = p.to_form(Lang::Da);
        let ids: Vec<u32> = f.groups.iter().map(|g| g.id).collect();
        f.set_text(FieldId::Target(ids[2]), "45");
        f.remove_group(ids[3]);
        let pairs = encode(&f, Lang::Da, Some(p));
        assert_eq!(
            strs(&pairs),
            [
                ("v", "3"),
                ("preset", "kk-bi08-2023"),
                ("groups", "3"),
                ("g3.target", "45"),
            ]
        );
        let l = load(pairs);
        assert_eq!(l.preset.map(|p| p.id), Some("kk-bi08-2023"));
        assert_eq!(content(&l.form), content(&f));
        // Removing the first group shifts the others up: all written out.
        let mut f = p.to_form(Lang::Da);
        f.remove_group(ids[0]);
        let l = load(encode(&f, Lang::Da, Some(p)));
        assert_eq!(content(&l.form), content(&f));
    }

    #[test]
    fn a_stored_version_2_link_keeps_loading() {
        // Written by this version; later versions must load it the same.
        let l = load(parse_search(
            "?v=2&lang=en&groups=2&g1.name=Sick+pay&g1.headcount=5000&g1.effect_unit=percent\
             &g1.effect=5&g2.benefit=kontanthjaelp&g2.headcount=300&g2.target=40&g2.area=none\
             &hiring=1&cost=396900&kontanthjaelp.reimbursement=30&start_year=2026&goal_staff=3",
        ));
        assert_eq!(l.notices, vec![]);
        assert_eq!(l.lang, Lang::En);
        let f = &l.form;
        assert_eq!(f.groups.len(), 2);
        let (a, b) = (&f.groups[0], &f.groups[1]);
        assert_eq!(
            (a.name.as_str(), a.headcount.as_str(), a.effect.as_str()),
            ("Sick pay", "5,000", "5")
        );
        assert_eq!(a.effect_unit, EffectUnit::Percent);
        assert_eq!(b.benefit, BenefitKind::Kontanthjaelp);
        assert_eq!(
            (b.headcount.as_str(), b.current.as_str(), b.target.as_str()),
            ("300", "70", "40")
        );
        assert_eq!(b.ds_area, None);
        assert!(f.budget.hiring && !f.budget.ramp);
        assert_eq!(f.cost_per_staff_year, "396,900");
        assert_eq!(
            f.benefits[BenefitKind::Kontanthjaelp.index()].reimbursement_pct,
            "30"
        );
        assert_eq!(f.budget.start_year, "2026");
        assert_eq!(f.goal.staff, "3");
        let e = f.evaluate(Lang::En);
        assert!(e.errors.is_empty(), "{:?}", e.errors);
        let r = compute(&e.scenario.unwrap());
        assert!(
            (r.extra_staff - (5000.0 / 50.0 - 5000.0 / 70.0 + 300.0 / 40.0 - 300.0 / 70.0)).abs()
                < 1e-9
        );
    }

    #[test]
    fn negative_effects_load_from_links_and_round_trip() {
        // A cut 70 → 90 with citizens 1.5 months, or 12.5 %, longer on
        // benefits.
        let l = load(parse_search(
            "?v=2&groups=2&g1.target=90&g1.effect=-1.5&g2.headcount=300&g2.target=90&g2.effect_unit=percent\
             &g2.effect=-12.5",
        ));
        assert_eq!(l.notices, vec![]);
        let (a, b) = (&l.form.groups[0], &l.form.groups[1]);
        assert_eq!(
            (a.effect.as_str(), a.effect_unit),
            ("-1,5", EffectUnit::MonthsPerCitizen)
        );
        assert_eq!(
            (b.effect.as_str(), b.effect_unit),
            ("-12,5", EffectUnit::Percent)
        );
        let e = l.form.evaluate(l.lang);
        assert!(e.errors.is_empty(), "{:?}", e.errors);
        assert_eq!(
            e.plan.unwrap().effects,
            vec![
                crate::model::budget::Effect::MonthsPerCitizen(-1.5),
                crate::model::budget::Effect::PercentReduction(-12.5)
            ]
        );
        let pairs = encode(&l.form, l.lang, None);
        assert_eq!(load(pairs.clone()).form, l.form);
        assert!(pairs.contains(&("g1.effect".to_owned(), "-1.5".to_owned())));
        // Beyond −12 months or −100 %: reported and skipped, as before for
        // values above the range.
        let l = load(parse_search("?v=2&g1.effect=-13"));
        assert_eq!(
            l.notices,
            vec![Notice {
                key: "g1.effect".to_owned(),
                value: "-13".to_owned(),
                problem: Problem::Invalid(InputError::OutOfRange {
                    min: -12.0,
                    max: 12.0
                })
            }]
        );
        assert_eq!(l.form.groups[0].effect, "0");
    }

    #[test]
    fn old_links_without_rates_keep_their_figures() {
        // A version 2 link and a version 1 link that leave rates out were
        // written when the defaults were the 2024 rates and "other" had 0 %
        // reimbursement: they still compute exactly what they did.
        let v2 = load(parse_search(
            "?v=2&g1.headcount=5000&groups=2&g2.benefit=kontanthjaelp\
                                    &g2.headcount=500&g2.effect=1",
        ));
        assert_eq!(v2.notices, vec![]);
        let s = v2.form.evaluate(Lang::Da).scenario.unwrap();
        assert!((s.benefit(BenefitKind::Sygedagpenge).monthly_rate - 20_345.0).abs() < 1e-9);
        assert_eq!(s.benefit(BenefitKind::Kontanthjaelp).monthly_rate, 12_326.0);
        let r = compute(&s);
        // Break-even as before: cost / (12 × (5,000 × 16,276 + 500 × 9,860.8)).
        let cost = (5000.0 / 50.0 - 5000.0 / 70.0 + 500.0 / 50.0 - 500.0 / 70.0) * 400_000.0;
        let want = cost / (12.0 * (5000.0 * 16_276.0 + 500.0 * 12_326.0 * 0.8));
        let crate::model::calc::BreakEven::Required { share, .. } = r.break_even else {
            panic!()
        };
        assert!((share - want).abs() < 1e-12, "{share} {want}");
        // "other" keeps 0 % reimbursement in an old link.
        let o = load(parse_search("?v=2&g1.benefit=other&other.rate=10000"));
        let s = o.form.evaluate(Lang::Da).scenario.unwrap();
        assert_eq!(s.benefit(BenefitKind::Other).reimbursement, 0.0);
        let v1 = load(parse_search("?headcount=5000"));
        let s = v1.form.evaluate(Lang::Da).scenario.unwrap();
        assert!((s.benefit(BenefitKind::Sygedagpenge).monthly_rate - 20_345.0).abs() < 1e-9);
        // No scenario data (none, or only language/preset): today's defaults.
        for q in ["", "?lang=en", "?v=2&lang=en"] {
            let l = load(parse_search(q));
            assert_eq!(l.form, Form::new(l.lang), "{q}");
        }
    }

    #[test]
    fn the_new_benefits_round_trip() {
        let lang = Lang::Da;
        let mut f = Form::new(lang);
        let id = f.groups[0].id;
        f.set_group_benefit(id, BenefitKind::Adagpenge);
        let second = f.add_group().unwrap();
        f.set_group_benefit(second, BenefitKind::Ledighedsydelse);
        f.set_text(FieldId::MonthlyRate(BenefitKind::Ledighedsydelse), "18.135");
        f.set_text(FieldId::Reimbursement(BenefitKind::Adagpenge), "60");
        let pairs = encode(&f, lang, None);
        let search = to_search(&pairs);
        assert!(search.contains("g1.benefit=adagpenge"), "{search}");
        assert!(search.contains("g2.benefit=ledighedsydelse"), "{search}");
        assert!(search.contains("ledighedsydelse.rate=18135"), "{search}");
        assert!(search.contains("adagpenge.reimbursement=60"), "{search}");
        let l = load(parse_search(&search));
        assert_eq!(l.notices, vec![]);
        assert_eq!(content(&l.form), content(&f));
        assert_eq!(encode(&l.form, lang, None), pairs);
        // A form that is exactly the version 2 defaults still round-trips.
        let old = Form::new_legacy_v2(lang);
        let l = load(encode(&old, lang, None));
        assert_eq!(content(&l.form), content(&old));
    }

    #[test]
    fn version_1_links_ignore_version_2_keys_and_raw_text() {
        let l = load(pairs("headcount=5000&g1.target=40&cost=~400&years=9"));
        assert_eq!(l.form.groups[0].headcount, "5.000");
        assert_eq!(l.form.groups[0].target, "50", "no v: g1.target is unknown");
        assert_eq!(l.form.budget.years, "4");
        assert_eq!(l.form.cost_per_staff_year, "400.000");
        let got: Vec<(&str, &Problem)> = l
            .notices
            .iter()
            .map(|n| (n.key.as_str(), &n.problem))
            .collect();
        // Version 1 has no ~ values; its version-2 keys are named, not dropped.
        assert_eq!(got[0].0, "cost");
        assert_eq!(
            got[1..],
            [
                ("g1.target", &Problem::NeedsVersion2),
                ("years", &Problem::NeedsVersion2),
            ]
        );
        // An explicit v=1 is the same; v1 keys also work on top of v2.
        let l = load(pairs("v=1&g1.target=40"));
        assert_eq!(l.form.groups[0].target, "50");
        assert_eq!(l.notices[0].problem, Problem::NeedsVersion2);
        let l = load(pairs("v=2&preset=kk-bi08-2023&g2.target=40&headcount=10"));
        assert_eq!(l.form.groups.len(), 1);
        assert_eq!(l.form.groups[0].headcount, "10");
    }

    #[test]
    fn bad_version_2_values_are_reported_and_skipped() {
        let l = load(pairs(
            "v=9&groups=21&g1.benefit=dagpenge&g1.area=x&g1.effect_unit=days&g1.current=52,5\
             &hiring=yes&years=2.5&g1.headcount=~&g9.headcount=5",
        ));
        let got: Vec<(&str, &Problem)> = l
            .notices
            .iter()
            .map(|n| (n.key.as_str(), &n.problem))
            .collect();
        let oor = |min: f64, max: f64| Problem::Invalid(InputError::OutOfRange { min, max });
        assert_eq!(
            got,
            [
                ("v", &Problem::UnknownVersion),
                ("groups", &oor(1.0, MAX_GROUPS as f64)),
                ("g1.benefit", &Problem::UnknownChoice),
                ("g1.area", &Problem::UnknownChoice),
                ("g1.effect_unit", &Problem::UnknownChoice),
                ("g1.current", &Problem::Invalid(InputError::NotANumber)),
                ("hiring", &Problem::UnknownChoice),
                ("years", &Problem::Invalid(InputError::NotWhole)),
                ("g9.headcount", &Problem::NoSuchGroup),
            ]
        );
        let g = &l.form.groups[0];
        assert_eq!((g.current.as_str(), g.headcount.as_str()), ("70", ""));
        assert_eq!(
            l.form.groups.len(),
            1,
            "g9 of a one-group scenario is ignored, with a notice"
        );
        for bad in ["0", "abc", "-1", "1.5"] {
            let l = load([("v", "3"), ("groups", bad)]);
            assert_eq!(l.form.groups.len(), 1);
            assert_eq!(l.notices.len(), 1, "groups={bad}");
        }
    }

    #[test]
    fn the_largest_scenario_fits_the_pair_limit() {
        let lang = Lang::Da;
        let mut f = Form::new(lang);
        while f.add_group().is_some() {}
        for (i, id) in f
            .groups
            .iter()
            .map(|g| g.id)
            .collect::<Vec<_>>()
            .into_iter()
            .enumerate()
        {
            f.set_group_name(id, &"n".repeat(MAX_NAME_CHARS));
            f.set_group_benefit(id, BenefitKind::ALL[i % BenefitKind::ALL.len()]);
            f.set_group_area(id, Some(Area::Integration));
            f.set_effect_unit(id, EffectUnit::Percent, lang);
            for field in [
                FieldId::Headcount(id),
                FieldId::Current(id),
                FieldId::Target(id),
                FieldId::Effect(id, EffectUnit::Percent),
            ] {
                f.set_text(field, &"x".repeat(500));
            }
        }
        for field in f.all_fields() {
            if f.text(field) == Some("") || matches!(field, FieldId::GoalBudget) {
                f.set_text(field, "3");
            } else if !matches!(field, FieldId::Headcount(_)) {
                f.set_text(field, "~");
            }
        }
        for s in [Switch::Hiring, Switch::Ramp, Switch::NewHires] {
            f.set_switch(s, true);
        }
        let pairs = encode(&f, Lang::En, None);
        assert!(pairs.len() <= MAX_PAIRS, "{} pairs", pairs.len());
        assert!(pairs
            .iter()
            .all(|(_, v)| v.chars().count() <= MAX_VALUE_CHARS));
        let l = load(pairs.clone());
        assert_eq!(l.notices, vec![]);
        assert_eq!(encode(&l.form, l.lang, l.preset), pairs);
        assert!(to_search(&pairs).len() < 20_000);
    }

    #[test]
    fn keys_for_groups_the_scenario_lacks_are_reported() {
        let l = load(pairs(
            "v=2&groups=2&g1.headcount=10&g2.headcount=20&g3.headcount=30&g0.target=40\
             &g99999.name=x",
        ));
        assert_eq!(l.form.groups.len(), 2);
        assert_eq!(l.form.groups[1].headcount, "20");
        let got: Vec<(&str, &str, &Problem)> = l
            .notices
            .iter()
            .map(|n| (n.key.as_str(), n.value.as_str(), &n.problem))
            .collect();
        assert_eq!(
            got,
            [
                ("g3.headcount", "30", &Problem::NoSuchGroup),
                ("g0.target", "40", &Problem::NoSuchGroup),
                ("g99999.name", "x", &Problem::NoSuchGroup),
            ]
        );
        // A key of absurd length is quoted short.
        let long = format!("v=2&g{}.name=x", "9".repeat(500));
        let n = &load(pairs(&long)).notices[0];
        assert!(n.key.chars().count() <= MAX_QUOTED_CHARS + 1, "{}", n.key);
    }

    #[test]
    fn knows_which_keys_are_the_scenario() {
        for key in [
            "headcount",
            "cost",
            "lang",
            "preset",
            "v",
            "groups",
            "g1.name",
            "g20.effect_unit",
            // Groups the scenario may lack: read, then reported.
            "g0.name",
            "g123.name",
            "g99999999999999999999.headcount",
            "other.rate",
            "sygedagpenge.reimbursement",
            "new_hires",
            "goal_staff",
        ] {
            assert!(is_scenario_key(key), "{key}");
        }
        for key in [
            "embed",
            "accent",
            "g.name",
            "g1.foo",
            "gx.name",
            "g-1.name",
            "foo.rate",
            "rate",
            "",
            "utm_source",
        ] {
            assert!(!is_scenario_key(key), "{key}");
        }
        assert!(has_scenario(&pairs("embed=1&lang=en")));
        assert!(!has_scenario(&pairs("embed=1&utm_source=x")));
    }

    #[test]
    fn the_search_string_reads_back_as_the_same_pairs() {
        let p: Vec<(String, String)> = [
            ("g1.name", "Børn & unge = 50% + \"mere\""),
            ("a b", "~1,5"),
            ("", ""),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let search = to_search(&p);
        assert_eq!(
            search,
            "?g1.name=B%C3%B8rn+%26+unge+%3D+50%25+%2B+%22mere%22&a+b=~1,5&="
        );
        assert_eq!(parse_search(&search), p);
        assert_eq!(to_search::<&str, &str>(&[]), "");
    }

    #[test]
    fn saved_records_are_checked_before_loading() {
        let ok = |scenario: Vec<(&str, Option<&str>)>| RawRecord {
            app: Some(APP_ID.to_owned()),
            version: Some(2.0),
            scenario: Some(
                scenario
                    .into_iter()
                    .map(|(k, v)| (k.to_owned(), v.map(str::to_owned)))
                    .collect(),
            ),
        };
        let l = read_record(ok(vec![("g1.headcount", Some("5000")), ("v", Some("1"))])).unwrap();
        assert_eq!(
            l.form.groups[0].headcount, "5.000",
            "the record's version wins"
        );
        // A version 2 record is read against the defaults of its time;
        // one with no scenario data is "the defaults", as a link is.
        let l = read_record(ok(vec![("g1.target", Some("40"))])).unwrap();
        let mut expected = Form::legacy(Lang::Da);
        expected.set_text(FieldId::Target(expected.groups[0].id), "40");
        assert_eq!(l.form, expected);
        assert_eq!(read_record(ok(vec![])).unwrap().form, Form::new(Lang::Da));
        let v3 = RawRecord {
            version: Some(3.0),
            ..ok(vec![])
        };
        assert_eq!(read_record(v3).unwrap().form, Form::new(Lang::Da));
        let cases = [
            (RawRecord::default(), RecordError::NotOurs),
            (
                RawRecord {
                    app: Some("other-app".into()),
                    ..ok(vec![])
                },
                RecordError::NotOurs,
            ),
            (
                RawRecord {
                    version: Some(4.0),
                    ..ok(vec![])
                },
                RecordError::UnknownVersion,
            ),
            (
                RawRecord {
                    version: None,
                    ..ok(vec![])
                },
                RecordError::UnknownVersion,
            ),
            (
                RawRecord {
                    scenario: None,
                    ..ok(vec![])
                },
                RecordError::NoScenario,
            ),
            (
                ok(vec![("cost", Some("1")), ("g1.headcount", None)]),
                RecordError::WrongType("g1.headcount".into()),
            ),
        ];
        for (record, expected) in cases {
            assert_eq!(read_record(record.clone()), Err(expected), "{record:?}");
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
