use super::*;
use crate::model::calc::compute;
use crate::model::kind::BenefitKind;
use crate::model::scenario::{BenefitRate, Displacement};
use proptest::prelude::*;

/// Any f64, with the awkward ones made likely.
fn wild() -> impl Strategy<Value = f64> + Clone {
    prop_oneof![
        any::<f64>(),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(0.0),
        Just(-0.0),
        Just(1e-300),
        Just(f64::MAX),
        Just(f64::MIN_POSITIVE),
        -1e10..1e10f64,
        0.0..1e3f64,
    ]
}

fn benefit() -> impl Strategy<Value = BenefitKind> {
    prop::sample::select(BenefitKind::ALL.to_vec())
}

fn group(
    headcount: impl Strategy<Value = f64>,
    caseload: impl Strategy<Value = f64> + Clone,
) -> impl Strategy<Value = Group> {
    (headcount, caseload.clone(), caseload, benefit()).prop_map(|(n, c, t, b)| Group {
        name: String::new(),
        headcount: n,
        current: c,
        target: t,
        benefit: b,
        displaced: Displacement::none(b),
    })
}

fn scenario_of(
    groups: impl Strategy<Value = Vec<Group>>,
    money: impl Strategy<Value = f64> + Clone,
    share: impl Strategy<Value = f64> + Clone,
) -> impl Strategy<Value = Scenario> {
    let rate = (money.clone(), share).prop_map(|(monthly_rate, reimbursement)| BenefitRate {
        monthly_rate,
        reimbursement,
    });
    (
        groups,
        money,
        [
            rate.clone(),
            rate.clone(),
            rate.clone(),
            rate.clone(),
            rate.clone(),
            rate,
        ],
    )
        .prop_map(|(groups, cost_per_staff_year, benefits)| Scenario {
            groups,
            cost_per_staff_year,
            benefits,
        })
}

/// Scenarios with any numbers at all.
fn wild_scenario() -> impl Strategy<Value = Scenario> {
    scenario_of(
        prop::collection::vec(group(wild(), wild()), 0..5),
        wild(),
        wild(),
    )
}

/// Scenarios the form could produce, often of a realistic size.
fn valid_scenario() -> impl Strategy<Value = Scenario> {
    scenario_of(
        prop::collection::vec(
            group(prop_oneof![0.0..1e7f64, 0.0..20_000.0f64], 1.0..=1000.0f64),
            1..6,
        ),
        prop_oneof![1.0..1e9f64, 200_000.0..800_000.0f64],
        0.0..=1.0f64,
    )
}

/// Budgets of any size the input accepts, often of a realistic one.
fn budget() -> impl Strategy<Value = f64> {
    prop_oneof![-1e9..1e9f64, -2e7..2e7f64]
}

/// Scales the cost per staff year down until the scenario's annual cost
/// is a budget the input accepts, and returns that cost.
fn fit_budget(s: &mut Scenario) -> f64 {
    let cost = compute(s).annual_cost;
    if cost.abs() > 5e8 {
        s.cost_per_staff_year *= 5e8 / cost.abs();
    }
    compute(s).annual_cost
}

fn all_finite(e: &GoalError) -> bool {
    match e {
        GoalError::CaseloadOutOfRange { needed, .. } => {
            needed.is_none_or(|n| n.is_finite() && n >= 0.0)
        }
        _ => true,
    }
}

fn in_range(t: f64) -> bool {
    (1.0..=1000.0).contains(&t)
}

/// Tolerance of a forward cost against the budget: 1e-6 relative, plus
/// rounding of the staff sums that cancel (1e-9 of the staff involved).
fn cost_tol(budget: f64, s: &Scenario) -> f64 {
    let staff: f64 = s
        .groups
        .iter()
        .map(|g| g.headcount / g.current + g.headcount / g.target)
        .sum();
    1e-6 * budget.abs() + 1e-9 * staff * s.cost_per_staff_year
}

