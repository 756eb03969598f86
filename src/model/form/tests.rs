//! Tests of [`super`]: the form as typed, its defaults, and its evaluation
//! into a scenario and a budget plan.

use super::*;
use crate::model::budget::{BudgetSettings, Effect};
use crate::model::input::InputError;
use crate::model::price::{convert, Index};
use crate::model::rates;

#[test]
fn default_form_is_valid_in_both_languages() {
    for lang in Lang::ALL {
        let e = Form::new(lang).evaluate(lang);
        assert!(e.errors.is_empty(), "{lang:?}: {:?}", e.errors);
        let s = e.scenario.unwrap();
        assert_eq!(s.groups.len(), 1);
        assert_eq!(s.groups[0].headcount, 1_000.0);
        // Salary with pension 2022 plus 20 % overhead, brought to the
        // default price level 2027 with the wage index.
        let wages = crate::model::price::factor(Index::Wages, 2022, 2027);
        let k = 482_946.0 * 1.2 * wages;
        assert!(
            (s.cost_per_staff_year - k).abs() < 1e-6,
            "{}",
            s.cost_per_staff_year
        );
        assert!((s.cost_per_staff_year - 683_494.18).abs() < 0.01);
        // 2027, projected: 4,695 × 52 / 12 × 1.036³ (docs/numbers.md),
        // already at the price level: no conversion.
        assert_eq!(s.benefit(BenefitKind::Sygedagpenge).monthly_rate, 22_622.31);
        let plan = e.plan.unwrap();
        assert_eq!(plan.price_level, 2027);
        assert_eq!(
            plan.conversions
                .iter()
                .map(|(what, c)| (*what, c.from, c.to))
                .collect::<Vec<_>>(),
            [
                (Converted::StaffCost, 2022, 2027),
                (Converted::Rate(BenefitKind::Sygedagpenge), 2027, 2027)
            ]
        );
        // "Other" defaults to the ladder's long-term 20 %.
        assert_eq!(f_other_pct(lang), "20");
    }
    assert_eq!(Form::new(Lang::Da).cost_per_staff_year, "482.946");
    assert_eq!(Form::new(Lang::En).cost_per_staff_year, "482,946");
    assert_eq!(Form::new(Lang::Da).overhead_pct, "20");
}

#[test]
fn presets_and_old_links_are_not_converted() {
    // Their amounts are whole costs at their own price level.
    let mut f = Form::legacy(Lang::Da);
    f.budget.price_level = "2024".to_owned();
    f.at_price_level();
    let e = f.evaluate(Lang::Da);
    let s = e.scenario.unwrap();
    assert_eq!(s.cost_per_staff_year, 400_000.0);
    assert_eq!(s.benefit(BenefitKind::Sygedagpenge).monthly_rate, 20_345.0);
    assert!(e
        .plan
        .unwrap()
        .conversions
        .iter()
        .all(|(_, c)| c.factor == 1.0));
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
    assert_eq!(f.cost_per_staff_year, "482,946");
    let e = f.evaluate(Lang::En);
    assert_eq!(e.errors.len(), 1);
}

#[test]
fn switching_language_keeps_valid_years_valid() {
    for (start, years, lang) in [
        ("2.027", "1,0", Lang::Da),
        ("2,027", "4.0", Lang::En),
        ("2027", "4", Lang::Da),
    ] {
        let mut f = Form::new(lang);
        f.set_text(FieldId::StartYear, start);
        f.set_text(FieldId::Years, years);
        assert!(f.evaluate(lang).errors.is_empty(), "{start} {years}");
        f.relocalize(lang, lang.other());
        assert_eq!(f.text(FieldId::StartYear), Some("2027"));
        let e = f.evaluate(lang.other());
        assert!(e.errors.is_empty(), "{start} {years}: {:?}", e.errors);
    }
    // Unreadable text stays as typed.
    let mut f = Form::new(Lang::Da);
    f.set_text(FieldId::Years, "fire");
    f.relocalize(Lang::Da, Lang::En);
    assert_eq!(f.text(FieldId::Years), Some("fire"));
}

fn f_other_pct(lang: Lang) -> String {
    Form::new(lang).benefits[BenefitKind::Other.index()]
        .reimbursement_pct
        .clone()
}

