//! Tests of [`super`]: the seeds' budget tables, hand-checked rows, the
//! payback verdict, shares and price-level conversions.

use super::*;

/// One group whose full-year saving is `m × 100 × 10,000` kr.: 1 mio. kr.
/// per benefit month saved per citizen.
pub(super) fn one_group(effect: Effect) -> Vec<GroupEffect> {
    vec![GroupEffect {
        headcount: 100.0,
        monthly_rate: 10_000.0,
        reimbursement: 0.0,
        displaced_share: 0.0,
        displaced_net_per_month: 0.0,
        effect,
    }]
}

fn settings(
    start_year: i32,
    years: u32,
    hiring: Option<f64>,
    ramp: Option<&[f64]>,
    new_hires: Option<NewHires>,
) -> BudgetSettings {
    BudgetSettings {
        start_year,
        years,
        hiring,
        ramp: ramp.map(<[f64]>::to_vec),
        new_hires,
    }
}

struct Case {
    name: &'static str,
    annual_cost: f64,
    groups: Vec<GroupEffect>,
    settings: BudgetSettings,
    /// (cost, savings, net, cumulative) per year, kr.
    rows: &'static [[f64; 4]],
    payback: Option<i32>,
}

fn cases() -> Vec<Case> {
    use Effect::*;
    vec![
        Case {
            // Seed 000, table 2: 11.340 a year 2023–2026, 45.360 in all
            // (1,000 kr., 2023 p/l). No effect is budgeted.
            name: "Copenhagen BI08",
            annual_cost: 11_340_000.0,
            groups: [1400.0, 3000.0, 250.0, 350.0]
                .iter()
                .map(|&headcount| GroupEffect {
                    headcount,
                    monthly_rate: 15_774.0,
                    reimbursement: 0.0,
                    displaced_share: 0.0,
                    displaced_net_per_month: 0.0,
                    effect: Effect::NONE,
                })
                .collect(),
            settings: BudgetSettings::new(2023),
            rows: &[
                [11_340_000.0, 0.0, 11_340_000.0, 11_340_000.0],
                [11_340_000.0, 0.0, 11_340_000.0, 22_680_000.0],
                [11_340_000.0, 0.0, 11_340_000.0, 34_020_000.0],
                [11_340_000.0, 0.0, 11_340_000.0, 45_360_000.0],
            ],
            payback: None,
        },
        Case {
            // Seed 003: 2 staff years 800,000 kr., 1.2 mio. less
            // sygedagpenge, net −400 a year 2021–2024. 10 % of 100
            // full-year persons at 10,000 kr. net a month:
            // 1.2 months × 100 × 10,000 = 1,200,000.
            name: "Faxe retention consultants",
            annual_cost: 800_000.0,
            groups: one_group(PercentReduction(10.0)),
            settings: BudgetSettings::new(2021),
            rows: &[
                [800_000.0, -1_200_000.0, -400_000.0, -400_000.0],
                [800_000.0, -1_200_000.0, -400_000.0, -800_000.0],
                [800_000.0, -1_200_000.0, -400_000.0, -1_200_000.0],
                [800_000.0, -1_200_000.0, -400_000.0, -1_600_000.0],
            ],
            payback: Some(2021),
        },
        Case {
            // The same with the saving split over two groups given in the
            // two forms: 0.6 months × 100 × 10,000 = 600,000, and 5 % =
            // 0.6 months × 50 × 20,000 = 600,000.
            name: "Faxe, two groups",
            annual_cost: 800_000.0,
            groups: vec![
                GroupEffect {
                    headcount: 100.0,
                    monthly_rate: 10_000.0,
                    reimbursement: 0.0,
                    displaced_share: 0.0,
                    displaced_net_per_month: 0.0,
                    effect: MonthsPerCitizen(0.6),
                },
                GroupEffect {
                    headcount: 50.0,
                    monthly_rate: 20_000.0,
                    reimbursement: 0.0,
                    displaced_share: 0.0,
                    displaced_net_per_month: 0.0,
                    effect: PercentReduction(5.0),
                },
            ],
            settings: settings(2021, 1, None, None, None),
            rows: &[[800_000.0, -1_200_000.0, -400_000.0, -400_000.0]],
            payback: Some(2021),
        },
        Case {
            // Hiring 50 %: year 1 costs 500,000 and delivers half of the
            // 1.5 mio. saving (−750,000): net −250,000; then 1 mio.,
            // −1.5 mio., −500,000 a year.
            name: "hiring 50 %",
            annual_cost: 1_000_000.0,
            groups: one_group(MonthsPerCitizen(1.5)),
            settings: settings(2024, 3, Some(0.5), None, None),
            rows: &[
                [500_000.0, -750_000.0, -250_000.0, -250_000.0],
                [1_000_000.0, -1_500_000.0, -500_000.0, -750_000.0],
                [1_000_000.0, -1_500_000.0, -500_000.0, -1_250_000.0],
            ],
            payback: Some(2024),
        },
        Case {
            // Ramp 50/100: full cost from year 1, half of the 1.5 mio.
            // saving in year 1: net +250,000, then −500,000: the running
            // total turns to −250,000 in year 2.
            name: "ramp 50/100",
            annual_cost: 1_000_000.0,
            groups: one_group(MonthsPerCitizen(1.5)),
            settings: settings(2024, 3, None, Some(&[0.5, 1.0]), None),
            rows: &[
                [1_000_000.0, -750_000.0, 250_000.0, 250_000.0],
                [1_000_000.0, -1_500_000.0, -500_000.0, -250_000.0],
                [1_000_000.0, -1_500_000.0, -500_000.0, -750_000.0],
            ],
            payback: Some(2025),
        },
        Case {
            // New hires only: everyone starts in year 1 and delivers
            // (6 × 0.5 + 6) / 12 = 75 % of the 2 mio. saving: −1.5 mio.
            name: "new hires, the calculator's assumption",
            annual_cost: 1_000_000.0,
            groups: one_group(MonthsPerCitizen(2.0)),
            settings: settings(2024, 2, None, None, Some(NewHires::ASSUMED)),
            rows: &[
                [1_000_000.0, -1_500_000.0, -500_000.0, -500_000.0],
                [1_000_000.0, -2_000_000.0, -1_000_000.0, -1_500_000.0],
            ],
            payback: Some(2024),
        },
        Case {
            // All three at their defaults, A = 1 mio., S = 2 mio.
            // Year 1: s = 0.5, cost 500,000; all 0.5 are new:
            //   k = 0.5 − 0.5 × 0.25 = 0.375; r = 0.5; effect 0.1875
            //   → −375,000; net +125,000.
            // Year 2: s = 1, cost 1 mio.; 0.5 new: k = 1 − 0.5 × 0.25 =
            //   0.875; r = 1 → −1,750,000; net −750,000; total −625,000.
            // Years 3–4: −1 mio. net each.
            // I alt: cost 3.5 mio., savings −6.125 mio., net −2.625 mio.
            name: "all realism, defaults",
            annual_cost: 1_000_000.0,
            groups: one_group(MonthsPerCitizen(2.0)),
            settings: BudgetSettings::realistic(2024),
            rows: &[
                [500_000.0, -375_000.0, 125_000.0, 125_000.0],
                [1_000_000.0, -1_750_000.0, -750_000.0, -625_000.0],
                [1_000_000.0, -2_000_000.0, -1_000_000.0, -1_625_000.0],
                [1_000_000.0, -2_000_000.0, -1_000_000.0, -2_625_000.0],
            ],
            payback: Some(2025),
        },
        Case {
            // Nobody hired in year 1: no cost, no effect. Year 2 everyone
            // starts: k = 1 − 1 × 0.25 = 0.75 → −900,000 of 1.2 mio.
            name: "hiring 0 % with new hires",
            annual_cost: 800_000.0,
            groups: one_group(PercentReduction(10.0)),
            settings: settings(2021, 3, Some(0.0), None, Some(NewHires::ASSUMED)),
            rows: &[
                [0.0, 0.0, 0.0, 0.0],
                [800_000.0, -900_000.0, -100_000.0, -100_000.0],
                [800_000.0, -1_200_000.0, -400_000.0, -500_000.0],
            ],
            payback: Some(2021),
        },
        Case {
            // Nobody hired in year 1 and no effect: the running total is
            // 0 before any money is spent, which is not a payback.
            name: "hiring 0 %, no effect",
            annual_cost: 800_000.0,
            groups: one_group(Effect::NONE),
            settings: settings(2021, 3, Some(0.0), None, None),
            rows: &[
                [0.0, 0.0, 0.0, 0.0],
                [800_000.0, 0.0, 800_000.0, 800_000.0],
                [800_000.0, 0.0, 800_000.0, 1_600_000.0],
            ],
            payback: None,
        },
        Case {
            // A falling ramp, 60 % then 10 % of 2 mio.: ahead after year
            // 1 (−200,000), behind from year 2: no payback.
            name: "falling ramp",
            annual_cost: 1_000_000.0,
            groups: one_group(MonthsPerCitizen(2.0)),
            settings: settings(2021, 3, None, Some(&[0.6, 0.1]), None),
            rows: &[
                [1_000_000.0, -1_200_000.0, -200_000.0, -200_000.0],
                [1_000_000.0, -200_000.0, 800_000.0, 600_000.0],
                [1_000_000.0, -200_000.0, 800_000.0, 1_400_000.0],
            ],
            payback: None,
        },
        Case {
            // The ramp's last value repeats: 20 %, 60 %, 60 %, 60 % of
            // 1 mio.
            name: "ramp repeats its last value",
            annual_cost: 500_000.0,
            groups: one_group(MonthsPerCitizen(1.0)),
            settings: settings(2030, 4, None, Some(&[0.2, 0.6]), None),
            rows: &[
                [500_000.0, -200_000.0, 300_000.0, 300_000.0],
                [500_000.0, -600_000.0, -100_000.0, 200_000.0],
                [500_000.0, -600_000.0, -100_000.0, 100_000.0],
                [500_000.0, -600_000.0, -100_000.0, 0.0],
            ],
            payback: Some(2033),
        },
        Case {
            // A saving (target above today's caseload): hiring and
            // new-hire realism do not apply, the full −1 mio. every year;
            // the ramp still applies to the 400,000 effect.
            name: "negative cost with realism",
            annual_cost: -1_000_000.0,
            groups: one_group(MonthsPerCitizen(0.4)),
            settings: settings(
                2025,
                2,
                Some(0.5),
                Some(&[0.5, 1.0]),
                Some(NewHires::ASSUMED),
            ),
            rows: &[
                [-1_000_000.0, -200_000.0, -1_200_000.0, -1_200_000.0],
                [-1_000_000.0, -400_000.0, -1_400_000.0, -2_600_000.0],
            ],
            payback: Some(2025),
        },
        Case {
            // Nothing changes: all zeros (never "-0"), and a proposal
            // that costs nothing pays back at once.
            name: "zero cost, zero effect",
            annual_cost: 0.0,
            groups: one_group(Effect::NONE),
            settings: BudgetSettings::realistic(2023),
            rows: &[[0.0; 4], [0.0; 4], [0.0; 4], [0.0; 4]],
            payback: Some(2023),
        },
        Case {
            // Zero cost with an effect: nobody is hired, so only the
            // ramp applies.
            name: "zero cost with effect",
            annual_cost: 0.0,
            groups: one_group(MonthsPerCitizen(0.1)),
            settings: settings(2023, 2, Some(0.5), Some(&[0.5]), Some(NewHires::ASSUMED)),
            rows: &[
                [0.0, -50_000.0, -50_000.0, -50_000.0],
                [0.0, -50_000.0, -50_000.0, -100_000.0],
            ],
            payback: Some(2023),
        },
        Case {
            // A cut saving 1 mio. a year in staff, with citizens 0.5
            // months longer on benefits: 0.5 × 100 × 10,000 = 500,000 kr.
            // of extra benefits a year (positive on the savings line).
            // Hiring and new hires do not apply to a cut; the ramp does.
            name: "a cut with a negative effect",
            annual_cost: -1_000_000.0,
            groups: one_group(MonthsPerCitizen(-0.5)),
            settings: settings(
                2027,
                2,
                Some(0.5),
                Some(&[0.5, 1.0]),
                Some(NewHires::ASSUMED),
            ),
            rows: &[
                [-1_000_000.0, 250_000.0, -750_000.0, -750_000.0],
                [-1_000_000.0, 500_000.0, -500_000.0, -1_250_000.0],
            ],
            payback: Some(2027),
        },
        Case {
            // An extra cost and a negative effect in per cent: −10 % of
            // 100 full-year persons at 10,000 kr. = 1.2 mio. more a year.
            name: "a negative effect in per cent costs benefits",
            annual_cost: 800_000.0,
            groups: one_group(PercentReduction(-10.0)),
            settings: BudgetSettings::new(2021),
            rows: &[
                [800_000.0, 1_200_000.0, 2_000_000.0, 2_000_000.0],
                [800_000.0, 1_200_000.0, 2_000_000.0, 4_000_000.0],
                [800_000.0, 1_200_000.0, 2_000_000.0, 6_000_000.0],
                [800_000.0, 1_200_000.0, 2_000_000.0, 8_000_000.0],
            ],
            payback: None,
        },
        Case {
            // A cost and no effect over the longest budget: 10 × 250,000.
            name: "10 years, no effect",
            annual_cost: 250_000.0,
            groups: vec![],
            settings: settings(2100, 10, None, None, None),
            rows: &[
                [250_000.0, 0.0, 250_000.0, 250_000.0],
                [250_000.0, 0.0, 250_000.0, 500_000.0],
                [250_000.0, 0.0, 250_000.0, 750_000.0],
                [250_000.0, 0.0, 250_000.0, 1_000_000.0],
                [250_000.0, 0.0, 250_000.0, 1_250_000.0],
                [250_000.0, 0.0, 250_000.0, 1_500_000.0],
                [250_000.0, 0.0, 250_000.0, 1_750_000.0],
                [250_000.0, 0.0, 250_000.0, 2_000_000.0],
                [250_000.0, 0.0, 250_000.0, 2_250_000.0],
                [250_000.0, 0.0, 250_000.0, 2_500_000.0],
            ],
            payback: None,
        },
        Case {
            // Whole kroner: 1/3 month × 100 × 10,000 = 333,333.33… →
            // 333,333; the cost 0.4 kr. rounds to 0.
            name: "rounding to whole kroner",
            annual_cost: 0.4,
            groups: one_group(MonthsPerCitizen(1.0 / 3.0)),
            settings: settings(2023, 1, None, None, None),
            rows: &[[0.0, -333_333.0, -333_333.0, -333_333.0]],
            payback: Some(2023),
        },
    ]
}

