use super::*;
use crate::model::calc::compute;
use crate::model::kind::BenefitKind;
use crate::model::scenario::Displacement;
use crate::model::test_support::{close, scenario};
use BenefitKind::{Jobafklaring as Jaf, Kontanthjaelp as Kth, Sygedagpenge as Syg};

/// Copenhagen's BI08: four groups at 70 (targets as given).
fn bi08(target: f64, k: f64) -> Scenario {
    scenario(
        &[
            (1400.0, 70.0, target, Syg),
            (3000.0, 70.0, target, Syg),
            (250.0, 70.0, target, Jaf),
            (350.0, 70.0, target, Jaf),
        ],
        k,
        [15_774.0, 12_326.0, 0.0, 0.0],
    )
}

const NAN: f64 = f64::NAN;
const INF: f64 = f64::INFINITY;

fn above(needed: Option<f64>) -> GoalError {
    GoalError::CaseloadOutOfRange {
        side: Side::AboveMax,
        needed,
    }
}

fn below(needed: f64) -> GoalError {
    GoalError::CaseloadOutOfRange {
        side: Side::BelowMin,
        needed: Some(needed),
    }
}

fn invalid(input: Input, error: InputError) -> GoalError {
    GoalError::Invalid { input, error }
}

/// Compares results with f64s inside by relative closeness.
fn same_error(a: &GoalError, b: &GoalError) -> bool {
    match (a, b) {
        (
            GoalError::CaseloadOutOfRange {
                side: s1,
                needed: Some(n1),
            },
            GoalError::CaseloadOutOfRange {
                side: s2,
                needed: Some(n2),
            },
        ) => s1 == s2 && close(*n1, *n2, 1e-9),
        _ => a == b,
    }
}

