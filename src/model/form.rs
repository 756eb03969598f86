//! The form as the user typed it, and its evaluation into a [`Scenario`].
//!
//! Fields hold the raw text, never a parsed number, so an invalid entry is
//! never erased or rewritten while the user types; [`Form::evaluate`] derives
//! the per-field errors and, when there are none, the scenario.

use super::benefit::{BenefitKind, LONG_TERM_REIMBURSEMENT};
use super::input::{FieldKind, InputError};
use super::lang::Lang;
use super::number::{format_trimmed, parse_localized};
use super::scenario::{BenefitRate, Group, Scenario};

/// Most decimals kept when a number is written back into a field.
const FIELD_DECIMALS: usize = 6;
/// Most target groups in one scenario; more is not a caseload plan but a
/// spreadsheet, and the bound keeps URLs and the page small.
pub const MAX_GROUPS: usize = 20;
/// Longest group name kept (longer names are cut).
pub const MAX_NAME_CHARS: usize = 80;

/// Default cost per staff year, kr.: salary, pension and overhead of one
/// caseworker. Faxe budgeted 400,000 kr. (2021, seed 003); Copenhagen's BI08
/// implies 396,900 kr. (2023 p/l, seed 000).
pub const DEFAULT_COST_PER_STAFF_YEAR: f64 = 400_000.0;

/// One target group row.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupForm {
    /// Stable id for keyed rendering and field ids; never reused in a form.
    pub id: u32,
    /// Free text; empty means "Målgruppe N" is shown.
    pub name: String,
    pub headcount: String,
    pub current: String,
    pub target: String,
    pub benefit: BenefitKind,
}

/// Rate and reimbursement of one benefit, as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct BenefitForm {
    pub monthly_rate: String,
    /// Per cent, 0–100.
    pub reimbursement_pct: String,
}

/// Identifies one numeric field of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldId {
    Headcount(u32),
    Current(u32),
    Target(u32),
    CostPerStaffYear,
    MonthlyRate(BenefitKind),
    Reimbursement(BenefitKind),
}

impl FieldId {
    pub fn kind(self) -> FieldKind {
        match self {
            FieldId::Headcount(_) => FieldKind::Headcount,
            FieldId::Current(_) | FieldId::Target(_) => FieldKind::Caseload,
            FieldId::CostPerStaffYear | FieldId::MonthlyRate(_) => FieldKind::Money,
            FieldId::Reimbursement(_) => FieldKind::Percent,
        }
    }

    /// A stable DOM id, e.g. `field-current-3`, for labels and error links.
    pub fn dom_id(self) -> String {
        match self {
            FieldId::Headcount(g) => format!("field-headcount-{g}"),
            FieldId::Current(g) => format!("field-current-{g}"),
            FieldId::Target(g) => format!("field-target-{g}"),
            FieldId::CostPerStaffYear => "field-cost".to_owned(),
            FieldId::MonthlyRate(b) => format!("field-rate-{}", b.id()),
            FieldId::Reimbursement(b) => format!("field-reimbursement-{}", b.id()),
        }
    }
}

/// The whole form.
#[derive(Clone, Debug, PartialEq)]
pub struct Form {
    pub groups: Vec<GroupForm>,
    pub cost_per_staff_year: String,
    /// Indexed by [`BenefitKind::index`].
    pub benefits: [BenefitForm; BenefitKind::ALL.len()],
    next_id: u32,
}

/// The result of checking every field.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    /// Every invalid field in page order.
    pub errors: Vec<(FieldId, InputError)>,
    /// The scenario, present exactly when `errors` is empty.
    pub scenario: Option<Scenario>,
}

impl Evaluation {
    pub fn error(&self, id: FieldId) -> Option<InputError> {
        self.errors.iter().find(|(f, _)| *f == id).map(|(_, e)| *e)
    }
}

/// A group given as numbers, for defaults, presets and URLs.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupValues {
    pub name: String,
    pub headcount: f64,
    pub current: f64,
    pub target: f64,
    pub benefit: BenefitKind,
}

