//! Tests of the budget's input: every out-of-range figure is a typed
//! error, and the input built from the calculation carries its headcounts,
//! net rates and displacement.

use super::tests::one_group;
use super::*;

#[test]
fn typed_errors() {
    use BudgetError::*;
    use BudgetField::{
        AnnualCost, Headcount, HiringShare, MonthlyRate, NewHireCaseloadShare, NewHireMonths, Ramp,
        StartYear, Years,
    };
    let ok_input = BudgetInput {
        annual_cost: 1.0,
        groups: one_group(Effect::NONE),
    };
    let base = BudgetSettings::new(2023);
    let oor = |field, min, max| OutOfRange { field, min, max };
    let setting_cases: Vec<(BudgetSettings, BudgetError)> = vec![
        (
            BudgetSettings {
                years: 0,
                ..base.clone()
            },
            oor(Years, 1.0, 10.0),
        ),
        (
            BudgetSettings {
                years: 11,
                ..base.clone()
            },
            oor(Years, 1.0, 10.0),
        ),
        (BudgetSettings::new(1999), oor(StartYear, 2000.0, 2100.0)),
        (BudgetSettings::new(2101), oor(StartYear, 2000.0, 2100.0)),
        (
            BudgetSettings::new(i32::MIN),
            oor(StartYear, 2000.0, 2100.0),
        ),
        (
            BudgetSettings {
                hiring: Some(1.5),
                ..base.clone()
            },
            oor(HiringShare, 0.0, 1.0),
        ),
        (
            BudgetSettings {
                hiring: Some(-0.1),
                ..base.clone()
            },
            oor(HiringShare, 0.0, 1.0),
        ),
        (
            BudgetSettings {
                hiring: Some(f64::NAN),
                ..base.clone()
            },
            NotFinite(HiringShare),
        ),
        (
            BudgetSettings {
                ramp: Some(vec![]),
                ..base.clone()
            },
            EmptyRamp,
        ),
        (
            BudgetSettings {
                ramp: Some(vec![0.5; 11]),
                ..base.clone()
            },
            RampTooLong { max: 10 },
        ),
        (
            BudgetSettings {
                ramp: Some(vec![0.5, 1.01]),
                ..base.clone()
            },
            oor(Ramp(1), 0.0, 1.0),
        ),
        (
            BudgetSettings {
                ramp: Some(vec![f64::INFINITY]),
                ..base.clone()
            },
            NotFinite(Ramp(0)),
        ),
        (
            BudgetSettings {
                new_hires: Some(NewHires {
                    caseload_share: 2.0,
                    months: 6.0,
                }),
                ..base.clone()
            },
            oor(NewHireCaseloadShare, 0.0, 1.0),
        ),
        (
            BudgetSettings {
                new_hires: Some(NewHires {
                    caseload_share: 0.5,
                    months: 13.0,
                }),
                ..base.clone()
            },
            oor(NewHireMonths, 0.0, 12.0),
        ),
    ];
    for (s, want) in setting_cases {
        assert_eq!(budget(&ok_input, &s), Err(want), "{s:?}");
    }
    let g = |headcount, net_per_month, effect| GroupEffect {
        headcount,
        monthly_rate: net_per_month,
        reimbursement: 0.0,
        displaced_share: 0.0,
        displaced_net_per_month: 0.0,
        effect,
    };
    let input_cases: Vec<(f64, GroupEffect, BudgetError)> = vec![
        (f64::NAN, g(1.0, 1.0, Effect::NONE), NotFinite(AnnualCost)),
        (
            1e19,
            g(1.0, 1.0, Effect::NONE),
            oor(AnnualCost, -1e18, 1e18),
        ),
        (
            -1e19,
            g(1.0, 1.0, Effect::NONE),
            oor(AnnualCost, -1e18, 1e18),
        ),
        (1.0, g(-1.0, 1.0, Effect::NONE), oor(Headcount(1), 0.0, 1e7)),
        (
            1.0,
            g(1.0, f64::NEG_INFINITY, Effect::NONE),
            NotFinite(MonthlyRate(1)),
        ),
        (
            1.0,
            g(1.0, 2e9, Effect::NONE),
            oor(MonthlyRate(1), 0.0, 1e9),
        ),
        (
            1.0,
            g(1.0, 1.0, Effect::MonthsPerCitizen(12.5)),
            oor(BudgetField::Effect(1), -12.0, 12.0),
        ),
        (
            1.0,
            g(1.0, 1.0, Effect::MonthsPerCitizen(-12.5)),
            oor(BudgetField::Effect(1), -12.0, 12.0),
        ),
        (
            1.0,
            g(1.0, 1.0, Effect::PercentReduction(-101.0)),
            oor(BudgetField::Effect(1), -100.0, 100.0),
        ),
        (
            1.0,
            g(1.0, 1.0, Effect::PercentReduction(f64::NAN)),
            NotFinite(BudgetField::Effect(1)),
        ),
    ];
    for (annual_cost, bad, want) in input_cases {
        // The bad group is the second, so the index is reported.
        let input = BudgetInput {
            annual_cost,
            groups: vec![g(1.0, 1.0, Effect::NONE), bad],
        };
        assert_eq!(budget(&input, &base), Err(want), "{input:?}");
    }
    // Ramp entries beyond the budget's years are still checked, and extra
    // valid ones are ignored.
    let long = BudgetSettings {
        years: 1,
        ramp: Some(vec![0.25, 0.5, 1.0]),
        ..base.clone()
    };
    let b = budget(&ok_input, &long).unwrap();
    assert_eq!(b.rows.len(), 1);
    assert_eq!(b.rows[0].effect_share, 0.25);
}