#[test]
fn hand_checked_table() {
    for c in cases() {
        let input = BudgetInput {
            annual_cost: c.annual_cost,
            groups: c.groups.clone(),
        };
        let b = budget(&input, &c.settings).unwrap_or_else(|e| panic!("{}: {e:?}", c.name));
        assert_eq!(b.rows.len(), c.rows.len(), "{}", c.name);
        for (i, (row, want)) in b.rows.iter().zip(c.rows).enumerate() {
            let got = [row.cost, row.savings, row.net, row.cumulative];
            assert_eq!(&got, want, "{}: year {}", c.name, i + 1);
            assert_eq!(row.year, c.settings.start_year + i as i32, "{}", c.name);
            for v in got {
                // Never "-0" on the page.
                assert!(v != 0.0 || v.is_sign_positive(), "{}: -0", c.name);
            }
        }
        let sum = |k: usize| c.rows.iter().map(|r| r[k]).sum::<f64>();
        assert_eq!(b.total_cost, sum(0), "{}", c.name);
        assert_eq!(b.total_savings, sum(1), "{}", c.name);
        assert_eq!(b.total_net, sum(2), "{}", c.name);
        assert_eq!(b.payback_year, c.payback, "{}", c.name);
    }
}

#[test]
fn payback_verdict_names_the_year_or_why_there_is_none() {
    // (annual cost, months saved per citizen) → verdict over 2027–2030;
    // one group saving 1 mio. kr. a year per month.
    let cases = [
        (800_000.0, 1.0, Payback::In(2027)),
        (800_000.0, 0.5, Payback::NotWithin(4)),
        (800_000.0, 0.0, Payback::NoEffectGiven),
        // A cut with no effect given costs nothing: paid back at once.
        (-800_000.0, 0.0, Payback::In(2027)),
        // A negative effect on a cut can still leave a saving.
        (-800_000.0, -0.5, Payback::In(2027)),
    ];
    for (annual_cost, months, want) in cases {
        let input = BudgetInput {
            annual_cost,
            groups: one_group(Effect::MonthsPerCitizen(months)),
        };
        let b = budget(&input, &BudgetSettings::new(2027)).unwrap();
        assert_eq!(b.payback(), want, "{annual_cost} {months}");
        // The result panel's summary: only with an effect, over 2027–2030.
        let outcome = b.effect_outcome();
        assert_eq!(outcome.is_some(), months != 0.0, "{annual_cost} {months}");
        if let Some(o) = outcome {
            assert_eq!((o.payback, o.total_net), (want, b.total_net));
            assert_eq!((o.first_year, o.last_year), (2027, 2030));
        }
    }
}

