use super::*;
use proptest::prelude::*;

/// Any f64, with the awkward ones made likely.
fn any_f64() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>(),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(-0.0),
        Just(f64::MAX),
        -2.0f64..2.0,
        -1e20f64..1e20,
    ]
}

fn any_effect() -> impl Strategy<Value = Effect> {
    prop_oneof![
        any_f64().prop_map(Effect::MonthsPerCitizen),
        any_f64().prop_map(Effect::PercentReduction),
    ]
}

fn any_input() -> impl Strategy<Value = BudgetInput> {
    (
        any_f64(),
        prop::collection::vec((any_f64(), any_f64(), any_effect()), 0..4),
    )
        .prop_map(|(annual_cost, groups)| BudgetInput {
            annual_cost,
            groups: groups
                .into_iter()
                .map(|(headcount, net_per_month, effect)| GroupEffect {
                    headcount,
                    monthly_rate: net_per_month,
                    reimbursement: 0.0,
                    displaced_share: 0.0,
                    displaced_net_per_month: 0.0,
                    effect,
                })
                .collect(),
        })
}

fn any_settings() -> impl Strategy<Value = BudgetSettings> {
    (
        prop_oneof![any::<i32>(), 1990i32..2110],
        prop_oneof![any::<u32>(), 0u32..12],
        prop::option::of(any_f64()),
        prop::option::of(prop::collection::vec(any_f64(), 0..12)),
        prop::option::of((any_f64(), any_f64())),
    )
        .prop_map(|(start_year, years, hiring, ramp, nh)| BudgetSettings {
            start_year,
            years,
            hiring,
            ramp,
            new_hires: nh.map(|(caseload_share, months)| NewHires {
                caseload_share,
                months,
            }),
        })
}

fn valid_effect() -> impl Strategy<Value = Effect> {
    prop_oneof![
        (-12.0f64..=12.0).prop_map(Effect::MonthsPerCitizen),
        (-100.0f64..=100.0).prop_map(Effect::PercentReduction),
    ]
}

fn valid_input() -> impl Strategy<Value = BudgetInput> {
    (
        prop_oneof![-MAX_ANNUAL_COST..=MAX_ANNUAL_COST, -2e7f64..2e7, Just(0.0)],
        prop::collection::vec((0.0f64..=1e7, 0.0f64..=1e9, valid_effect()), 0..21),
    )
        .prop_map(|(annual_cost, groups)| BudgetInput {
            annual_cost,
            groups: groups
                .into_iter()
                .map(|(headcount, net_per_month, effect)| GroupEffect {
                    headcount,
                    monthly_rate: net_per_month,
                    reimbursement: 0.0,
                    displaced_share: 0.0,
                    displaced_net_per_month: 0.0,
                    effect,
                })
                .collect(),
        })
}

fn valid_settings() -> impl Strategy<Value = BudgetSettings> {
    (
        MIN_START_YEAR..=MAX_START_YEAR,
        MIN_YEARS..=MAX_YEARS,
        prop::option::of(0.0f64..=1.0),
        prop::option::of(prop::collection::vec(0.0f64..=1.0, 1..=10)),
        prop::option::of((0.0f64..=1.0, 0.0f64..=12.0)),
    )
        .prop_map(|(start_year, years, hiring, ramp, nh)| BudgetSettings {
            start_year,
            years,
            hiring,
            ramp,
            new_hires: nh.map(|(caseload_share, months)| NewHires {
                caseload_share,
                months,
            }),
        })
}