#[test]
fn net_per_month_follows_the_typed_rate_and_share() {
    let mut f = Form::new(Lang::Da);
    let b = BenefitKind::Sygedagpenge;
    f.set_text(FieldId::MonthlyRate(b), "20.345");
    assert_eq!(f.net_per_month(b, Lang::Da), Some(16_276.0));
    f.set_text(FieldId::Reimbursement(b), "40");
    assert_eq!(f.net_per_month(b, Lang::Da), Some(12_207.0));
    // A-dagpenge: the field is the municipality's co-financing.
    let a = BenefitKind::Adagpenge;
    f.set_text(FieldId::MonthlyRate(a), "1.000");
    assert_eq!(f.benefits[a.index()].reimbursement_pct, "80");
    assert!((f.net_per_month(a, Lang::Da).unwrap() - 800.0).abs() < 1e-9);
    assert_eq!(f.duration_match(a, Lang::Da), Some(Duration::FromWeek53));
    f.apply_duration(a, Duration::Weeks1To4, Lang::Da);
    assert!((f.net_per_month(a, Lang::Da).unwrap() - 200.0).abs() < 1e-9);
    f.set_text(FieldId::Reimbursement(b), "x");
    assert_eq!(f.net_per_month(b, Lang::Da), None);
    assert_eq!(f.net_per_month(BenefitKind::Other, Lang::Da), None);
}

#[test]
fn budget_plan_follows_the_switches_and_effects() {
    let mut f = Form::new(Lang::Da);
    let id = f.groups[0].id;
    let plan = f.evaluate(Lang::Da).plan.unwrap();
    assert_eq!(plan.settings, BudgetSettings::new(DEFAULT_START_YEAR));
    assert_eq!(plan.effects, vec![Effect::MonthsPerCitizen(0.0)]);
    assert_eq!(plan.price_level, DEFAULT_START_YEAR);
    f.set_text(FieldId::Effect(id, EffectUnit::MonthsPerCitizen), "0,6");
    f.set_switch(Switch::Hiring, true);
    f.set_switch(Switch::Ramp, true);
    f.set_switch(Switch::NewHires, true);
    let plan = f.evaluate(Lang::Da).plan.unwrap();
    assert_eq!(plan.settings, BudgetSettings::realistic(DEFAULT_START_YEAR));
    assert_eq!(plan.effects, vec![Effect::MonthsPerCitizen(0.6)]);
    // A bad value behind a switch that is off does not count.
    f.set_switch(Switch::Hiring, false);
    f.set_text(FieldId::HiringShare, "x");
    assert!(f.evaluate(Lang::Da).errors.is_empty());
    f.set_switch(Switch::Hiring, true);
    assert_eq!(
        f.evaluate(Lang::Da).errors,
        vec![(FieldId::HiringShare, InputError::NotANumber)]
    );
}

#[test]
fn switching_the_effect_unit_keeps_the_expectation() {
    let mut f = Form::new(Lang::Da);
    let id = f.groups[0].id;
    f.set_text(FieldId::Effect(id, EffectUnit::MonthsPerCitizen), "0,6");
    f.set_effect_unit(id, EffectUnit::Percent, Lang::Da);
    assert_eq!(f.groups[0].effect, "5");
    let e = f.evaluate(Lang::Da);
    assert_eq!(e.plan.unwrap().effects, vec![Effect::PercentReduction(5.0)]);
    f.set_effect_unit(id, EffectUnit::MonthsPerCitizen, Lang::Da);
    assert_eq!(f.groups[0].effect, "0,6");
    // 50 % is out of the months range: the error names the months field.
    f.set_effect_unit(id, EffectUnit::Percent, Lang::Da);
    f.set_text(FieldId::Effect(id, EffectUnit::Percent), "150");
    let e = f.evaluate(Lang::Da);
    assert!(matches!(
        e.error(FieldId::Effect(id, EffectUnit::Percent)),
        Some(InputError::OutOfRange { .. })
    ));
}

#[test]
fn years_must_be_whole_and_in_range() {
    let mut f = Form::new(Lang::Da);
    f.set_text(FieldId::Years, "2,5");
    f.set_text(FieldId::StartYear, "1990");
    let e = f.evaluate(Lang::Da);
    assert_eq!(e.error(FieldId::Years), Some(InputError::NotWhole));
    assert!(matches!(
        e.error(FieldId::StartYear),
        Some(InputError::OutOfRange { .. })
    ));
    assert!(e.plan.is_none() && e.scenario.is_none());
}

#[test]
fn the_ds_area_follows_the_benefit_until_picked_by_hand() {
    let mut f = Form::new(Lang::Da);
    let id = f.groups[0].id;
    assert_eq!(f.groups[0].ds_area, Some(Area::Sygedagpenge));
    f.set_group_benefit(id, BenefitKind::Jobafklaring);
    assert_eq!(
        f.groups[0].ds_area,
        Area::for_benefit(BenefitKind::Jobafklaring)
    );
    f.set_group_area(id, Some(Area::Fleksjob));
    f.set_group_benefit(id, BenefitKind::Kontanthjaelp);
    assert_eq!(
        f.groups[0].ds_area,
        Some(Area::Fleksjob),
        "a hand-picked area stays"
    );
    let new = f.add_group().unwrap();
    assert_eq!(
        f.groups.iter().find(|g| g.id == new).unwrap().ds_area,
        Some(Area::Fleksjob)
    );
}