impl Form {
    /// The default scenario: one sygedagpenge group of 1,000 full-year
    /// persons, caseload 70 → 50 (Copenhagen's BI08 levels), default rates.
    pub fn new(lang: Lang) -> Form {
        let benefits = BenefitKind::ALL.map(|b| {
            let d = b.default_rate();
            BenefitForm {
                monthly_rate: d
                    .monthly_rate
                    .map(|r| format_trimmed(r, 2, lang))
                    .unwrap_or_default(),
                reimbursement_pct: format_trimmed(d.reimbursement * 100.0, 2, lang),
            }
        });
        let mut form = Form {
            groups: Vec::new(),
            cost_per_staff_year: format_trimmed(DEFAULT_COST_PER_STAFF_YEAR, 2, lang),
            benefits,
            next_id: 1,
        };
        form.push_group(
            &GroupValues {
                name: String::new(),
                headcount: 1_000.0,
                current: 70.0,
                target: 50.0,
                benefit: BenefitKind::Sygedagpenge,
            },
            lang,
        );
        form
    }

    /// Replaces all groups with `groups` (at least one is kept: an empty list
    /// leaves the form unchanged).
    pub fn set_groups(&mut self, groups: &[GroupValues], lang: Lang) {
        if groups.is_empty() {
            return;
        }
        self.groups.clear();
        for g in groups.iter().take(MAX_GROUPS) {
            self.push_group(g, lang);
        }
    }

    fn push_group(&mut self, g: &GroupValues, lang: Lang) {
        let id = self.next_id;
        self.next_id += 1;
        self.groups.push(GroupForm {
            id,
            name: g.name.chars().take(MAX_NAME_CHARS).collect(),
            headcount: format_trimmed(g.headcount, FIELD_DECIMALS, lang),
            current: format_trimmed(g.current, FIELD_DECIMALS, lang),
            target: format_trimmed(g.target, FIELD_DECIMALS, lang),
            benefit: g.benefit,
        });
    }

    /// Adds a group after the last one, copying its caseloads and benefit
    /// (the usual next row) with an empty headcount to fill in. Returns the
    /// new group's id, or `None` at [`MAX_GROUPS`].
    pub fn add_group(&mut self) -> Option<u32> {
        if self.groups.len() >= MAX_GROUPS {
            return None;
        }
        let id = self.next_id;
        self.next_id += 1;
        let last = self.groups.last().cloned();
        self.groups.push(GroupForm {
            id,
            name: String::new(),
            headcount: String::new(),
            current: last.as_ref().map(|g| g.current.clone()).unwrap_or_default(),
            target: last.as_ref().map(|g| g.target.clone()).unwrap_or_default(),
            benefit: last.map(|g| g.benefit).unwrap_or(BenefitKind::Sygedagpenge),
        });
        Some(id)
    }

    /// Removes a group; the last remaining group cannot be removed.
    pub fn remove_group(&mut self, id: u32) -> bool {
        if self.groups.len() <= 1 {
            return false;
        }
        let before = self.groups.len();
        self.groups.retain(|g| g.id != id);
        self.groups.len() != before
    }

    pub fn group_mut(&mut self, id: u32) -> Option<&mut GroupForm> {
        self.groups.iter_mut().find(|g| g.id == id)
    }

    pub fn set_group_name(&mut self, id: u32, name: &str) {
        if let Some(g) = self.group_mut(id) {
            g.name = name.chars().take(MAX_NAME_CHARS).collect();
        }
    }

    pub fn set_group_benefit(&mut self, id: u32, benefit: BenefitKind) {
        if let Some(g) = self.group_mut(id) {
            g.benefit = benefit;
        }
    }

    /// The text of a numeric field (`None` for a removed group).
    pub fn text(&self, field: FieldId) -> Option<&str> {
        let group = |id: u32| self.groups.iter().find(|g| g.id == id);
        Some(match field {
            FieldId::Headcount(id) => &group(id)?.headcount,
            FieldId::Current(id) => &group(id)?.current,
            FieldId::Target(id) => &group(id)?.target,
            FieldId::CostPerStaffYear => &self.cost_per_staff_year,
            FieldId::MonthlyRate(b) => &self.benefits[b.index()].monthly_rate,
            FieldId::Reimbursement(b) => &self.benefits[b.index()].reimbursement_pct,
        })
    }

    fn text_mut(&mut self, field: FieldId) -> Option<&mut String> {
        Some(match field {
            FieldId::Headcount(id) => &mut self.group_mut(id)?.headcount,
            FieldId::Current(id) => &mut self.group_mut(id)?.current,
            FieldId::Target(id) => &mut self.group_mut(id)?.target,
            FieldId::CostPerStaffYear => &mut self.cost_per_staff_year,
            FieldId::MonthlyRate(b) => &mut self.benefits[b.index()].monthly_rate,
            FieldId::Reimbursement(b) => &mut self.benefits[b.index()].reimbursement_pct,
        })
    }