#[test]
fn from_calc_takes_headcount_and_net_rate() {
    use crate::model::calc::compute;
    use crate::model::kind::BenefitKind;
    use crate::model::scenario::{BenefitRate, Displacement, Group};
    let scenario = Scenario {
        groups: vec![
            Group {
                name: "A".into(),
                headcount: 100.0,
                current: 50.0,
                target: 25.0,
                benefit: BenefitKind::Sygedagpenge,
                displaced: Displacement::none(BenefitKind::Sygedagpenge),
            },
            Group {
                name: "B".into(),
                headcount: 50.0,
                current: 50.0,
                target: 25.0,
                benefit: BenefitKind::Kontanthjaelp,
                displaced: Displacement::none(BenefitKind::Kontanthjaelp),
            },
        ],
        cost_per_staff_year: 400_000.0,
        benefits: [
            BenefitRate {
                monthly_rate: 12_500.0,
                reimbursement: 0.2,
            },
            BenefitRate {
                monthly_rate: 0.0,
                reimbursement: 0.0,
            },
            BenefitRate {
                monthly_rate: 10_000.0,
                reimbursement: 0.5,
            },
            BenefitRate {
                monthly_rate: 0.0,
                reimbursement: 0.0,
            },
            BenefitRate {
                monthly_rate: 0.0,
                reimbursement: 0.0,
            },
            BenefitRate {
                monthly_rate: 0.0,
                reimbursement: 0.0,
            },
        ],
    };
    let results = compute(&scenario);
    // Only the first group has an effect: 1 month × 100 × 10,000 kr.
    let input = BudgetInput::from_calc(&scenario, &results, &[Effect::MonthsPerCitizen(1.0)]);
    assert_eq!(
        input,
        BudgetInput {
            annual_cost: 1_200_000.0,
            groups: vec![
                GroupEffect {
                    headcount: 100.0,
                    monthly_rate: 12_500.0,
                    reimbursement: 0.2,
                    displaced_share: 0.0,
                    displaced_net_per_month: 0.0,
                    effect: Effect::MonthsPerCitizen(1.0),
                },
                GroupEffect {
                    headcount: 50.0,
                    monthly_rate: 10_000.0,
                    reimbursement: 0.5,
                    displaced_share: 0.0,
                    displaced_net_per_month: 0.0,
                    effect: Effect::NONE,
                },
            ],
        }
    );
    assert_eq!(input.full_year_saving(), 1_000_000.0);
    let b = budget(&input, &BudgetSettings::new(2023)).unwrap();
    assert_eq!(b.total_net, 4.0 * 200_000.0);
    assert_eq!(b.payback_year, None);
    // The transfers as the seeds show them: benefits gross (udgift) and
    // the reimbursement no longer received (indtægt) apart.
    let y = &b.rows[0];
    assert_eq!(
        [y.benefits_gross, y.reimbursement, y.displaced, y.savings],
        [-1_250_000.0, 250_000.0, 0.0, -1_000_000.0]
    );
}

#[test]
fn displacement_lowers_the_saving_by_exactly_the_displaced_cost() {
    // 100 citizens save 1 month each (12,500 kr. gross, 20 % reimbursed:
    // 10,000 net). A share d of those months reappears on a benefit
    // costing 6,000 kr. net: the saving falls by 100 × d × 6,000.
    let group = |d: f64| GroupEffect {
        headcount: 100.0,
        monthly_rate: 12_500.0,
        reimbursement: 0.2,
        effect: Effect::MonthsPerCitizen(1.0),
        displaced_share: d,
        displaced_net_per_month: 6_000.0,
    };
    let cases: &[(f64, f64, f64)] = &[
        // (d, displaced cost a year, net saving a year)
        (0.0, 0.0, 1_000_000.0),
        (0.25, 150_000.0, 850_000.0),
        (0.5, 300_000.0, 700_000.0),
        (1.0, 600_000.0, 400_000.0),
    ];
    for &(d, displaced, net) in cases {
        let input = BudgetInput {
            annual_cost: 500_000.0,
            groups: vec![group(d)],
        };
        assert_eq!(input.full_year_saving(), net, "d = {d}");
        let b = budget(&input, &BudgetSettings::new(2027)).unwrap();
        for y in &b.rows {
            assert_eq!(y.benefits_gross, -1_250_000.0);
            assert_eq!(y.reimbursement, 250_000.0);
            assert_eq!(y.displaced, displaced, "d = {d}");
            assert_eq!(y.savings, -net, "d = {d}");
            assert_eq!(y.net, 500_000.0 - net);
        }
        assert_eq!(b.total_displaced, 4.0 * displaced);
        assert_eq!(
            b.total_savings,
            b.total_benefits_gross + b.total_reimbursement + b.total_displaced
        );
    }
    // The Aabenraa paper's own rows: 37.7 saved, 18.1 on other benefits,
    // 9.7 staff: 9.9 net (mio. kr.). As a displaced share: 48 %.
    let input = BudgetInput {
        annual_cost: 9_700_000.0,
        groups: vec![GroupEffect {
            headcount: 1.0,
            monthly_rate: 37_700_000.0,
            reimbursement: 0.0,
            effect: Effect::MonthsPerCitizen(1.0),
            displaced_share: 18.1 / 37.7,
            displaced_net_per_month: 37_700_000.0,
        }],
    };
    let b = budget(
        &input,
        &BudgetSettings {
            years: 1,
            ..BudgetSettings::new(2016)
        },
    )
    .unwrap();
    let y = &b.rows[0];
    assert_eq!(
        [y.benefits_gross, y.displaced, y.cost],
        [-37_700_000.0, 18_100_000.0, 9_700_000.0]
    );
    assert_eq!(y.net, -9_900_000.0);
}