#[test]
fn extra_staff_lower_the_caseload_of_all_citizens() {
    // (groups (N, C, T), W) → (citizens, now, after, target, staff for target).
    type Case = (&'static [(f64, f64, f64)], f64, [f64; 5]);
    let cases: &[Case] = &[
        // Copenhagen: 5,000 citizens at 70; the 28.57 staff years of
        // 70 → 50 give all 5,000 citizens a caseworker with 50 cases.
        (
            &[(5000.0, 70.0, 50.0)],
            200.0 / 7.0,
            [5000.0, 70.0, 50.0, 50.0, 200.0 / 7.0],
        ),
        // 10 extra: 5,000 / (71.43 + 10) = 61.4 for all, not "500
        // citizens at 50".
        (
            &[(5000.0, 70.0, 50.0)],
            10.0,
            [
                5000.0,
                70.0,
                5000.0 / (5000.0 / 70.0 + 10.0),
                50.0,
                200.0 / 7.0,
            ],
        ),
        // No extra staff: the caseload stays.
        (
            &[(5000.0, 70.0, 50.0)],
            0.0,
            [5000.0, 70.0, 70.0, 50.0, 200.0 / 7.0],
        ),
        // Two groups: 1,000 at 50 (20 staff) and 1,000 at 100 (10 staff):
        // 2,000 / 30 = 66.7 today; + 10 → 2,000 / 40 = 50. Targets 40 and
        // 80: 25 + 12.5 = 37.5 staff, 53.3 average, 7.5 staff years more.
        (
            &[(1000.0, 50.0, 40.0), (1000.0, 100.0, 80.0)],
            10.0,
            [2000.0, 2000.0 / 30.0, 50.0, 2000.0 / 37.5, 7.5],
        ),
        // A cut as the target: 70 → 90 needs 15.87 staff years fewer.
        (
            &[(5000.0, 70.0, 90.0)],
            5.0,
            [
                5000.0,
                70.0,
                5000.0 / (5000.0 / 70.0 + 5.0),
                90.0,
                5000.0 / 90.0 - 5000.0 / 70.0,
            ],
        ),
    ];
    for (i, (groups, w, [n, now, after, target, needed])) in cases.iter().enumerate() {
        let g: Vec<_> = groups.iter().map(|&(n, c, t)| (n, c, t, Syg)).collect();
        let s = scenario(&g, 400_000.0, [10_000.0, 0.0, 0.0, 0.0]);
        let got = new_staff(&s, *w).unwrap();
        assert!(close(got.citizens, *n, 1e-12), "case {i}: {got:?}");
        assert!(close(got.caseload_now, *now, 1e-12), "case {i}: {got:?}");
        assert!(
            close(got.caseload_after, *after, 1e-12),
            "case {i}: {got:?}"
        );
        assert!(
            close(got.target_caseload, *target, 1e-12),
            "case {i}: {got:?}"
        );
        assert!(
            close(got.staff_for_target, *needed, 1e-9),
            "case {i}: {got:?}"
        );
    }
    let s = bi08(50.0, 396_900.0);
    let mut empty = s.clone();
    for g in &mut empty.groups {
        g.headcount = 0.0;
    }
    assert_eq!(new_staff(&empty, 10.0), Err(GoalError::NoCitizens));
    assert_eq!(
        new_staff(&s, -1.0),
        Err(invalid(
            Input::Staff,
            InputError::OutOfRange { min: 0.0, max: 1e7 }
        ))
    );
}

#[test]
fn budget_to_caseload_by_factor() {
    let money = FieldKind::Money.range().1;
    // (scenario, budget) → (factor, targets) or the error.
    type Case = (Scenario, f64, Result<(f64, Vec<f64>), GoalError>);
    let one = |n, c, k| scenario(&[(n, c, c, Syg)], k, [10_000.0, 0.0, 0.0, 0.0]);
    let cases: Vec<Case> = vec![
        // BI08: 11.34 mio. at 396,900 kr. buys 28.57 staff years on top
        // of 71.43: f = 71.43 / 100 = 5/7, every group 70 → 50.
        (
            bi08(70.0, 396_900.0),
            11_340_000.0,
            Ok((5.0 / 7.0, vec![50.0; 4])),
        ),
        // No money: nothing changes.
        (bi08(50.0, 396_900.0), 0.0, Ok((1.0, vec![70.0; 4]))),
        // 100 at 50 = 2 staff years; 1 mio. at 500,000 buys 2 more: 25.
        (one(100.0, 50.0, 500_000.0), 1e6, Ok((0.5, vec![25.0]))),
        // Saving one of two staff years: 50 → 100.
        (one(100.0, 50.0, 500_000.0), -5e5, Ok((2.0, vec![100.0]))),
        // Groups at different caseloads keep their proportions:
        // S0 = 2 + 1 = 3; 1.5 mio. / 500,000 = 3 more; f = 1/2.
        (
            scenario(
                &[(100.0, 50.0, 50.0, Syg), (40.0, 40.0, 40.0, Kth)],
                500_000.0,
                [0.0; 4],
            ),
            1.5e6,
            Ok((0.5, vec![25.0, 20.0])),
        ),
        // Exactly caseload 1: 100 at 2 (50 staff years) → 100 staff years.
        (one(100.0, 2.0, 1.0), 50.0, Ok((0.5, vec![1.0]))),
        // Exactly 1,000: 100 at 500 (0.2) → 0.1 staff years.
        (one(100.0, 500.0, 1e6), -1e5, Ok((2.0, vec![1000.0]))),
        // Saving all of today's staff: no caseload does that.
        (one(100.0, 50.0, 500_000.0), -1e6, Err(above(None))),
        (one(100.0, 50.0, 500_000.0), -1e9, Err(above(None))),
        // Saving half of 0.111 staff years at 900: caseload 1,800.
        (one(100.0, 900.0, 900_000.0), -5e4, Err(above(Some(1800.0)))),
        // 1,000 kr. at 1 kr. a staff year on 50 staff years: 100/1050.
        (one(100.0, 2.0, 1.0), 1000.0, Err(below(100.0 / 1050.0))),
        // A tiny cost per staff year makes the budget infinite staff.
        (one(100.0, 2.0, 1e-300), 1e9, Err(below(0.0))),
        (one(100.0, 50.0, 0.0), 1e6, Err(GoalError::NoStaffCost)),
        (one(0.0, 50.0, 400_000.0), 1e6, Err(GoalError::NoCitizens)),
        (
            scenario(&[], 400_000.0, [0.0; 4]),
            1e6,
            Err(GoalError::NoCitizens),
        ),
        (
            one(100.0, 50.0, 400_000.0),
            NAN,
            Err(invalid(Input::Budget, InputError::NotANumber)),
        ),
        (
            one(100.0, 50.0, 400_000.0),
            -INF,
            Err(invalid(Input::Budget, InputError::NotANumber)),
        ),
        (
            one(100.0, 50.0, 400_000.0),
            2e9,
            Err(invalid(
                Input::Budget,
                InputError::OutOfRange {
                    min: -money,
                    max: money,
                },
            )),
        ),
        (
            one(100.0, 0.0, 400_000.0),
            1e6,
            Err(invalid(
                Input::Field(FieldId::Current(0)),
                InputError::OutOfRange {
                    min: 1.0,
                    max: 1000.0,
                },
            )),
        ),
        (
            one(-1.0, 50.0, 400_000.0),
            1e6,
            Err(invalid(
                Input::Field(FieldId::Headcount(0)),
                InputError::OutOfRange { min: 0.0, max: 1e7 },
            )),
        ),
        (
            one(100.0, 50.0, NAN),
            1e6,
            Err(invalid(
                Input::Field(FieldId::CostPerStaffYear),
                InputError::NotANumber,
            )),
        ),
    ];
    for (i, (s, budget, expected)) in cases.iter().enumerate() {
        let got = caseload_for_budget(s, *budget);
        match (&got, expected) {
            (Ok(sol), Ok((factor, targets))) => {
                assert!(close(sol.factor, *factor, 1e-12), "case {i}: {sol:?}");
                assert_eq!(sol.targets.len(), targets.len(), "case {i}");
                for (t, e) in sol.targets.iter().zip(targets) {
                    assert!(close(*t, *e, 1e-12), "case {i}: {sol:?}");
                }
                // And forward again.
                let r = compute(&sol.apply(s));
                assert!(close(r.annual_cost, *budget, 1e-9), "case {i}: {r:?}");
                assert!(close(r.extra_staff, sol.extra_staff, 1e-12), "case {i}");
            }
            (Err(g), Err(e)) => assert!(same_error(g, e), "case {i}: {g:?} vs {e:?}"),
            (g, e) => panic!("case {i}: got {g:?}, expected {e:?}"),
        }
    }
}

#[test]
fn budget_range_by_factor_matches_the_bounds() {
    // 100 at 50 and 40 at 40, K = 500,000: S0 = 3 staff years.
    // Max: f = 1/40 → targets 1.25 and 1: B = 500,000 × 3 × (40 − 1).
    // Min: f = 1000/50 → targets 1,000 and 800: B = 500,000 × 3 × (0.05 − 1).
    let s = scenario(
        &[(100.0, 50.0, 50.0, Syg), (40.0, 40.0, 40.0, Kth)],
        500_000.0,
        [0.0; 4],
    );
    let r = budget_range_by_factor(&s).unwrap();
    assert!(close(r.max, 58_500_000.0, 1e-12), "{r:?}");
    assert!(close(r.min, -1_425_000.0, 1e-12), "{r:?}");
    // The bounds themselves are answerable, and a krone beyond is not.
    let at_max = caseload_for_budget(&s, r.max).unwrap();
    assert!(close(at_max.targets[0], 1.25, 1e-12) && at_max.targets[1] == 1.0);
    let at_min = caseload_for_budget(&s, r.min).unwrap();
    assert!(at_min.targets[0] == 1000.0 && close(at_min.targets[1], 800.0, 1e-12));
    assert!(matches!(
        caseload_for_budget(&s, r.max + 1.0),
        Err(GoalError::CaseloadOutOfRange {
            side: Side::BelowMin,
            ..
        })
    ));
    assert!(matches!(
        caseload_for_budget(&s, r.min - 1.0),
        Err(GoalError::CaseloadOutOfRange {
            side: Side::AboveMax,
            ..
        })
    ));
    assert_eq!(
        budget_range_by_factor(&scenario(&[(0.0, 50.0, 50.0, Syg)], 1.0, [0.0; 4])),
        Err(GoalError::NoCitizens)
    );
    assert_eq!(
        budget_range_by_factor(&scenario(&[(1.0, 50.0, 50.0, Syg)], 0.0, [0.0; 4])),
        Err(GoalError::NoStaffCost)
    );
}

#[test]
fn budget_to_caseload_for_one_group() {
    // Group 0: 100 at 50 → 25 (2 → 4 staff years); group 1: 200 at 40
    // (5 staff years), target 40. K = 500,000.
    let s = scenario(
        &[(100.0, 50.0, 25.0, Syg), (200.0, 40.0, 40.0, Kth)],
        500_000.0,
        [0.0; 4],
    );
    // (index, budget) → target or error.
    let cases: &[(usize, f64, Result<f64, GoalError>)] = &[
        // Group 1 alone pays nothing, so 1 mio. is exactly group 0's 25.
        (0, 1e6, Ok(25.0)),
        // 1.5 mio. = 3 staff years; group 0 takes 2, group 1 gets 1 more:
        // 200 / 6 = 33.33.
        (1, 1.5e6, Ok(200.0 / 6.0)),
        // 1 mio. is group 0's change: group 1 stays at 40.
        (1, 1e6, Ok(40.0)),
        // Group 1 must save 1 of its 5 staff years to pay group 0's 2 − 1:
        // 200 / 4 = 50.
        (1, 5e5, Ok(50.0)),
        // Group 1 must save all 5 and more.
        (1, -2e6, Err(above(None))),
        // 1 bn. buys 2,000 staff years: group 1 would get 2,003 for 200
        // citizens.
        (1, 1e9, Err(below(200.0 / (2000.0 - 2.0 + 5.0)))),
        (
            2,
            1e6,
            Err(GoalError::NoSuchGroup {
                index: 2,
                groups: 2,
            }),
        ),
        (0, NAN, Err(invalid(Input::Budget, InputError::NotANumber))),
    ];
    for (i, (index, budget, expected)) in cases.iter().enumerate() {
        match (group_caseload_for_budget(&s, *index, *budget), expected) {
            (Ok(sol), Ok(t)) => {
                assert!(close(sol.target, *t, 1e-12), "case {i}: {sol:?}");
                let r = compute(&sol.apply(&s));
                assert!(close(r.annual_cost, *budget, 1e-9), "case {i}: {r:?}");
                assert!(close(r.extra_staff, sol.extra_staff, 1e-12), "case {i}");
            }
            (Err(g), Err(e)) => assert!(same_error(&g, e), "case {i}: {g:?} vs {e:?}"),
            (g, e) => panic!("case {i}: got {g:?}, expected {e:?}"),
        }
    }
    // The other groups' targets are checked; the solved group's is not.
    let mut bad = s.clone();
    bad.groups[0].target = 0.0;
    assert!(group_caseload_for_budget(&bad, 0, 1e6).is_ok());
    assert_eq!(
        group_caseload_for_budget(&bad, 1, 1e6),
        Err(invalid(
            Input::Field(FieldId::Target(0)),
            InputError::OutOfRange {
                min: 1.0,
                max: 1000.0
            }
        ))
    );
    let mut empty = s.clone();
    empty.groups[1].headcount = 0.0;
    assert_eq!(
        group_caseload_for_budget(&empty, 1, 1e6),
        Err(GoalError::NoCitizens)
    );
}

#[test]
fn budget_range_for_one_group() {
    // Group 1 (200 at 40 = 5 staff years) with group 0's 2 extra:
    // max = 500,000 × (2 + 200 − 5), min = 500,000 × (2 + 0.2 − 5).
    let s = scenario(
        &[(100.0, 50.0, 25.0, Syg), (200.0, 40.0, 40.0, Kth)],
        500_000.0,
        [0.0; 4],
    );
    let r = budget_range_for_group(&s, 1).unwrap();
    assert!(close(r.max, 98_500_000.0, 1e-12), "{r:?}");
    assert!(close(r.min, -1_400_000.0, 1e-12), "{r:?}");
    assert!(close(
        group_caseload_for_budget(&s, 1, r.max).unwrap().target,
        1.0,
        1e-12
    ));
    assert!(close(
        group_caseload_for_budget(&s, 1, r.min).unwrap().target,
        1000.0,
        1e-12
    ));
    assert_eq!(
        budget_range_for_group(&s, 7),
        Err(GoalError::NoSuchGroup {
            index: 7,
            groups: 2
        })
    );
}

#[test]
fn break_even_per_group() {
    // Net kr./month: sygedagpenge 10,000, kontanthjælp 5,000, other 0.
    let s = scenario(
        &[
            // 2 extra staff years, 1 mio.: 100 months a year, 1 a citizen,
            // x = 1/12, 8.33 full-year persons.
            (100.0, 50.0, 25.0, Syg),
            // 1 extra staff year (50 at 50 → 25), 500,000 kr. /
            // 5,000 kr. = 100 months, 2 a citizen, x = 1/6.
            (50.0, 50.0, 25.0, Kth),
            // A saving: nothing needed.
            (100.0, 25.0, 50.0, Syg),
            // A cost on a benefit of 0 kr.
            (100.0, 50.0, 25.0, BenefitKind::Other),
            // No citizens: no cost either.
            (0.0, 50.0, 25.0, Kth),
        ],
        500_000.0,
        [10_000.0, 0.0, 5_000.0, 0.0],
    );
    let expected = [
        Some((100.0, 1.0, 1.0 / 12.0, 100.0 / 12.0)),
        Some((100.0, 2.0, 1.0 / 6.0, 50.0 / 6.0)),
        None,
        None,
        None,
    ];
    let got = own_break_even(&s).unwrap();
    assert_eq!(got.len(), expected.len());
    for (i, (g, e)) in got.iter().zip(expected).enumerate() {
        match (g, e) {
            (
                BreakEven::Required {
                    months_per_year,
                    months_per_citizen,
                    share,
                    full_year_persons,
                },
                Some((m, mc, x, p)),
            ) => {
                assert!(close(*months_per_year, m, 1e-12), "group {i}: {g:?}");
                assert!(close(*months_per_citizen, mc, 1e-12), "group {i}");
                assert!(close(*share, x, 1e-12), "group {i}");
                assert!(close(*full_year_persons, p, 1e-12), "group {i}");
            }
            (g, None) => assert!(!matches!(g, BreakEven::Required { .. }), "group {i}"),
            (g, e) => panic!("group {i}: {g:?} vs {e:?}"),
        }
    }
    assert!(matches!(got[2], BreakEven::NotNeeded(_)), "{:?}", got[2]);
    assert_eq!(got[3], BreakEven::NoBenefitSpending);
    assert!(matches!(got[4], BreakEven::NotNeeded(_)), "{:?}", got[4]);
    // Per-group savings at break-even pay exactly each group's cost.
    let r = compute(&s);
    for (i, (be, g)) in got.iter().zip(&r.groups).enumerate() {
        if let BreakEven::Required {
            months_per_year, ..
        } = be
        {
            assert!(
                close(months_per_year * g.net_per_month, g.annual_cost, 1e-12),
                "{i}"
            );
        }
    }
    // Errors name the group.
    let mut bad = s.clone();
    bad.groups[3].target = NAN;
    assert_eq!(
        own_break_even(&bad),
        Err(invalid(
            Input::Field(FieldId::Target(3)),
            InputError::NotANumber
        ))
    );
    let mut bad = s.clone();
    bad.benefits[0].reimbursement = 1.5;
    assert_eq!(
        group_break_even(&bad, 0),
        Err(invalid(
            Input::Field(FieldId::Reimbursement(Syg)),
            InputError::OutOfRange { min: 0.0, max: 1.0 }
        ))
    );
    // A fraction of an øre a month would need more months than exist.
    let mut tiny = s.clone();
    tiny.benefits[0].monthly_rate = 1e-305;
    assert_eq!(group_break_even(&tiny, 0), Err(GoalError::Overflow));
    assert_eq!(
        group_break_even(&s, 9),
        Err(GoalError::NoSuchGroup {
            index: 9,
            groups: 5
        })
    );
}

#[test]
fn checks_published_proposals() {
    let two = |c: f64, t: f64| {
        vec![Group {
            name: "G".into(),
            headcount: 100.0,
            current: c,
            target: t,
            benefit: Syg,
            displaced: Displacement::none(Syg),
        }]
    };
    // (published, groups, reference) → (implied K, plausibility) or error.
    type Case = (f64, Vec<Group>, f64, Result<(f64, Plausibility), GoalError>);
    let cases: Vec<Case> = vec![
        // BI08: 11.34 mio. / 28.571 staff years = 396,900 kr.: plausible.
        (
            11_340_000.0,
            bi08(50.0, 0.0).groups,
            400_000.0,
            Ok((396_900.0, Plausibility::Plausible)),
        ),
        // 100 at 50 → 25 is 2 staff years.
        (
            800_000.0,
            two(50.0, 25.0),
            400_000.0,
            Ok((400_000.0, Plausibility::Plausible)),
        ),
        // 85 % and 115 % are still plausible, a krone beyond is not.
        (
            680_000.0,
            two(50.0, 25.0),
            400_000.0,
            Ok((340_000.0, Plausibility::Plausible)),
        ),
        (
            920_000.0,
            two(50.0, 25.0),
            400_000.0,
            Ok((460_000.0, Plausibility::Plausible)),
        ),
        (
            679_998.0,
            two(50.0, 25.0),
            400_000.0,
            Ok((339_999.0, Plausibility::Low)),
        ),
        (
            920_002.0,
            two(50.0, 25.0),
            400_000.0,
            Ok((460_001.0, Plausibility::High)),
        ),
        (
            600_000.0,
            two(50.0, 25.0),
            400_000.0,
            Ok((300_000.0, Plausibility::Low)),
        ),
        (
            1_200_000.0,
            two(50.0, 25.0),
            400_000.0,
            Ok((600_000.0, Plausibility::High)),
        ),
        // A saving for a higher caseload: both negative.
        (
            -800_000.0,
            two(25.0, 50.0),
            400_000.0,
            Ok((400_000.0, Plausibility::Plausible)),
        ),
        // Free staff is implausible.
        (
            0.0,
            two(50.0, 25.0),
            400_000.0,
            Ok((0.0, Plausibility::Low)),
        ),
        (
            800_000.0,
            two(50.0, 50.0),
            400_000.0,
            Err(GoalError::NoChange),
        ),
        (
            800_000.0,
            two(25.0, 50.0),
            400_000.0,
            Err(GoalError::SignMismatch),
        ),
        (
            -800_000.0,
            two(50.0, 25.0),
            400_000.0,
            Err(GoalError::SignMismatch),
        ),
        (800_000.0, vec![], 400_000.0, Err(GoalError::NoChange)),
        (800_000.0, two(50.0, 25.0), 0.0, Err(GoalError::NoStaffCost)),
        (
            800_000.0,
            two(50.0, 25.0),
            NAN,
            Err(invalid(Input::ReferenceCost, InputError::NotANumber)),
        ),
        (
            INF,
            two(50.0, 25.0),
            400_000.0,
            Err(invalid(Input::PublishedCost, InputError::NotANumber)),
        ),
    ];
    for (i, (p, groups, reference, expected)) in cases.iter().enumerate() {
        match (check_proposal(*p, groups, *reference), expected) {
            (Ok(c), Ok((k, verdict))) => {
                assert!(
                    close(c.implied_cost_per_staff_year, *k, 1e-12),
                    "case {i}: {c:?}"
                );
                assert_eq!(c.plausibility, *verdict, "case {i}: {c:?}");
                assert!(close(c.ratio, k / reference, 1e-12), "case {i}");
                assert!(close(c.extra_staff * k, *p, 1e-12), "case {i}");
            }
            (g, e) => assert_eq!(g.map(|_| ()), (*e).map(|_| ()), "case {i}"),
        }
    }
    // Groups whose changes cancel out (+0.2 and −0.2 staff years) leave
    // no change to price, whatever the rounding leaves.
    let cancel = vec![
        Group {
            name: "a".into(),
            headcount: 0.3,
            current: 3.0,
            target: 1.0,
            benefit: Syg,
            displaced: Displacement::none(Syg),
        },
        Group {
            name: "b".into(),
            headcount: 0.3,
            current: 1.0,
            target: 3.0,
            benefit: Syg,
            displaced: Displacement::none(Syg),
        },
    ];
    assert_eq!(
        check_proposal(1.0, &cancel, 400_000.0),
        Err(GoalError::NoChange)
    );
}

#[test]
fn staff_and_caseload() {
    // (N, C, W) → caseload.
    let with_staff: &[(f64, f64, f64, Result<f64, GoalError>)] = &[
        // BI08: 28.57 staff years on 5,000 at 70 give 50.
        (5000.0, 70.0, 200.0 / 7.0, Ok(50.0)),
        // 1,000 at 70 plus 10: 1000 / 24.29 = 41.18.
        (1000.0, 70.0, 10.0, Ok(1000.0 / (1000.0 / 70.0 + 10.0))),
        (100.0, 50.0, 0.0, Ok(50.0)),
        // A cut of one of two staff years doubles the caseload.
        (100.0, 50.0, -1.0, Ok(100.0)),
        (100.0, 50.0, -2.0, Err(above(None))),
        (100.0, 50.0, -1.95, Err(above(Some(2000.0)))),
        // 100 citizens, 200 staff years: 0.49 cases each.
        (100.0, 50.0, 200.0, Err(below(100.0 / 202.0))),
        (0.0, 50.0, 1.0, Err(GoalError::NoCitizens)),
        (
            100.0,
            50.0,
            INF,
            Err(invalid(Input::Staff, InputError::NotANumber)),
        ),
        (
            NAN,
            50.0,
            1.0,
            Err(invalid(Input::Headcount, InputError::NotANumber)),
        ),
    ];
    for (i, (n, c, w, expected)) in with_staff.iter().enumerate() {
        let got = caseload_with_extra_staff(*n, *c, *w);
        match (&got, expected) {
            (Ok(g), Ok(e)) => assert!(close(*g, *e, 1e-12), "case {i}: {g}"),
            (Err(g), Err(e)) => assert!(same_error(g, e), "case {i}: {g:?} vs {e:?}"),
            (g, e) => panic!("case {i}: got {g:?}, expected {e:?}"),
        }
    }
}

#[test]
fn plausibility_bounds() {
    let cases = [
        (0.0, Plausibility::Low),
        (0.84, Plausibility::Low),
        (0.85, Plausibility::Plausible),
        (1.0, Plausibility::Plausible),
        (1.15, Plausibility::Plausible),
        (1.16, Plausibility::High),
    ];
    for (ratio, verdict) in cases {
        assert_eq!(Plausibility::judge(ratio), verdict, "{ratio}");
    }
}

#[test]
fn staffable_caseloads_have_one_decimal() {
    let cases = [
        (50.0, 50.0),
        (47.64, 47.6),
        (47.65, 47.7),
        (33.333_333, 33.3),
        (0.04, 0.0),
        (999.96, 1000.0),
    ];
    for (caseload, expected) in cases {
        assert_eq!(staffable(caseload), expected, "{caseload}");
    }
}

#[test]
fn target_changes_move_only_the_groups_the_answer_moves() {
    let s = bi08(50.0, 396_900.0);
    // All groups: every target moves, each to one decimal.
    let all = target_changes(&s, 12_000_000.0, None).unwrap();
    let exact = caseload_for_budget(&s, 12_000_000.0).unwrap().targets;
    assert_eq!(all.len(), s.groups.len());
    for ((i, t), e) in all.iter().zip(&exact) {
        assert_eq!(*t, staffable(*e), "group {i}");
        assert_eq!((t * 10.0).fract(), 0.0, "group {i}: {t} has one decimal");
    }
    // One group: only that group's target is written.
    let one = target_changes(&s, 12_000_000.0, Some(2)).unwrap();
    let solved = group_caseload_for_budget(&s, 2, 12_000_000.0).unwrap();
    assert_eq!(one, vec![(2, staffable(solved.target))]);
    // The budget the scenario already costs moves nothing.
    let cost = compute(&s).annual_cost;
    assert_eq!(
        target_changes(&s, cost, Some(2))
            .map(|c| c.len())
            .unwrap_or(9),
        0
    );
    // Errors pass through.
    assert_eq!(
        target_changes(&s, 12_000_000.0, Some(9)),
        Err(GoalError::NoSuchGroup {
            index: 9,
            groups: 4
        })
    );
}

#[test]
fn targets_for_budget_solves_for_all_or_one_group() {
    let s = bi08(50.0, 396_900.0);
    let all = targets_for_budget(&s, 12_000_000.0, None).unwrap();
    assert_eq!(all, caseload_for_budget(&s, 12_000_000.0).unwrap().targets);
    let one = targets_for_budget(&s, 12_000_000.0, Some(1)).unwrap();
    let solved = group_caseload_for_budget(&s, 1, 12_000_000.0).unwrap();
    for (i, (t, g)) in one.iter().zip(&s.groups).enumerate() {
        if i == 1 {
            assert_eq!(*t, solved.target);
        } else {
            assert_eq!(*t, g.target, "group {i} keeps its target");
        }
    }
    // Forward: the scenario at these targets costs the budget.
    let mut at = s.clone();
    for (g, t) in at.groups.iter_mut().zip(&one) {
        g.target = *t;
    }
    assert!((compute(&at).annual_cost - 12_000_000.0).abs() < 1e-3);
    assert_eq!(
        targets_for_budget(&s, 12_000_000.0, Some(9)),
        Err(GoalError::NoSuchGroup {
            index: 9,
            groups: 4
        })
    );
}