#[test]
fn goal_questions_are_optional_and_never_block_the_scenario() {
    let mut f = Form::new(Lang::Da);
    let e = f.evaluate(Lang::Da);
    assert_eq!(e.goals, Goals::default());
    f.set_text(FieldId::GoalBudget, "1.000.000");
    f.set_text(FieldId::GoalStaff, "mange");
    let e = f.evaluate(Lang::Da);
    assert_eq!(e.goals.budget, Some(1_000_000.0));
    assert_eq!(e.goals.staff, None);
    assert_eq!(e.error(FieldId::GoalStaff), Some(InputError::NotANumber));
    assert!(e.errors.is_empty() && e.scenario.is_some());
}

#[test]
fn the_budget_group_is_found_by_id_and_forgotten_when_removed() {
    let mut f = Form::new(Lang::Da);
    let second = f.add_group().expect("room");
    f.add_group().expect("room");
    f.goal.budget_group = Some(second);
    assert_eq!(f.evaluate(Lang::Da).goals.budget_group, Some(1));
    f.remove_group(f.groups[0].id);
    assert_eq!(f.evaluate(Lang::Da).goals.budget_group, Some(0));
    f.remove_group(second);
    assert_eq!(f.goal.budget_group, None);
    assert_eq!(f.evaluate(Lang::Da).goals.budget_group, None);
}

#[test]
fn catalogue_rates_and_ladder_steps_fill_in_and_are_recognised() {
    let mut f = Form::new(Lang::Da);
    let b = BenefitKind::Sygedagpenge;
    // The default is projected (2027), not a catalogue figure.
    assert_eq!(f.catalogue_match(b, Lang::Da).map(|r| r.id), None);
    f.apply_catalogue(rates::find("sdp-2024").unwrap(), Lang::Da);
    assert_eq!(
        f.catalogue_match(b, Lang::Da).map(|r| r.id),
        Some("sdp-2024")
    );
    // The rate comes with its year and is converted to the price level.
    assert_eq!(f.benefits[b.index()].year, "2024");
    let s = f.evaluate(Lang::Da).scenario.unwrap();
    let factor = convert(Index::Transfers, 2024, DEFAULT_START_YEAR).factor;
    assert!((s.benefits[b.index()].monthly_rate - 20_345.0 * factor).abs() < 1e-6);
    // The same amount said to be for another year is not that rate.
    f.set_text(FieldId::RateYear(b), "2025");
    assert_eq!(f.catalogue_match(b, Lang::Da), None);
    f.set_text(FieldId::RateYear(b), "2024");
    // Supplements are not rates: applying one changes nothing.
    let k = BenefitKind::Kontanthjaelp;
    let before = f.benefits[k.index()].clone();
    f.apply_catalogue(rates::find("kth-2025-boernetillaeg").unwrap(), Lang::Da);
    assert_eq!(f.benefits[k.index()], before);
    assert_eq!(f.duration_match(b, Lang::Da), Some(Duration::FromWeek53));
    let r2023 = catalogue_for(b)
        .filter(|r| r.is_rate())
        .find(|r| r.year == 2023)
        .unwrap();
    f.apply_catalogue(r2023, Lang::Da);
    assert_eq!(f.benefits[b.index()].monthly_rate, "19.716,67");
    assert_eq!(
        f.catalogue_match(b, Lang::Da).map(|r| r.id),
        Some("sdp-2023")
    );
    f.apply_duration(b, Duration::Weeks5To26, Lang::Da);
    assert_eq!(f.benefits[b.index()].reimbursement_pct, "40");
    assert_eq!(f.net_per_month(b, Lang::Da), Some(19_716.67 * 0.6));
    // A rate typed by hand matches nothing: "own rate".
    f.set_text(FieldId::MonthlyRate(b), "20.000");
    f.set_text(FieldId::Reimbursement(b), "25");
    assert_eq!(f.catalogue_match(b, Lang::Da), None);
    assert_eq!(f.duration_match(b, Lang::Da), None);
}

#[test]
fn names_are_cut_to_the_limit() {
    let mut f = Form::new(Lang::Da);
    let id = f.groups[0].id;
    f.set_group_name(id, &"x".repeat(500));
    assert_eq!(f.groups[0].name.chars().count(), MAX_NAME_CHARS);
}
