//! The arithmetic: staff years, annual cost and break-even.
//!
//! Per group g: staff years today `S0 = N/C`, at target `S1 = N/T`; extra
//! staff years `ΔS = Σ (S1 − S0)`; annual cost `A = ΔS × K`. Break-even uses
//! one relative reduction `x` in time on benefits across all groups,
//! `x = A / Σ (12 × N × (B − d × B_to))`, so group g must save `x × 12 × N`
//! benefit months a year (`x × 12` per citizen, `x × N` full-year persons off
//! benefits). `d` is the group's displacement: the share of those months that
//! reappear on benefit `to` (net `B_to`), 0 by default.

use super::scenario::Scenario;

/// Months in a year: a full-year person is 12 benefit months.
pub const MONTHS_PER_YEAR: f64 = 12.0;

/// Staff figures for one target group.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupResult {
    pub staff_now: f64,
    pub staff_target: f64,
    pub extra_staff: f64,
    /// Annual cost of this group's extra staff, kr.
    pub annual_cost: f64,
    /// Net kr. per benefit month for this group's benefit.
    pub net_per_month: f64,
    /// What one benefit month less saves after displacement, `B − d × B_to`.
    pub net_saving_per_month: f64,
    /// Benefit months this group must save a year to break even (0 when no
    /// saving is needed, `None` when break-even is impossible).
    pub break_even_months: Option<f64>,
}

/// The staff figures of a change that needs fewer caseworkers than today.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cut {
    /// Staff years fewer than today, `−ΔS` (0 or more).
    pub fewer_staff: f64,
    /// kr. saved a year on staff, `−A` (0 or more).
    pub saving: f64,
    /// Today's caseload, averaged over all groups: `ΣN / Σ(N/C)`.
    pub caseload_now: f64,
    /// The caseload at target, averaged over all groups: `ΣN / Σ(N/T)`;
    /// at or above [`Cut::caseload_now`].
    pub caseload_target: f64,
}

/// Why no effect is needed, so the page never calls a cut "no change" and
/// never says a cut "needs no effect" without naming what it cuts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Change {
    /// No group with citizens changes its caseload (or there are none).
    Unchanged,
    /// Every group that changes gets a higher caseload: fewer caseworkers,
    /// each with more cases. A saving on staff, not an investment.
    Cut(Cut),
    /// Some groups get a lower caseload and others a higher one, and
    /// together they need no more staff than today.
    Mixed(Cut),
    /// More caseworkers, but at 0 kr. a staff year, so no cost.
    Free,
}

/// What the extra staff must achieve to pay for itself.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BreakEven {
    /// The change costs nothing or saves money: no effect is needed to pay
    /// for it, and [`Change`] says which case it is.
    NotNeeded(Change),
    /// The benefit reduction that exactly pays for the extra staff.
    Required {
        /// Benefit months saved per year, all groups together.
        months_per_year: f64,
        /// Months per citizen per year (`x × 12`).
        months_per_citizen: f64,
        /// Relative reduction in time on benefits, `x` (0.05 = 5 %); above 1
        /// the effort cannot pay for itself through benefits alone.
        share: f64,
        /// Full-year persons moved off benefits (`x × ΣN`).
        full_year_persons: f64,
    },
    /// The change costs money but no benefit spending can be saved (no
    /// citizens, or a net benefit of 0 kr. after reimbursement).
    NoBenefitSpending,
}

impl BreakEven {
    /// True when even taking everyone off benefits would not pay.
    pub fn exceeds_all_benefits(&self) -> bool {
        matches!(self, BreakEven::Required { share, .. } if *share > 1.0)
    }
}