#[test]
fn seed_totals_in_thousands() {
    // BI08's "I alt" 45.360 (1,000 kr.) over 2023–2026.
    let input = BudgetInput {
        annual_cost: 11_340_000.0,
        groups: vec![],
    };
    let b = budget(&input, &BudgetSettings::new(2023)).unwrap();
    assert_eq!(b.total_cost / 1000.0, 45_360.0);
    assert_eq!(b.rows.last().map(|r| r.year), Some(2026));
    // Faxe's net −400 (1,000 kr.) a year.
    let input = BudgetInput {
        annual_cost: 800_000.0,
        groups: one_group(Effect::MonthsPerCitizen(1.2)),
    };
    let b = budget(&input, &BudgetSettings::new(2021)).unwrap();
    assert!(b.rows.iter().all(|r| r.net / 1000.0 == -400.0));
}

#[test]
fn shares_shown_per_year() {
    let input = BudgetInput {
        annual_cost: 1_000_000.0,
        groups: one_group(Effect::MonthsPerCitizen(2.0)),
    };
    let b = budget(&input, &BudgetSettings::realistic(2024)).unwrap();
    let shares: Vec<(f64, f64)> = b
        .rows
        .iter()
        .map(|r| (r.staff_share, r.effect_share))
        .collect();
    assert_eq!(
        shares,
        [(0.5, 0.1875), (1.0, 0.875), (1.0, 1.0), (1.0, 1.0)]
    );
}

