//! Scenarios side by side: up to three saved copies of the form (say
//! caseload 50, 45 and DS's middle), each evaluated on its own and reduced
//! to the figures a budget meeting compares: staff, yearly cost, break-even
//! and payback.
//!
//! A saved scenario keeps the raw form, not just its figures, so it can be
//! loaded back into the page and edited further.

use super::budget::{Budget, Payback};
use super::calc::{compute, BreakEven, Results};
use super::form::{FieldId, Form, Plan};
use super::lang::Lang;
use super::number::format_trimmed;
use super::scenario::Scenario;
use crate::model::url::saved::RawRecord;
use crate::model::url::{link, saved};

/// Most scenarios kept at once: a table a person can read at 320 px.
pub const MAX_SCENARIOS: usize = 3;

/// Decimals of a caseload written into a form field or a default name.
const CASELOAD_DECIMALS: usize = 1;

/// One saved scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    pub id: u32,
    pub name: String,
    pub form: Form,
    /// The language the form's numbers are written in ("52,5" vs "52.5").
    pub lang: Lang,
}

impl Saved {
    /// The form rewritten for the page's current language, ready to load.
    pub fn form_in(&self, lang: Lang) -> Form {
        let mut form = self.form.clone();
        form.relocalize(self.lang, lang);
        form
    }

    /// The figures, or `None` if the saved form does not evaluate.
    pub fn summary(&self) -> Option<Summary> {
        summarize(&self.form, self.lang)
    }
}

/// The saved scenarios, in the order they were saved.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scenarios {
    pub items: Vec<Saved>,
    next_id: u32,
}

/// Why a scenario could not be saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Already [`MAX_SCENARIOS`].
    Full,
    /// The form has errors: there is nothing to compare.
    Invalid,
}

impl Scenarios {
    /// Saves a copy of `form`. An empty `name` gets the target caseloads
    /// ("50" or "50 / 45"), which is how people name these alternatives.
    pub fn save(&mut self, name: &str, form: &Form, lang: Lang) -> Result<u32, SaveError> {
        if self.items.len() >= MAX_SCENARIOS {
            return Err(SaveError::Full);
        }
        let summary = summarize(form, lang).ok_or(SaveError::Invalid)?;
        let name = name.trim();
        let name = if name.is_empty() {
            default_name(&summary.targets, lang)
        } else {
            name.chars().take(super::form::MAX_NAME_CHARS).collect()
        };
        let id = self.next_id;
        self.next_id += 1;
        self.items.push(Saved {
            id,
            name,
            form: form.clone(),
            lang,
        });
        Ok(id)
    }

    pub fn remove(&mut self, id: u32) {
        self.items.retain(|s| s.id != id);
    }

    pub fn get(&self, id: u32) -> Option<&Saved> {
        self.items.iter().find(|s| s.id == id)
    }

    pub fn is_full(&self) -> bool {
        self.items.len() >= MAX_SCENARIOS
    }

    /// The saved scenarios as (name, query pairs) for the browser's
    /// storage: the same pairs as a link ([`link::encode`]), so they are
    /// read back by the same validator.
    pub fn to_records(&self) -> Vec<(String, Vec<(String, String)>)> {
        self.items
            .iter()
            .map(|s| (s.name.clone(), link::encode(&s.form, s.lang, None)))
            .collect()
    }