/// The results the page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    pub groups: Vec<GroupResult>,
    pub total_headcount: f64,
    pub staff_now: f64,
    pub staff_target: f64,
    /// `ΔS`; negative when the target caseload is above today's (a saving).
    pub extra_staff: f64,
    /// `A = ΔS × K`, kr. a year; negative is a saving.
    pub annual_cost: f64,
    /// Net benefit spending a year that fewer benefit months can save,
    /// `Σ 12 × N × (B − d × B_to)`, kr.; without displacement the net
    /// benefit spending `Σ 12 × N × B`.
    pub annual_benefit_spending: f64,
    pub break_even: BreakEven,
}

/// Runs the arithmetic. Every input is already range-checked by the form
/// (caseloads ≥ 1, amounts and headcounts bounded), so every output is finite.
pub fn compute(s: &Scenario) -> Results {
    let k = s.cost_per_staff_year;
    let mut groups: Vec<GroupResult> = s
        .groups
        .iter()
        .map(|g| {
            let staff_now = g.headcount / g.current;
            let staff_target = g.headcount / g.target;
            let extra_staff = staff_target - staff_now;
            GroupResult {
                staff_now,
                staff_target,
                extra_staff,
                annual_cost: extra_staff * k,
                net_per_month: s.benefit(g.benefit).net_per_month(),
                net_saving_per_month: s.net_saving_per_month(g),
                break_even_months: None,
            }
        })
        .collect();
    let staff_now: f64 = groups.iter().map(|g| g.staff_now).sum();
    let staff_target: f64 = groups.iter().map(|g| g.staff_target).sum();
    let extra_staff: f64 = groups.iter().map(|g| g.extra_staff).sum();
    let annual_cost = extra_staff * k;
    let total_headcount: f64 = s.groups.iter().map(|g| g.headcount).sum();
    let annual_benefit_spending: f64 = s
        .groups
        .iter()
        .zip(&groups)
        .map(|(g, r)| MONTHS_PER_YEAR * g.headcount * r.net_saving_per_month)
        .sum();

    let break_even = if annual_cost <= 0.0 {
        BreakEven::NotNeeded(change(s, staff_now, staff_target, extra_staff, annual_cost))
    } else if annual_benefit_spending <= 0.0 {
        BreakEven::NoBenefitSpending
    } else {
        let share = annual_cost / annual_benefit_spending;
        BreakEven::Required {
            months_per_year: share * MONTHS_PER_YEAR * total_headcount,
            months_per_citizen: share * MONTHS_PER_YEAR,
            share,
            full_year_persons: share * total_headcount,
        }
    };
    for (g, r) in s.groups.iter().zip(groups.iter_mut()) {
        r.break_even_months = match break_even {
            BreakEven::NotNeeded(_) => Some(0.0),
            BreakEven::Required { share, .. } => Some(share * MONTHS_PER_YEAR * g.headcount),
            BreakEven::NoBenefitSpending => None,
        };
    }
    Results {
        groups,
        total_headcount,
        staff_now,
        staff_target,
        extra_staff,
        annual_cost,
        annual_benefit_spending,
        break_even,
    }
}

/// Which case a change that costs nothing is: groups with citizens whose
/// target is above today's are raised (fewer caseworkers), below today's
/// lowered. Decided on the groups, not on the sign of the cost, so a cut is
/// named a cut even when the cost per staff year is 0 kr.
fn change(
    s: &Scenario,
    staff_now: f64,
    staff_target: f64,
    extra_staff: f64,
    annual_cost: f64,
) -> Change {
    let counted = || s.groups.iter().filter(|g| g.headcount > 0.0);
    let raised = counted().any(|g| g.target > g.current);
    let lowered = counted().any(|g| g.target < g.current);
    if !raised && !lowered {
        return Change::Unchanged;
    }
    if extra_staff > 0.0 {
        return Change::Free;
    }
    let headcount: f64 = s.groups.iter().map(|g| g.headcount).sum();
    // A raised group has citizens, so both staff sums are above 0.
    let cut = Cut {
        fewer_staff: no_negative_zero(-extra_staff),
        saving: no_negative_zero(-annual_cost),
        caseload_now: headcount / staff_now,
        caseload_target: headcount / staff_target,
    };
    if lowered {
        Change::Mixed(cut)
    } else {
        Change::Cut(cut)
    }
}