#[test]
fn negative_zero_share_is_shown_as_zero() {
    // Found by proptest: a hiring share of -0 (a valid 0) must not show
    // as "-0 %" in year 1.
    let input = BudgetInput {
        annual_cost: 1e-200,
        groups: one_group(Effect::MonthsPerCitizen(1.0)),
    };
    let s = BudgetSettings {
        years: 1,
        hiring: Some(-0.0),
        new_hires: Some(NewHires::ASSUMED),
        ..BudgetSettings::new(2000)
    };
    let b = budget(&input, &s).unwrap();
    let r = &b.rows[0];
    for v in [r.staff_share, r.effect_share, r.cost, r.savings, r.net] {
        assert_eq!(v.to_bits(), 0.0f64.to_bits());
    }
}

#[test]
fn conversions() {
    let cases: &[(f64, f64)] = &[
        (0.0, 0.0),
        (10.0, 1.2),
        (50.0, 6.0),
        (100.0, 12.0),
        (25.0, 3.0),
    ];
    for &(percent, months) in cases {
        assert!((effect_months_from_percent(percent) - months).abs() < 1e-12);
        assert!((percent_from_months(months) - percent).abs() < 1e-12);
        assert!((Effect::PercentReduction(percent).months_per_citizen() - months).abs() < 1e-12);
        assert!((Effect::MonthsPerCitizen(months).percent() - percent).abs() < 1e-12);
    }
    assert_eq!(NewHires::ASSUMED.first_year_effect(), 0.75);
    let none = NewHires {
        caseload_share: 0.0,
        months: 12.0,
    };
    assert_eq!(none.first_year_effect(), 0.0);
    let full = NewHires {
        caseload_share: 0.3,
        months: 0.0,
    };
    assert_eq!(full.first_year_effect(), 1.0);
}