    /// Scenarios read back from storage: each record is checked as a saved
    /// file is ([`saved::read_record`]) and saved again as the button
    /// would ([`Scenarios::save`]), so a record that is not ours, has a
    /// value it no longer accepts, does not evaluate or is one too many is
    /// left out. Also returns how many were
    /// left out, for the page to say.
    pub fn from_records(records: Vec<(Option<String>, RawRecord)>) -> (Scenarios, usize) {
        let mut list = Scenarios::default();
        let mut skipped = 0;
        for (name, record) in records {
            if list.is_full() {
                skipped += 1;
                continue;
            }
            // A value the record no longer passes is dropped by `read_record`
            // (with a notice); the scenario would come back with other
            // figures under its old name, so it is left out instead.
            let saved = saved::read_record(record)
                .ok()
                .filter(|l| l.notices.is_empty())
                .ok_or(())
                .and_then(|l| {
                    list.save(name.as_deref().unwrap_or_default(), &l.form, l.lang)
                        .map_err(|_| ())
                });
            skipped += usize::from(saved.is_err());
        }
        (list, skipped)
    }
}

/// "50" for one group, "50 / 45" for several.
pub fn default_name(targets: &[f64], lang: Lang) -> String {
    targets
        .iter()
        .map(|&t| format_trimmed(t, CASELOAD_DECIMALS, lang))
        .collect::<Vec<_>>()
        .join(" / ")
}

/// The figures compared for one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Target caseload per group, in group order.
    pub targets: Vec<f64>,
    pub staff_target: f64,
    /// `ΔS`, staff years; negative is a saving.
    pub extra_staff: f64,
    /// kr. a year; negative is a saving.
    pub annual_cost: f64,
    pub break_even: BreakEven,
    /// `None` when the budget settings or effects do not give a budget.
    pub budget: Option<BudgetSummary>,
}

/// The multi-year budget in three figures.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BudgetSummary {
    pub start_year: i32,
    pub years: u32,
    /// Net effect over all years, kr. (cost − savings; negative pays).
    pub total_net: f64,
    pub payback_year: Option<i32>,
    /// No expected effect was entered, so "no payback" says nothing.
    pub no_effect_given: bool,
}

/// Evaluates `form` (written in `lang`) and computes what the comparison
/// shows; `None` when the form has errors.
pub fn summarize(form: &Form, lang: Lang) -> Option<Summary> {
    let e = form.evaluate(lang);
    let (scenario, plan) = (e.scenario?, e.plan?);
    let results = compute(&scenario);
    let budget = plan.budget(&scenario, &results);
    Some(summary_of(&scenario, &plan, &results, budget.as_ref().ok()))
}

/// The comparison's figures from what the page has already computed, so
/// the live column costs no second evaluation per keystroke.
pub fn summary_of(
    scenario: &Scenario,
    plan: &Plan,
    results: &Results,
    budget: Option<&Budget>,
) -> Summary {
    Summary {
        targets: scenario.groups.iter().map(|g| g.target).collect(),
        staff_target: results.staff_target,
        extra_staff: results.extra_staff,
        annual_cost: results.annual_cost,
        break_even: results.break_even,
        budget: budget.map(|b| BudgetSummary {
            start_year: plan.settings.start_year,
            years: plan.settings.years,
            total_net: b.total_net,
            payback_year: b.payback_year,
            no_effect_given: b.payback() == Payback::NoEffectGiven,
        }),
    }
}

/// A form aimed at DS's middle, and the groups that kept today's caseload.
#[derive(Clone, Debug, PartialEq)]
pub struct DsMiddle {
    pub form: Form,
    /// Ids of the groups whose caseload today is already at or below DS's
    /// middle: their target is today's caseload, not the middle.
    pub kept_today: Vec<u32>,
}