/// Turns -0 into 0 so it never reaches the page as "-0".
fn no_negative_zero(x: f64) -> f64 {
    if x == 0.0 {
        0.0
    } else {
        x
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::kind::BenefitKind;
    use crate::model::test_support::{close, scenario};

    /// (groups, cost per staff year, net kr./month per benefit) →
    /// (extra staff years, annual cost, break-even months a year).
    type Case = (
        &'static [(f64, f64, f64, BenefitKind)],
        f64,
        [f64; 4],
        f64,
        f64,
        Option<f64>,
    );

    #[test]
    fn hand_checked_table() {
        use BenefitKind::*;
        let cases: &[Case] = &[
            // The README/URL example: 5,000 at 70 → 50, 396,900 kr., 15,774 kr.
            (
                &[(5000.0, 70.0, 50.0, Other)],
                396_900.0,
                [0.0, 0.0, 0.0, 15_774.0],
                200.0 / 7.0,
                11_340_000.0,
                Some(11_340_000.0 / 15_774.0),
            ),
            // 100 citizens, 50 → 25: 2 → 4 staff years; 2 × 500,000 = 1 mio.;
            // 1,000,000 / 10,000 kr. = 100 months.
            (
                &[(100.0, 50.0, 25.0, Sygedagpenge)],
                500_000.0,
                [10_000.0, 0.0, 0.0, 0.0],
                2.0,
                1_000_000.0,
                Some(100.0),
            ),
            // Target above today: a saving, no break-even needed.
            (
                &[(100.0, 25.0, 50.0, Sygedagpenge)],
                500_000.0,
                [10_000.0, 0.0, 0.0, 0.0],
                -2.0,
                -1_000_000.0,
                Some(0.0),
            ),
            // Unchanged caseload: nothing extra.
            (
                &[(100.0, 40.0, 40.0, Sygedagpenge)],
                500_000.0,
                [10_000.0, 0.0, 0.0, 0.0],
                0.0,
                0.0,
                Some(0.0),
            ),
            // No citizens: nothing extra either.
            (
                &[(0.0, 70.0, 50.0, Sygedagpenge)],
                500_000.0,
                [10_000.0, 0.0, 0.0, 0.0],
                0.0,
                0.0,
                Some(0.0),
            ),
            // A cost but no benefit spending to save: break-even impossible.
            (
                &[(100.0, 50.0, 25.0, Sygedagpenge)],
                500_000.0,
                [0.0, 0.0, 0.0, 0.0],
                2.0,
                1_000_000.0,
                None,
            ),
            // Two groups on different benefits: x = 1.5 mio. / (12 × (100 × 10,000 +
            // 50 × 5,000)) = 0.1; months = 0.1 × 12 × 150 = 180.
            (
                &[
                    (100.0, 50.0, 25.0, Sygedagpenge),
                    (50.0, 50.0, 25.0, Kontanthjaelp),
                ],
                500_000.0,
                [10_000.0, 0.0, 5_000.0, 0.0],
                3.0,
                1_500_000.0,
                Some(180.0),
            ),
        ];
        for (i, (groups, cost, net, extra, annual, months)) in cases.iter().enumerate() {
            let r = compute(&scenario(groups, *cost, *net));
            assert!(
                close(r.extra_staff, *extra, 1e-12),
                "case {i}: extra {}",
                r.extra_staff
            );
            assert!(
                close(r.annual_cost, *annual, 1e-12),
                "case {i}: cost {}",
                r.annual_cost
            );
            let got = match r.break_even {
                BreakEven::NotNeeded(_) => Some(0.0),
                BreakEven::Required {
                    months_per_year, ..
                } => Some(months_per_year),
                BreakEven::NoBenefitSpending => None,
            };
            match (got, months) {
                (Some(g), Some(m)) => assert!(close(g, *m, 1e-12), "case {i}: months {g}"),
                (g, m) => assert_eq!(g, *m, "case {i}"),
            }
        }
    }

    #[test]
    fn displacement_lowers_what_a_benefit_month_saves() {
        use crate::model::scenario::Displacement;
        use BenefitKind::*;
        // 100 citizens, 50 → 25 at 500,000 kr.: 1 mio. kr. a year. Half of
        // the sygedagpenge months saved (10,000 kr. net) reappear on
        // jobafklaring (6,000 kr. net): one month saves 10,000 − 0.5 × 6,000
        // = 7,000 kr., so break-even needs 1,000,000 / 7,000 months a year.
        let mut s = scenario(
            &[(100.0, 50.0, 25.0, Sygedagpenge)],
            500_000.0,
            [10_000.0, 6_000.0, 0.0, 0.0],
        );
        s.groups[0].displaced = Displacement {
            share: 0.5,
            to: Jobafklaring,
        };
        let r = compute(&s);
        assert_eq!(r.groups[0].net_per_month, 10_000.0);
        assert_eq!(r.groups[0].net_saving_per_month, 7_000.0);
        assert_eq!(r.annual_benefit_spending, 12.0 * 100.0 * 7_000.0);
        let BreakEven::Required {
            months_per_year, ..
        } = r.break_even
        else {
            panic!("expected a break-even")
        };
        assert!(close(months_per_year, 1_000_000.0 / 7_000.0, 1e-12));
        // Everyone lands on a benefit as dear as the one they left: nothing
        // can be saved, however large the effect.
        s.groups[0].displaced = Displacement {
            share: 1.0,
            to: Sygedagpenge,
        };
        assert_eq!(compute(&s).break_even, BreakEven::NoBenefitSpending);
    }

    #[test]
    fn url_example_matches_the_issue_figures() {
        let r = compute(&scenario(
            &[(5000.0, 70.0, 50.0, BenefitKind::Other)],
            396_900.0,
            [0.0, 0.0, 0.0, 15_774.0],
        ));
        assert_eq!(format!("{:.4}", r.extra_staff), "28.5714");
        assert!(close(r.annual_cost, 11_340_000.0, 1e-12));
        let BreakEven::Required {
            months_per_year,
            months_per_citizen,
            share,
            full_year_persons,
        } = r.break_even
        else {
            panic!("expected a break-even")
        };
        assert_eq!(format!("{months_per_year:.2}"), "718.90");
        assert!(close(months_per_citizen, months_per_year / 5000.0, 1e-12));
        assert!(close(share, months_per_year / 60_000.0, 1e-12));
        assert!(close(full_year_persons, months_per_year / 12.0, 1e-12));
    }

    #[test]
    fn per_group_break_even_adds_up_to_the_total() {
        use BenefitKind::*;
        let r = compute(&scenario(
            &[
                (1400.0, 70.0, 50.0, Sygedagpenge),
                (350.0, 60.0, 40.0, Kontanthjaelp),
            ],
            400_000.0,
            [16_000.0, 0.0, 9_000.0, 0.0],
        ));
        let BreakEven::Required {
            months_per_year, ..
        } = r.break_even
        else {
            panic!()
        };
        let sum: f64 = r.groups.iter().map(|g| g.break_even_months.unwrap()).sum();
        assert!(close(sum, months_per_year, 1e-12));
        // Savings at break-even equal the cost.
        let saved: f64 = r
            .groups
            .iter()
            .map(|g| g.break_even_months.unwrap() * g.net_per_month)
            .sum();
        assert!(close(saved, r.annual_cost, 1e-12));
    }

    #[test]
    fn a_target_above_today_is_named_a_cut_with_its_consequence() {
        use BenefitKind::*;
        let net = [10_000.0, 0.0, 10_000.0, 0.0];
        let cut = |fewer_staff: f64, saving: f64, now: f64, target: f64| Cut {
            fewer_staff,
            saving,
            caseload_now: now,
            caseload_target: target,
        };
        // (groups, cost per staff year) → the verdict.
        type Case = (&'static [(f64, f64, f64, BenefitKind)], f64, Change);
        let cases: &[Case] = &[
            // Copenhagen, 5,000 citizens 70 → 90 at 400,000 kr.:
            // 5,000/90 − 5,000/70 = −15.87 staff years, 6,349,206 kr. a year.
            (
                &[(5000.0, 70.0, 90.0, Sygedagpenge)],
                400_000.0,
                Change::Cut(cut(
                    5000.0 / 70.0 - 5000.0 / 90.0,
                    (5000.0 / 70.0 - 5000.0 / 90.0) * 400_000.0,
                    70.0,
                    90.0,
                )),
            ),
            // Unchanged, and no citizens: nothing is cut.
            (
                &[(5000.0, 70.0, 70.0, Sygedagpenge)],
                400_000.0,
                Change::Unchanged,
            ),
            (
                &[(0.0, 70.0, 90.0, Sygedagpenge)],
                400_000.0,
                Change::Unchanged,
            ),
            // A cut at 0 kr. a staff year is still a cut, saving 0 kr.
            (
                &[(100.0, 50.0, 100.0, Sygedagpenge)],
                0.0,
                Change::Cut(cut(1.0, 0.0, 50.0, 100.0)),
            ),
            // One group up 50 → 100 (−1 staff year), one down 100 → 50
            // (+0.5): 0.5 fewer in all; 200 citizens on 3 → 2.5 staff.
            (
                &[
                    (100.0, 50.0, 100.0, Sygedagpenge),
                    (50.0, 100.0, 50.0, Kontanthjaelp),
                ],
                400_000.0,
                Change::Mixed(cut(0.5, 200_000.0, 150.0 / 2.5, 150.0 / 2.0)),
            ),
            // A group without citizens does not make a cut mixed.
            (
                &[
                    (100.0, 50.0, 100.0, Sygedagpenge),
                    (0.0, 100.0, 50.0, Kontanthjaelp),
                ],
                400_000.0,
                Change::Cut(cut(1.0, 400_000.0, 50.0, 100.0)),
            ),
            // More staff at 0 kr.: free, not a cut.
            (&[(100.0, 50.0, 25.0, Sygedagpenge)], 0.0, Change::Free),
        ];
        for (i, (groups, k, want)) in cases.iter().enumerate() {
            let r = compute(&scenario(groups, *k, net));
            let BreakEven::NotNeeded(got) = r.break_even else {
                panic!("case {i}: {:?}", r.break_even)
            };
            match (got, want) {
                (Change::Cut(a), Change::Cut(b)) | (Change::Mixed(a), Change::Mixed(b)) => {
                    for (x, y) in [
                        (a.fewer_staff, b.fewer_staff),
                        (a.saving, b.saving),
                        (a.caseload_now, b.caseload_now),
                        (a.caseload_target, b.caseload_target),
                    ] {
                        assert!(close(x, y, 1e-12), "case {i}: {a:?} vs {b:?}");
                    }
                }
                (a, b) => assert_eq!(a, *b, "case {i}"),
            }
        }
    }

    #[test]
    fn a_lower_target_that_costs_money_is_not_a_cut() {
        let r = compute(&scenario(
            &[(5000.0, 70.0, 50.0, BenefitKind::Sygedagpenge)],
            400_000.0,
            [10_000.0, 0.0, 0.0, 0.0],
        ));
        assert!(matches!(r.break_even, BreakEven::Required { .. }));
    }

    #[test]
    fn flags_a_break_even_above_all_benefit_spending() {
        let r = compute(&scenario(
            &[(10.0, 100.0, 1.0, BenefitKind::Sygedagpenge)],
            1e9,
            [1.0, 0.0, 0.0, 0.0],
        ));
        assert!(r.break_even.exceeds_all_benefits());
    }
}
