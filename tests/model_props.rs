//! Property tests of the pure model: no input panics, every result is finite
//! or a typed error, and the pure conversions round-trip.
//!
//! `PROPTEST_CASES` raises the number of cases (CI uses the default of a few
//! hundred per property). The million-input fuzzing is `tests/fuzz.rs`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use proptest::prelude::*;
use sagsstamme::model::budget::{budget, BudgetInput};
use sagsstamme::model::number::{format, format_trimmed, parse_localized, parse_plain, plain};
use sagsstamme::model::url::codec::parse_search;
use sagsstamme::model::url::link::load;
use sagsstamme::model::{
    compute, BenefitKind, BreakEven, Change, EffectUnit, FieldId, FieldKind, Form, Lang, Switch,
};
use support::{lang, quoted_readably};

/// Text a person (or an attacker) might type into a number field.
fn field_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[-+]?[0-9., \u{a0}]{0,20}(kr\\.?|%)?",
        (0.0f64..2e9).prop_map(|v| format!("{v}")),
        Just("NaN".to_owned()),
        Just("1e308".to_owned()),
        Just("9".repeat(39)),
    ]
}

fn finite_results(form: &Form, lang: Lang) -> Result<(), TestCaseError> {
    let e = form.evaluate(lang);
    prop_assert_eq!(e.scenario.is_some(), e.errors.is_empty());
    if let Some(s) = e.scenario {
        let r = compute(&s);
        for v in [
            r.staff_now,
            r.staff_target,
            r.extra_staff,
            r.annual_cost,
            r.annual_benefit_spending,
        ] {
            prop_assert!(v.is_finite(), "non-finite result {v}");
        }
        if let BreakEven::Required {
            months_per_year,
            months_per_citizen,
            share,
            full_year_persons,
        } = r.break_even
        {
            for v in [
                months_per_year,
                months_per_citizen,
                share,
                full_year_persons,
            ] {
                prop_assert!(v.is_finite() && v > 0.0, "break-even {v}");
            }
        }
        for g in &r.groups {
            prop_assert!(g.break_even_months.is_none_or(f64::is_finite));
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn any_text_in_any_field_gives_finite_results_or_typed_errors(
        lang in lang(),
        texts in proptest::collection::vec(field_text(), 9),
        benefit in 0usize..6,
        extra_groups in 0usize..3,
    ) {
        let mut form = Form::new(lang);
        for _ in 0..extra_groups {
            form.add_group();
        }
        let id = form.groups[0].id;
        let b = BenefitKind::ALL[benefit];
        form.set_group_benefit(id, b);
        let fields = [
            FieldId::Headcount(id), FieldId::Current(id), FieldId::Target(id),
            FieldId::CostPerStaffYear, FieldId::MonthlyRate(b), FieldId::Reimbursement(b),
        ];
        for (field, text) in fields.iter().zip(&texts) {
            form.set_text(*field, text);
        }
        for g in form.groups.clone().iter().skip(1) {
            form.set_text(FieldId::Headcount(g.id), &texts[6]);
            form.set_text(FieldId::Target(g.id), &texts[7]);
        }
        finite_results(&form, lang)?;
        // Switching language never panics and keeps valid values valid.
        let before = form.evaluate(lang).scenario;
        form.relocalize(lang, lang.other());
        let after = form.evaluate(lang.other()).scenario;
        prop_assert_eq!(before.is_some(), after.is_some());
    }

    #[test]
    fn any_budget_input_gives_a_finite_budget_or_typed_errors(
        lang in lang(),
        texts in proptest::collection::vec(field_text(), 7),
        percent in any::<bool>(),
        switches in any::<[bool; 3]>(),
    ) {
        let mut form = Form::new(lang);
        let id = form.groups[0].id;
        let unit = if percent { EffectUnit::Percent } else { EffectUnit::MonthsPerCitizen };
        form.set_effect_unit(id, unit, lang);
        for (on, switch) in switches.iter().zip([Switch::Hiring, Switch::Ramp, Switch::NewHires]) {
            form.set_switch(switch, *on);
        }
        let fields = [
            FieldId::Effect(id, unit), FieldId::StartYear, FieldId::Years, FieldId::PriceLevel,
            FieldId::HiringShare, FieldId::RampYear1, FieldId::RampYear2,
        ];
        for (field, text) in fields.iter().zip(&texts) {
            form.set_text(*field, text);
        }
        let e = form.evaluate(lang);
        prop_assert_eq!(e.plan.is_some(), e.errors.is_empty());
        if let (Some(s), Some(plan)) = (e.scenario, e.plan) {
            let r = compute(&s);
            let b = budget(&BudgetInput::from_calc(&s, &r, &plan.effects), &plan.settings);
            let b = b.map_err(|e| TestCaseError::fail(format!("valid form, budget error {e:?}")))?;
            for y in &b.rows {
                for v in [y.cost, y.savings, y.net, y.cumulative] {
                    prop_assert!(v.is_finite());
                }
            }
        }
    }

    #[test]
    fn valid_ranges_always_compute(
        headcount in 0.0f64..=10_000_000.0,
        current in 1.0f64..=1_000.0,
        target in 1.0f64..=1_000.0,
        cost in 0.0f64..=1e9,
        rate in 0.0f64..=1e9,
        pct in 0.0f64..=100.0,
        lang in lang(),
    ) {
        let mut form = Form::new(lang);
        let id = form.groups[0].id;
        let b = BenefitKind::Sygedagpenge;
        for (field, v) in [
            (FieldId::Headcount(id), headcount), (FieldId::Current(id), current),
            (FieldId::Target(id), target), (FieldId::CostPerStaffYear, cost),
            (FieldId::MonthlyRate(b), rate), (FieldId::Reimbursement(b), pct),
        ] {
            form.set_value(field, v, lang);
        }
        let e = form.evaluate(lang);
        // Values written at 6 decimals can round just past a bound only at
        // the bounds themselves, which the ranges here include.
        prop_assert!(e.errors.is_empty(), "{:?}", e.errors);
        finite_results(&form, lang)?;
        let r = compute(&e.scenario.unwrap());
        // Cost sign follows the caseload change.
        if target < current && headcount > 0.0 && cost > 0.0 {
            prop_assert!(r.annual_cost > 0.0);
        }
        if target > current && headcount > 0.0 && cost > 0.0 {
            prop_assert!(r.annual_cost < 0.0);
            prop_assert!(
                matches!(r.break_even, BreakEven::NotNeeded(Change::Cut(_))),
                "{:?}",
                r.break_even
            );
        }
    }

    #[test]
    fn localized_numbers_round_trip(v in -1e12f64..1e12, decimals in 0usize..=6, lang in lang()) {
        let text = format(v, decimals, lang);
        let back = parse_localized(&text, lang).unwrap();
        let scale = 10f64.powi(decimals as i32);
        prop_assert!((back - (v * scale).round() / scale).abs() <= 1e-6 * v.abs().max(1.0));
        let trimmed = format_trimmed(v, decimals, lang);
        prop_assert_eq!(parse_localized(&trimmed, lang).unwrap(), back);
    }

    #[test]
    fn plain_numbers_round_trip(v in -1e15f64..1e15) {
        // Exact up to 15 significant digits (everything a person types);
        // the 16–17-digit shortest forms of arbitrary doubles come back
        // within two units in the last place.
        let back = parse_plain(&plain(v)).unwrap();
        prop_assert!((back - v).abs() <= 2.0 * f64::EPSILON * v.abs(), "{} -> {}", v, back);
        let short = (v * 100.0).round() / 100.0;
        if short.abs() < 1e12 {
            prop_assert_eq!(parse_plain(&plain(short)).unwrap(), short);
        }
    }

    #[test]
    fn parsers_never_panic(s in any::<String>(), lang in lang()) {
        // Whatever they read is a finite number.
        for v in [parse_localized(&s, lang), parse_plain(&s)].into_iter().flatten() {
            prop_assert!(v.is_finite(), "{s:?} read as {v}");
        }
        for kind in [FieldKind::Headcount, FieldKind::Caseload, FieldKind::Money, FieldKind::Percent] {
            if let Ok(v) = kind.parse(&s, lang) {
                let (min, max) = kind.range();
                prop_assert!(v.is_finite() && v >= min && v <= max);
            }
        }
    }

    #[test]
    fn any_query_string_loads_a_usable_scenario(
        search in prop_oneof![
            any::<String>(),
            "\\?((headcount|current|target|cost|benefit_month|lang|preset|x)=[-a-z0-9.%+]{0,12}&?){0,10}",
        ]
    ) {
        let loaded = load(parse_search(&search));
        prop_assert!(!loaded.form.groups.is_empty());
        finite_results(&loaded.form, loaded.lang)?;
        for n in &loaded.notices {
            prop_assert!(quoted_readably(&n.value));
        }
    }

    #[test]
    fn urls_from_valid_values_reproduce_them(
        headcount in 0u32..=10_000_000,
        current in 1u32..=1_000,
        target in 1u32..=1_000,
        cost in 0u32..=1_000_000_000,
        month in 0u32..=1_000_000,
    ) {
        let q = format!("?headcount={headcount}&current={current}&target={target}&cost={cost}&benefit_month={month}");
        let l = load(parse_search(&q));
        prop_assert!(l.notices.is_empty());
        let s = l.form.evaluate(l.lang).scenario.unwrap();
        prop_assert_eq!(s.groups[0].headcount, f64::from(headcount));
        prop_assert_eq!(s.groups[0].current, f64::from(current));
        prop_assert_eq!(s.groups[0].target, f64::from(target));
        prop_assert_eq!(s.cost_per_staff_year, f64::from(cost));
        prop_assert_eq!(s.benefit(BenefitKind::Other).net_per_month(), f64::from(month));
    }
}