/// A copy of `form` with every group that has a DS area aimed at the middle
/// of DS's recommended range (sygedagpenge 25–45 → 35), but only where the
/// middle is below today's caseload. DS's norm is a ceiling: a group already
/// at or below the middle keeps today's caseload as its target, so this
/// never proposes a cut ([`DsMiddle::kept_today`] names those groups, for
/// the page to say why). Groups without an area, or whose caseload today
/// is not a valid number, keep their target. `None` when no group has an
/// area.
pub fn with_ds_middle(form: &Form, lang: Lang) -> Option<DsMiddle> {
    let mut out = DsMiddle {
        form: form.clone(),
        kept_today: Vec::new(),
    };
    let mut any_area = false;
    for g in &form.groups {
        let Some(area) = g.ds_area else { continue };
        any_area = true;
        let Ok(today) = FieldId::Current(g.id).kind().parse(&g.current, lang) else {
            continue;
        };
        let middle = (area.range().middle() * 10.0).round() / 10.0;
        if middle < today {
            out.form.set_value(FieldId::Target(g.id), middle, lang);
        } else {
            out.form.set_value(FieldId::Target(g.id), today, lang);
            out.kept_today.push(g.id);
        }
    }
    any_area.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ds::Area;
    use crate::model::preset;
    use crate::model::url::keys;

    fn bi08(lang: Lang) -> Form {
        preset::find("kk-bi08-2023")
            .expect("BI08 preset")
            .to_form(lang)
    }

    fn with_target(form: &Form, target: f64, lang: Lang) -> Form {
        let mut f = form.clone();
        let ids: Vec<u32> = f.groups.iter().map(|g| g.id).collect();
        for id in ids {
            f.set_value(FieldId::Target(id), target, lang);
        }
        f
    }

    #[test]
    fn bi08_summary_matches_the_published_figures() {
        let s = summarize(&bi08(Lang::Da), Lang::Da).expect("valid");
        assert!(
            (s.annual_cost - 11_340_000.0).abs() < 0.5,
            "{}",
            s.annual_cost
        );
        assert!((s.extra_staff - 28.571_428_571_428_573).abs() < 1e-9);
        assert_eq!(s.targets, vec![50.0; 4]);
        let b = s.budget.expect("budget");
        assert_eq!((b.start_year, b.years), (2023, 4));
        assert!(b.no_effect_given);
    }

    #[test]
    fn lower_targets_cost_more_and_need_more_effect() {
        let lang = Lang::Da;
        let f = bi08(lang);
        let at = |t| summarize(&with_target(&f, t, lang), lang).expect("valid");
        let (s50, s45, s70) = (at(50.0), at(45.0), at(70.0));
        assert!(s45.annual_cost > s50.annual_cost);
        assert_eq!(s70.annual_cost, 0.0);
        assert_eq!(
            s70.break_even,
            BreakEven::NotNeeded(crate::model::calc::Change::Unchanged)
        );
        let months = |s: &Summary| match s.break_even {
            BreakEven::Required {
                months_per_citizen, ..
            } => months_per_citizen,
            _ => panic!("expected a break-even"),
        };
        assert!(months(&s45) > months(&s50));
    }

    #[test]
    fn saves_up_to_three_with_default_names() {
        let lang = Lang::Da;
        let f = bi08(lang);
        let mut list = Scenarios::default();
        let a = list.save("", &f, lang).expect("first");
        let b = list.save("  Forslag B  ", &with_target(&f, 45.5, lang), lang);
        let c = list.save("", &with_target(&f, 45.5, lang), lang);
        assert_eq!(list.items[0].name, "50 / 50 / 50 / 50");
        assert_eq!(list.items[1].name, "Forslag B");
        assert_eq!(list.items[2].name, "45,5 / 45,5 / 45,5 / 45,5");
        assert_eq!(list.save("", &f, lang), Err(SaveError::Full));
        assert!(list.is_full());
        list.remove(a);
        assert_eq!(list.items.len(), 2);
        assert!(list.get(a).is_none());
        let d = list.save("igen", &f, lang).expect("room again");
        assert!(
            d > c.expect("third") && d > b.expect("second"),
            "ids are never reused"
        );
    }

    #[test]
    fn an_invalid_form_is_not_saved() {
        let lang = Lang::En;
        let mut f = Form::new(lang);
        let id = f.groups[0].id;
        f.set_text(FieldId::Target(id), "fifty");
        let mut list = Scenarios::default();
        assert_eq!(list.save("x", &f, lang), Err(SaveError::Invalid));
        assert!(list.items.is_empty());
    }

    #[test]
    fn a_long_name_is_cut() {
        let lang = Lang::Da;
        let mut list = Scenarios::default();
        let name = "x".repeat(500);
        list.save(&name, &Form::new(lang), lang).expect("saved");
        assert_eq!(
            list.items[0].name.chars().count(),
            crate::model::form::MAX_NAME_CHARS
        );
    }

    #[test]
    fn a_saved_form_keeps_its_numbers_across_languages() {
        let mut list = Scenarios::default();
        let f = with_target(&bi08(Lang::Da), 52.5, Lang::Da);
        list.save("", &f, Lang::Da).expect("saved");
        let saved = &list.items[0];
        let en = saved.form_in(Lang::En);
        let id = en.groups[0].id;
        assert_eq!(en.text(FieldId::Target(id)), Some("52.5"));
        assert_eq!(
            summarize(&en, Lang::En).map(|s| s.annual_cost),
            saved.summary().map(|s| s.annual_cost)
        );
    }

    #[test]
    fn ds_middle_aims_each_group_at_its_range_middle() {
        let lang = Lang::Da;
        let f = bi08(lang);
        let mid = with_ds_middle(&f, lang).expect("BI08 groups have areas");
        assert_eq!(
            mid.kept_today,
            Vec::<u32>::new(),
            "70 is above every middle"
        );
        let s = summarize(&mid.form, lang).expect("valid");
        let expected: Vec<f64> = f
            .groups
            .iter()
            .map(|g| {
                let m = g.ds_area.expect("area").range().middle();
                (m * 10.0).round() / 10.0
            })
            .collect();
        assert_eq!(s.targets, expected);
        // Sygedagpenge: 25–45 → 35.
        assert_eq!(Area::Sygedagpenge.range().middle(), 35.0);
    }

    #[test]
    fn ds_middle_never_raises_a_target_above_today() {
        let lang = Lang::Da;
        // (area, today, target) → (new target, kept today?).
        let cases: &[(Area, f64, f64, f64, bool)] = &[
            // Above the middle: aim at it (sygedagpenge 25–45 → 35).
            (Area::Sygedagpenge, 70.0, 50.0, 35.0, false),
            // Ressourceforløb 25–40: the middle 32.5 keeps its decimal.
            (Area::Ressourceforloeb, 70.0, 50.0, 32.5, false),
            // Just above the middle: still aimed at it.
            (Area::Sygedagpenge, 35.1, 30.0, 35.0, false),
            // At or below the middle: today's caseload, never a cut.
            (Area::Sygedagpenge, 35.0, 30.0, 35.0, true),
            (Area::Sygedagpenge, 30.0, 25.0, 30.0, true),
            (Area::Sygedagpenge, 20.0, 20.0, 20.0, true),
            (Area::ChildrenAndFamilies, 18.5, 15.0, 18.5, true),
        ];
        for (i, &(area, today, target, want, kept)) in cases.iter().enumerate() {
            let mut f = Form::new(lang);
            let id = f.groups[0].id;
            f.set_group_area(id, Some(area));
            f.set_value(FieldId::Current(id), today, lang);
            f.set_value(FieldId::Target(id), target, lang);
            let mid = with_ds_middle(&f, lang).expect("has an area");
            let s = summarize(&mid.form, lang).expect("valid");
            assert_eq!(s.targets, vec![want], "case {i}");
            assert!(s.targets[0] <= today, "case {i}: never above today");
            assert_eq!(mid.kept_today == vec![id], kept, "case {i}");
            assert!(s.extra_staff >= 0.0, "case {i}: never fewer staff");
        }
        // Two groups: one aimed at the middle, one kept; one without an
        // area keeps its own target.
        let mut f = Form::new(lang);
        let b = f.add_group().expect("room");
        let c = f.add_group().expect("room");
        f.set_value(FieldId::Current(b), 30.0, lang);
        f.set_value(FieldId::Headcount(b), 100.0, lang);
        f.set_value(FieldId::Headcount(c), 100.0, lang);
        f.set_group_area(c, None);
        let mid = with_ds_middle(&f, lang).expect("areas");
        assert_eq!(mid.kept_today, vec![b]);
        let s = summarize(&mid.form, lang).expect("valid");
        assert_eq!(s.targets, vec![35.0, 30.0, 50.0]);
    }

    #[test]
    fn ds_middle_without_areas_is_none() {
        let lang = Lang::Da;
        let mut f = Form::new(lang);
        let id = f.groups[0].id;
        f.set_group_area(id, None);
        assert_eq!(with_ds_middle(&f, lang), None);
    }

    /// A record as the page writes it: our app, this version, the pairs.
    fn record(pairs: Vec<(String, String)>) -> RawRecord {
        RawRecord {
            app: Some(saved::APP_ID.to_owned()),
            version: Some(f64::from(keys::CURRENT_VERSION)),
            scenario: Some(pairs.into_iter().map(|(k, v)| (k, Some(v))).collect()),
        }
    }

    fn stored(list: &Scenarios) -> Vec<(Option<String>, RawRecord)> {
        list.to_records()
            .into_iter()
            .map(|(name, pairs)| (Some(name), record(pairs)))
            .collect()
    }

    #[test]
    fn saved_scenarios_come_back_from_storage_with_names_languages_and_figures() {
        let mut list = Scenarios::default();
        let da = bi08(Lang::Da);
        let en = with_target(&bi08(Lang::En), 45.5, Lang::En);
        list.save("", &da, Lang::Da).expect("first");
        list.save("Forslag B", &en, Lang::En).expect("second");
        let (back, skipped) = Scenarios::from_records(stored(&list));
        assert_eq!(skipped, 0);
        assert_eq!(back.items.len(), 2);
        for (a, b) in list.items.iter().zip(&back.items) {
            assert_eq!((&a.name, a.lang), (&b.name, b.lang));
            assert_eq!(a.summary(), b.summary());
            assert_eq!(
                b.form_in(Lang::Da).evaluate(Lang::Da).scenario,
                a.form_in(Lang::Da).evaluate(Lang::Da).scenario
            );
        }
        assert_eq!(back.items[1].name, "Forslag B");
        assert_eq!(
            back.items[1].summary().expect("valid").targets,
            vec![45.5; 4]
        );
    }

    #[test]
    fn unreadable_invalid_and_surplus_stored_scenarios_are_left_out_and_counted() {
        let f = bi08(Lang::Da);
        let good = || record(link::encode(&f, Lang::Da, None));
        let mut invalid = link::encode(&f, Lang::Da, None);
        invalid.push(("g1.target".to_owned(), "~abc".to_owned()));
        // Of the right type but not a number: `read_record` would drop it
        // and load the default target in its place.
        let mut dropped = link::encode(&f, Lang::Da, None);
        dropped.push(("g1.target".to_owned(), "abc".to_owned()));
        let records = vec![
            (
                Some("other app".to_owned()),
                RawRecord {
                    app: Some("x".to_owned()),
                    ..good()
                },
            ),
            (
                None,
                RawRecord {
                    scenario: Some(vec![("cost".to_owned(), None)]),
                    ..good()
                },
            ),
            (Some("invalid".to_owned()), record(invalid)),
            (Some("a value dropped".to_owned()), record(dropped)),
            (Some("a".to_owned()), good()),
            (None, good()),
            (Some("c".to_owned()), good()),
            (Some("one too many".to_owned()), good()),
        ];
        let (back, skipped) = Scenarios::from_records(records);
        let names: Vec<&str> = back.items.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["a", "50 / 50 / 50 / 50", "c"]);
        assert_eq!(skipped, 5);
    }
}