/// Every invariant of a computed budget.
fn consistent(b: &Budget, s: &BudgetSettings) -> Result<(), TestCaseError> {
    prop_assert_eq!(b.rows.len(), s.years as usize);
    let mut running = 0.0;
    for (i, r) in b.rows.iter().enumerate() {
        prop_assert_eq!(r.year, s.start_year + i as i32);
        for v in [
            r.staff_share,
            r.effect_share,
            r.cost,
            r.savings,
            r.net,
            r.cumulative,
        ] {
            prop_assert!(v.is_finite(), "non-finite {v} in {r:?}");
            prop_assert!(v != 0.0 || v.is_sign_positive(), "-0 in {r:?}");
        }
        prop_assert!((0.0..=1.0).contains(&r.staff_share));
        prop_assert!((0.0..=1.0).contains(&r.effect_share));
        // Savings (negative) or extra benefit costs (positive) follow
        // the sign of the full-year figure.
        let total = b.total_savings;
        prop_assert!(
            r.savings == 0.0 || (r.savings < 0.0) == (total < 0.0),
            "savings {} of {}",
            r.savings,
            total
        );
        prop_assert_eq!(r.net, r.cost + r.savings);
        running += r.net;
        prop_assert_eq!(r.cumulative, running);
    }
    prop_assert_eq!(b.total_cost, b.rows.iter().map(|r| r.cost).sum::<f64>());
    prop_assert_eq!(
        b.total_savings,
        b.rows.iter().map(|r| r.savings).sum::<f64>()
    );
    prop_assert_eq!(b.total_net, b.rows.iter().map(|r| r.net).sum::<f64>());
    for v in [b.total_cost, b.total_savings, b.total_net] {
        prop_assert!(v.is_finite());
    }
    // Payback: the first year from which every running total is ≤ 0.
    let first = (0..b.rows.len()).find(|&i| b.rows[i..].iter().all(|r| r.cumulative <= 0.0));
    prop_assert_eq!(b.payback_year, first.map(|i| b.rows[i].year));
    if let Some(i) = first {
        prop_assert!(i == 0 || b.rows[i - 1].cumulative > 0.0);
    } else {
        prop_assert!(b.rows.last().is_some_and(|r| r.cumulative > 0.0));
    }
    Ok(())
}

proptest! {
    #[test]
    fn any_input_is_a_typed_error_or_a_consistent_budget(
        input in prop_oneof![any_input(), valid_input()],
        settings in prop_oneof![any_settings(), valid_settings()],
    ) {
        if let Ok(b) = budget(&input, &settings) {
            consistent(&b, &settings)?;
        }
    }

    #[test]
    fn valid_input_always_gives_a_consistent_budget(
        input in valid_input(),
        settings in valid_settings(),
    ) {
        let b = budget(&input, &settings);
        prop_assert!(b.is_ok(), "{b:?}");
        if let Ok(b) = b {
            consistent(&b, &settings)?;
        }
    }

    #[test]
    fn without_realism_every_year_is_the_full_year(
        input in valid_input(),
        start_year in MIN_START_YEAR..=MAX_START_YEAR,
        years in MIN_YEARS..=MAX_YEARS,
    ) {
        let s = BudgetSettings { years, ..BudgetSettings::new(start_year) };
        let b = budget(&input, &s).unwrap();
        let cost = whole_kr(input.annual_cost);
        let savings = whole_kr(-input.full_year_saving());
        for r in &b.rows {
            prop_assert_eq!(r.cost, cost);
            prop_assert_eq!(r.savings, savings);
        }
    }

    #[test]
    fn realism_never_raises_cost_or_savings_above_the_full_year(
        input in valid_input(),
        settings in valid_settings(),
    ) {
        let b = budget(&input, &settings).unwrap();
        let full_saving = input.full_year_saving();
        for r in &b.rows {
            // Whole-kroner rounding may move a figure by half a krone.
            prop_assert!(r.cost.abs() <= input.annual_cost.abs() + 0.5);
            prop_assert!(
                r.savings.abs() <= full_saving.abs() + 0.5 + full_saving.abs() * 1e-12
            );
        }
    }

    #[test]
    fn percent_and_months_round_trip(p in -100.0f64..=100.0) {
        let back = percent_from_months(effect_months_from_percent(p));
        prop_assert!((back - p).abs() <= 1e-12 * p.abs().max(1.0));
    }
}