    /// Stores exactly what the user typed.
    pub fn set_text(&mut self, field: FieldId, text: &str) {
        if let Some(t) = self.text_mut(field) {
            t.clear();
            t.push_str(text);
        }
    }

    /// Writes a number into a field in `lang`'s format.
    pub fn set_value(&mut self, field: FieldId, value: f64, lang: Lang) {
        self.set_text(field, &format_trimmed(value, FIELD_DECIMALS, lang));
    }

    /// The benefits some group is on, in catalogue order: only these are
    /// shown and validated.
    pub fn benefits_in_use(&self) -> Vec<BenefitKind> {
        BenefitKind::ALL
            .into_iter()
            .filter(|b| self.groups.iter().any(|g| g.benefit == *b))
            .collect()
    }

    /// The municipality's net kr. per benefit month of `b`, when its rate and
    /// reimbursement are both valid (shown beside them as they are typed).
    pub fn net_per_month(&self, b: BenefitKind, lang: Lang) -> Option<f64> {
        let read = |f: FieldId| f.kind().parse(self.text(f)?, lang).ok();
        let rate = read(FieldId::MonthlyRate(b))?;
        let pct = read(FieldId::Reimbursement(b))?;
        Some(super::benefit::net_per_month(rate, pct / 100.0))
    }

    /// Every numeric field that counts, in page order.
    pub fn fields(&self) -> Vec<FieldId> {
        let mut out = Vec::with_capacity(self.groups.len() * 3 + 9);
        for g in &self.groups {
            out.extend([
                FieldId::Headcount(g.id),
                FieldId::Current(g.id),
                FieldId::Target(g.id),
            ]);
        }
        out.push(FieldId::CostPerStaffYear);
        for b in self.benefits_in_use() {
            out.extend([FieldId::MonthlyRate(b), FieldId::Reimbursement(b)]);
        }
        out
    }

    /// Rewrites every readable number from `from`'s convention into `to`'s,
    /// so switching language keeps the values; unreadable text is left as is.
    pub fn relocalize(&mut self, from: Lang, to: Lang) {
        if from == to {
            return;
        }
        let all: Vec<FieldId> = self
            .groups
            .iter()
            .flat_map(|g| {
                [
                    FieldId::Headcount(g.id),
                    FieldId::Current(g.id),
                    FieldId::Target(g.id),
                ]
            })
            .chain([FieldId::CostPerStaffYear])
            .chain(
                BenefitKind::ALL
                    .into_iter()
                    .flat_map(|b| [FieldId::MonthlyRate(b), FieldId::Reimbursement(b)]),
            )
            .collect();
        for field in all {
            if let Some(Ok(v)) = self.text(field).map(|t| parse_localized(t, from)) {
                self.set_value(field, v, to);
            }
        }
    }