proptest! {
    #[test]
    fn nothing_panics_or_returns_non_finite(
        s in wild_scenario(),
        a in wild(),
        b in wild(),
        c in wild(),
        index in 0usize..6,
    ) {
        match caseload_for_budget(&s, a) {
            Ok(sol) => {
                prop_assert!(sol.factor.is_finite() && sol.factor > 0.0);
                prop_assert!(sol.extra_staff.is_finite());
                prop_assert_eq!(sol.targets.len(), s.groups.len());
                prop_assert!(sol.targets.iter().all(|t| in_range(*t)), "{:?}", sol);
            }
            Err(e) => prop_assert!(all_finite(&e), "{:?}", e),
        }
        match group_caseload_for_budget(&s, index, a) {
            Ok(sol) => {
                prop_assert!(in_range(sol.target), "{:?}", sol);
                prop_assert!(sol.extra_staff.is_finite());
            }
            Err(e) => prop_assert!(all_finite(&e), "{:?}", e),
        }
        for r in [budget_range_by_factor(&s), budget_range_for_group(&s, index)]
            .into_iter()
            .flatten()
        {
            prop_assert!(r.min.is_finite() && r.max.is_finite() && r.min <= r.max, "{:?}", r);
        }
        if let Ok(all) = own_break_even(&s) {
            for be in all {
                if let BreakEven::Required { months_per_year, months_per_citizen, share, full_year_persons } = be {
                    for v in [months_per_year, months_per_citizen, share, full_year_persons] {
                        prop_assert!(v.is_finite() && v > 0.0, "{:?}", be);
                    }
                }
            }
        }
        if let Ok(c) = check_proposal(a, &s.groups, b) {
            prop_assert!(c.extra_staff.is_finite() && c.extra_staff != 0.0);
            prop_assert!(c.implied_cost_per_staff_year.is_finite());
            prop_assert!(c.implied_cost_per_staff_year >= 0.0);
            prop_assert!(c.ratio.is_finite() && c.ratio >= 0.0);
        }
        match caseload_with_extra_staff(a, b, c) {
            Ok(t) => prop_assert!(in_range(t)),
            Err(e) => prop_assert!(all_finite(&e), "{:?}", e),
        }
        for group in [None, Some(index)] {
            if let Ok(targets) = targets_for_budget(&s, a, group) {
                prop_assert_eq!(targets.len(), s.groups.len());
                prop_assert!(targets.iter().all(|t| t.is_finite()), "{:?}", targets);
            }
        }
    }

    /// Solving for a budget and computing forward gives the budget back.
    #[test]
    fn factor_round_trips(s in valid_scenario(), budget in budget()) {
        if let Ok(sol) = caseload_for_budget(&s, budget) {
            let r = compute(&sol.apply(&s));
            prop_assert!(
                (r.annual_cost - budget).abs() <= cost_tol(budget, &sol.apply(&s)),
                "{} vs {}", r.annual_cost, budget
            );
            for (t, g) in sol.targets.iter().zip(&s.groups) {
                prop_assert!((t / g.current - sol.factor).abs() <= 1e-9 * sol.factor);
            }
        }
    }

    /// The other way: a factor's cost solves back to that factor.
    #[test]
    fn factor_is_recovered(s in valid_scenario(), f in 0.01..10.0f64) {
        let mut s = s;
        // Move today's caseloads into the span where `f × C` is 1–1,000.
        let lo = (1.0 / f).max(1.0);
        let hi = (1000.0 / f).min(1000.0);
        for g in &mut s.groups {
            g.current = lo + (g.current - 1.0) / 999.0 * (hi - lo);
            g.target = (g.current * f).clamp(1.0, 1000.0);
        }
        prop_assume!(s.groups.iter().any(|g| g.headcount > 1e-3));
        let budget = fit_budget(&mut s);
        let sol = caseload_for_budget(&s, budget);
        prop_assert!(sol.is_ok(), "{:?}", sol);
        if let Ok(sol) = sol {
            prop_assert!((sol.factor - f).abs() <= 1e-6 * f, "{} vs {}", sol.factor, f);
        }
    }

    #[test]
    fn group_round_trips(s in valid_scenario(), index in 0usize..6, budget in budget()) {
        let index = index % s.groups.len();
        if let Ok(sol) = group_caseload_for_budget(&s, index, budget) {
            let solved = sol.apply(&s);
            let r = compute(&solved);
            prop_assert!(
                (r.annual_cost - budget).abs() <= cost_tol(budget, &solved),
                "{} vs {}", r.annual_cost, budget
            );
        }
    }

    /// A group's own target and cost solve back to that target.
    #[test]
    fn group_target_is_recovered(s in valid_scenario(), index in 0usize..6) {
        let mut s = s;
        let index = index % s.groups.len();
        s.groups[index].headcount += 1.0;
        let budget = fit_budget(&mut s);
        let g = &s.groups[index];
        // The target is recovered as far as its staff years stand out
        // from the rounding of the whole scenario's.
        let staff: f64 = s
            .groups
            .iter()
            .map(|g| g.headcount / g.current + g.headcount / g.target)
            .sum();
        let tol = 1e-9 * staff / (g.headcount / g.target) + 1e-9;
        match group_caseload_for_budget(&s, index, budget) {
            Ok(sol) => prop_assert!(
                (sol.target - g.target).abs() <= tol * g.target,
                "{} vs {}", sol.target, g.target
            ),
            // Only a target at a bound may round out of the range.
            Err(GoalError::CaseloadOutOfRange { .. }) => prop_assert!(
                (g.target - 1.0).abs() <= tol || (g.target - 1000.0).abs() <= tol * 1000.0,
                "target {}", g.target
            ),
            Err(e) => prop_assert!(false, "{:?}", e),
        }
    }

    /// The implied cost per staff year of our own cost is our K.
    #[test]
    fn proposal_round_trips(s in valid_scenario()) {
        let mut s = s;
        let cost = fit_budget(&mut s);
        if let Ok(c) = check_proposal(cost, &s.groups, reference_cost(2023)) {
            let k = s.cost_per_staff_year;
            prop_assert!(
                (c.implied_cost_per_staff_year - k).abs() <= 1e-6 * k,
                "{} vs {}", c.implied_cost_per_staff_year, k
            );
        }
    }

    /// Per-group break-even savings pay exactly for the group's staff.
    #[test]
    fn own_break_even_pays_for_itself(s in valid_scenario()) {
        let all = own_break_even(&s);
        prop_assert!(all.is_ok(), "{:?}", all);
        let r = compute(&s);
        for (be, g) in all.unwrap_or_default().iter().zip(&r.groups) {
            match *be {
                BreakEven::Required { months_per_year, .. } => prop_assert!(
                    (months_per_year * g.net_per_month - g.annual_cost).abs()
                        <= 1e-9 * g.annual_cost.abs()
                ),
                BreakEven::NotNeeded(_) => prop_assert!(g.annual_cost <= 0.0),
                BreakEven::NoBenefitSpending => prop_assert!(g.annual_cost > 0.0),
            }
        }
    }

    /// Extra staff → caseload → extra staff again.
    #[test]
    fn extra_staff_round_trips(n in 1.0..1e7f64, c in 1.0..=1000.0f64, w in -1e4..1e4f64) {
        if let Ok(t) = caseload_with_extra_staff(n, c, w) {
            let back = n / t - n / c;
            prop_assert!((back - w).abs() <= 1e-6 * w.abs() + 1e-9 * (n / c + n / t));
        }
    }
}
