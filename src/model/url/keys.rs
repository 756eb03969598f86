//! Every query key the page reads or writes, and the link version: the
//! one list of names a link, the autosave, a scenario file and embed mode
//! share (docs/url.md documents them for hosts).

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

/// The version [`encode`](super::link::encode) writes.
pub const CURRENT_VERSION: u32 = 3;
