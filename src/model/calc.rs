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

/// What the extra staff must achieve to pay for itself.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BreakEven {
    /// The change costs nothing or saves money: no effect is needed.
    NotNeeded,
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
        BreakEven::NotNeeded
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
            BreakEven::NotNeeded => Some(0.0),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::benefit::BenefitKind;
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
                BreakEven::NotNeeded => Some(0.0),
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
    fn flags_a_break_even_above_all_benefit_spending() {
        let r = compute(&scenario(
            &[(10.0, 100.0, 1.0, BenefitKind::Sygedagpenge)],
            1e9,
            [1.0, 0.0, 0.0, 0.0],
        ));
        assert!(r.break_even.exceeds_all_benefits());
    }
}