    /// Checks every field that counts and builds the scenario when all are
    /// valid.
    pub fn evaluate(&self, lang: Lang) -> Evaluation {
        let mut errors = Vec::new();
        let mut read = |field: FieldId| -> f64 {
            let text = self.text(field).unwrap_or_default();
            match field.kind().parse(text, lang) {
                Ok(v) => v,
                Err(e) => {
                    errors.push((field, e));
                    0.0
                }
            }
        };
        let groups: Vec<Group> = self
            .groups
            .iter()
            .map(|g| Group {
                name: g.name.clone(),
                headcount: read(FieldId::Headcount(g.id)),
                current: read(FieldId::Current(g.id)),
                target: read(FieldId::Target(g.id)),
                benefit: g.benefit,
            })
            .collect();
        let cost_per_staff_year = read(FieldId::CostPerStaffYear);
        let in_use = self.benefits_in_use();
        let benefits = BenefitKind::ALL.map(|b| {
            if in_use.contains(&b) {
                BenefitRate {
                    monthly_rate: read(FieldId::MonthlyRate(b)),
                    reimbursement: read(FieldId::Reimbursement(b)) / 100.0,
                }
            } else {
                BenefitRate {
                    monthly_rate: 0.0,
                    reimbursement: LONG_TERM_REIMBURSEMENT,
                }
            }
        });
        let scenario = (errors.is_empty() && !groups.is_empty()).then_some(Scenario {
            groups,
            cost_per_staff_year,
            benefits,
        });
        Evaluation { errors, scenario }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_form_is_valid_in_both_languages() {
        for lang in Lang::ALL {
            let e = Form::new(lang).evaluate(lang);
            assert!(e.errors.is_empty(), "{lang:?}: {:?}", e.errors);
            let s = e.scenario.unwrap();
            assert_eq!(s.groups.len(), 1);
            assert_eq!(s.groups[0].headcount, 1_000.0);
            assert_eq!(s.cost_per_staff_year, 400_000.0);
            assert_eq!(s.benefit(BenefitKind::Sygedagpenge).monthly_rate, 20_345.0);
        }
        assert_eq!(Form::new(Lang::Da).cost_per_staff_year, "400.000");
        assert_eq!(Form::new(Lang::En).cost_per_staff_year, "400,000");
    }

    #[test]
    fn invalid_text_is_kept_and_reported_per_field() {
        let mut f = Form::new(Lang::Da);
        let id = f.groups[0].id;
        f.set_text(FieldId::Current(id), "0");
        f.set_text(FieldId::Headcount(id), "mange");
        let e = f.evaluate(Lang::Da);
        assert_eq!(f.text(FieldId::Headcount(id)), Some("mange"));
        assert_eq!(
            e.error(FieldId::Headcount(id)),
            Some(InputError::NotANumber)
        );
        assert!(matches!(
            e.error(FieldId::Current(id)),
            Some(InputError::OutOfRange { .. })
        ));
        assert_eq!(e.error(FieldId::Target(id)), None);
        assert_eq!(e.scenario, None);
    }

    #[test]
    fn only_benefits_in_use_are_validated() {
        let mut f = Form::new(Lang::Da);
        // "Other" has no default rate, but no group is on it.
        assert!(f.evaluate(Lang::Da).errors.is_empty());
        let id = f.groups[0].id;
        f.set_group_benefit(id, BenefitKind::Other);
        let e = f.evaluate(Lang::Da);
        assert_eq!(
            e.errors,
            vec![(FieldId::MonthlyRate(BenefitKind::Other), InputError::Empty)]
        );
        assert_eq!(f.benefits_in_use(), vec![BenefitKind::Other]);
    }

    #[test]
    fn groups_can_be_added_and_removed_but_never_all() {
        let mut f = Form::new(Lang::Da);
        let first = f.groups[0].id;
        let second = f.add_group().unwrap();
        assert_ne!(first, second);
        assert_eq!(f.groups[1].current, "70");
        // The new row waits for its headcount.
        assert_eq!(
            f.evaluate(Lang::Da).error(FieldId::Headcount(second)),
            Some(InputError::Empty)
        );
        assert!(f.remove_group(first));
        assert!(!f.remove_group(second), "the last group stays");
        assert_eq!(f.groups.len(), 1);
        while f.add_group().is_some() {}
        assert_eq!(f.groups.len(), MAX_GROUPS);
        // Ids are never reused, even after removal.
        let mut ids: Vec<u32> = f.groups.iter().map(|g| g.id).collect();
        ids.dedup();
        assert_eq!(ids.len(), MAX_GROUPS);
    }

    #[test]
    fn switching_language_rewrites_numbers_and_keeps_bad_text() {
        let mut f = Form::new(Lang::Da);
        let id = f.groups[0].id;
        f.set_text(FieldId::Headcount(id), "1.234,5");
        f.set_text(FieldId::Current(id), "halvfjerds");
        f.relocalize(Lang::Da, Lang::En);
        assert_eq!(f.text(FieldId::Headcount(id)), Some("1,234.5"));
        assert_eq!(f.text(FieldId::Current(id)), Some("halvfjerds"));
        assert_eq!(f.cost_per_staff_year, "400,000");
        let e = f.evaluate(Lang::En);
        assert_eq!(e.errors.len(), 1);
    }

    #[test]
    fn net_per_month_follows_the_typed_rate_and_share() {
        let mut f = Form::new(Lang::Da);
        let b = BenefitKind::Sygedagpenge;
        assert_eq!(f.net_per_month(b, Lang::Da), Some(16_276.0));
        f.set_text(FieldId::Reimbursement(b), "40");
        assert_eq!(f.net_per_month(b, Lang::Da), Some(12_207.0));
        f.set_text(FieldId::Reimbursement(b), "x");
        assert_eq!(f.net_per_month(b, Lang::Da), None);
        assert_eq!(f.net_per_month(BenefitKind::Other, Lang::Da), None);
    }

    #[test]
    fn names_are_cut_to_the_limit() {
        let mut f = Form::new(Lang::Da);
        let id = f.groups[0].id;
        f.set_group_name(id, &"x".repeat(500));
        assert_eq!(f.groups[0].name.chars().count(), MAX_NAME_CHARS);
    }
}
